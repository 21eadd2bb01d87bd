"""Tests for a running tally over days ("X is the 13th district to fall in a week"): with no day of
its own the place is today's news, not the day an earlier paragraph named (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.tally_dates import tally_over_days
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
