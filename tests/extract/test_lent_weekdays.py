"""In an undated report, a weekday told within a week after a day the corpus's year completes
takes the day that falls 0-6 days after it, in its own paragraph
(`frontmap.extract.lent_weekdays`); a weekday with no such day near it stays undated."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article


def read(finder, text: str, year: int | None = 2021) -> set[tuple[str, str, str | None]]:
    """Return (place, status, ISO date or None) of every event of undated `text`, `year` the corpus's."""
    article = Article("a1", "f.txt", None, "", "", "", "", None, "undated", text, reference_year=year)
    return {(e.place, e.event_date.isoformat() if e.event_date else None) for e in extract_events(article, finder.find(article))}


HEAD = "Two capitals lost in the west\n\n"


@pytest.mark.parametrize("text, expected", [
    # 3 August 2021 was a Tuesday: the Friday after it is the 6th, the Tuesday the day itself
    (HEAD + "On August 3 the Taliban seized Zaranj, officials said. Farah city fell to them on Friday.",
     {("Zaranj", "2021-08-03"), ("Farah", "2021-08-06")}),
    (HEAD + "The Taliban seized Zaranj on 3 August and overran Farah city on Tuesday.",
     {("Zaranj", "2021-08-03"), ("Farah", "2021-08-03")}),
])
def test_a_weekday_after_a_lent_day_falls_in_its_week(finder, text, expected):
    assert read(finder, text) == expected


@pytest.mark.parametrize("text, farah", [
    # no day near it: a paragraph or more on (often background: "since the withdrawal began on
    # May 1"), or no yearless day at all, or counted back
    (HEAD + "On August 3 the Taliban seized Zaranj, officials said.\n\nFarah city fell to them on Friday after a brief fight.", None),
    (HEAD + "On August 3 the Taliban seized Zaranj, officials said.\n\nResidents fled north.\n\n"
     "Families slept in the open.\n\nFarah city fell to them on Friday after a brief fight.", None),
    (HEAD + "Farah city fell to the Taliban on Friday after a brief fight, officials said.", None),
    (HEAD + "On August 3 the Taliban seized Zaranj. Farah city had fallen to them last Friday.", None),
])
def test_a_weekday_with_no_lent_day_near_it_stays_undated(finder, text, farah):
    assert ("Farah", farah) in read(finder, text)


def test_without_a_corpus_year_the_weekday_stays_undated(finder):
    text = HEAD + "On August 3 the Taliban seized Zaranj, officials said. Farah city fell to them on Friday."
    assert read(finder, text, None) == {("Zaranj", None), ("Farah", None)}

