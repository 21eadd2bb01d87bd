"""Tests for a lead that counts what the headline names: the headline's places take the lead's
day, not the publication date (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

SATURDAY = dt.date(2021, 8, 7)


def dated(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` (headline first) gives, published SATURDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SATURDAY, "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents take Zaranj, Sheberghan\nKABUL, Aug 7 - Militants seized two provincial capitals in the west and north on Friday, officials said.",
         {("Zaranj", "taliban", "2021-08-06"), ("Sheberghan", "taliban", "2021-08-06")}),
        ("Taliban overrun Kohistanat and Darzab\nKABUL, Aug 7 - Two more northern districts fell to the Taliban on Thursday, lawmakers said.",
         {("Kohistanat", "taliban", "2021-08-05"), ("Darzab", "taliban", "2021-08-05")}),
        ("Commandos retake Chahar Dara, Dasht-e Archi\nKABUL, Aug 7 - Afghan special forces recaptured two districts in the north on Wednesday, the army said.",
         {("Chahar Dara", "government", "2021-08-04"), ("Dasht-e Archi", "government", "2021-08-04")}),
    ],
)
def test_headline_places_take_the_day_of_a_lead_that_counts_them(finder, text, expected):
    assert expected <= dated(finder, text)


def test_a_lead_that_only_fights_or_names_no_count_gives_the_headline_no_day(finder):
    found = dated(finder, "Taliban take Zaranj\nKABUL, Aug 7 - Fighting raged across the west on Thursday, officials said.")
    assert ("Zaranj", "taliban", "2021-08-05") not in found
    found = dated(finder, "Taliban take Zaranj\nKABUL, Aug 7 - Commandos retook two districts on Thursday, officials said.")
    assert ("Zaranj", "taliban", "2021-08-05") not in found
