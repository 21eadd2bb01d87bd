"""Tests for a running tally over days ("X is the 13th district to fall in a week"): with no day of
its own the place is today's news, not the day an earlier paragraph named (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.tally_dates import closes_a_tally, tally_over_days
from frontmap.intake.articles import Article

THURSDAY = dt.date(2021, 6, 24)


def dated(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` (headline first) gives, published THURSDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    "sentence",
    [
        "Khwaja Ghar became the ninth district to fall to the militants in a week.",
        "Officials said Dawlat Abad was the latest town to be overrun, the fourth in ten days.",
        "Shortepa is the 12th district to change hands within the past week.",
    ],
)
def test_a_tally_over_several_days_is_recognised(sentence):
    assert tally_over_days(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Khwaja Ghar fell to the militants in a week of fighting.",
        "Aybak became the sixth capital to fall in a day.",
        "Taloqan was the third city to fall, officials said.",
    ],
)
def test_a_single_day_or_no_tally_is_not_one(sentence):
    assert not tally_over_days(sentence)


def test_a_tally_in_its_own_paragraph_is_not_dated_by_an_earlier_paragraph(finder):
    text = ("Fighting spreads\nKABUL, June 24 - Clashes broke out near Pul-e Khumri on Monday.\n"
            "Khwaja Ghar became the ninth district to fall to the militants in a week, a lawmaker said.")
    found = dated(finder, text)
    assert ("Khwaja Ghar", "taliban", "2021-06-24") in found
    assert ("Khwaja Ghar", "taliban", "2021-06-21") not in found


def test_a_tally_in_a_dated_timeline_line_keeps_the_line_s_day(finder):
    text = ("Capitals lost\nKABUL, June 24 - What has fallen so far:\n"
            "- June 22 - KHWAJA GHAR. Fighters take it, the ninth district to fall in a week.")
    assert ("Khwaja Ghar", "taliban", "2021-06-22") in dated(finder, text)


@pytest.mark.parametrize(("sentence", "closes"), [
    ("Achin is the second district to be overrun by insurgents in the last two days.", True),
    ("Kunduz was the ninth provincial capital to be captured in recent days.", True),
    ("Nijrab became the third district to change hands over the past three days.", True),
    ("Fighting in Achin has gone on for the last two days.", False),
])
def test_a_window_closing_a_tally_is_its_span(sentence, closes):
    expr = find_date_expressions(sentence)[-1]
    assert closes_a_tally(sentence, expr.start) is closes


def test_a_tally_window_adds_no_day_to_a_dated_fall(finder):  # noqa: F811
    text = "Achin falls\nThe Taliban took Achin district on Tuesday.\nAchin is the third district to fall in the past three days."
    assert dated(finder, text) == {("Achin", "taliban", "2021-06-22")}


def test_a_tally_told_by_a_perfect_relative_closes_too():
    sentence = "Qaisar is the second district in Faryab that has fallen to the Taliban this week."
    assert closes_a_tally(sentence, find_date_expressions(sentence)[-1].start)
