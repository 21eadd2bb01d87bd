"""Tests for a leading comparison with a place ("As in X, which fell on Monday, ..."): no clause of
its own, so the relative clause after the place still tells the place's news (real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.clauses import clause_spans
from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

WEDNESDAY = dt.date(2021, 6, 9)


def read(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published WEDNESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", WEDNESDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As in the Ghormach district, which fell to the insurgents on Monday, the garrison got no air support.",
         ("Ghormach", "taliban", "2021-06-07")),
        ("As with Shirin Tagab, which the militants overran on Sunday, no reinforcements arrived.",
         ("Shirin Tagab", "taliban", "2021-06-06")),
        ("As in Khwaja Ghar, which troops retook on Tuesday, the roads stayed mined.",
         ("Khwaja Ghar", "government", "2021-06-08")),
    ],
)
def test_a_compared_place_keeps_its_relative_clause(finder, text, expected):
    assert expected in read(finder, text)


def test_a_compared_place_alone_is_no_event(finder):
    assert not any(place == "Ghormach" for place, _, _ in read(finder, "As in Ghormach, troops held Qaisar on Monday."))


def test_a_real_subordinate_as_still_opens_a_clause():
    assert clause_spans("As the militants advanced, troops left the town.")[0][2]
    assert not clause_spans("As in Qaisar, which fell on Monday, troops left.")[0][2]
