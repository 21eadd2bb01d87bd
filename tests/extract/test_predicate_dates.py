"""Tests for two predicates of one place, each with its own day: the day of an attack before "and
was overrun on <day>" is not the day of the capture (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.coordinate_dates import earlier_predicate
from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

FRIDAY = dt.date(2021, 7, 23)


def dated(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Muqur came under fire on Tuesday and was overrun by the insurgents on Wednesday.",
         ("Muqur", "taliban", "2021-07-21")),
        ("Gelan district came under a night assault on Monday and then fell to the Taliban on Thursday, elders said.",
         ("Gelan", "taliban", "2021-07-22")),
        ("Local sources said Arghandab was shelled on Wednesday and was finally recaptured by commandos on Thursday.",
         ("Arghandab", "government", "2021-07-22")),
    ],
)
def test_the_later_verb_takes_its_own_day_not_the_first_predicate_s(finder, text, expected):
    assert expected in dated(finder, text)


def test_a_single_day_before_a_second_verb_still_dates_it(finder):
    found = dated(finder, "Police said Andar was attacked on Wednesday and captured by the militants, officials said.")
    assert ("Andar", "taliban", "2021-07-21") in found


def test_earlier_predicate_needs_a_verb_joined_by_and_and_a_day_of_its_own():
    sentence = "Muqur came under fire on Tuesday and was overrun on Wednesday."
    tuesday, wednesday = find_date_expressions(sentence)
    trigger = sentence.index("overrun")
    assert earlier_predicate(sentence, tuesday, [tuesday, wednesday], 0, trigger)
    assert not earlier_predicate(sentence, wednesday, [tuesday, wednesday], 0, trigger)
    assert not earlier_predicate(sentence, tuesday, [tuesday], 0, trigger)
    assert not earlier_predicate(sentence, tuesday, [tuesday, wednesday], 0, None)
