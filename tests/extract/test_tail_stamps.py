"""An undated report whose only full day is printed at its foot (a byline line, the date line
under an embedded post) counts its weekdays from that day (`frontmap.extract.tail_stamps`); a
picture's day (often older than the story) or a day told in a sentence does not."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.tail_stamps import tail_stamp_day
from frontmap.intake.articles import Article

LEAD = ("Taloqan overrun\n\nThe Taliban overran Taloqan on Monday after a week of clashes at its gates, "
        "a provincial council member said.")
FILLER = "\n\n".join(f"Paragraph {n} of the report tells of the families who left the town." for n in range(14))


def dates_of(finder, text: str) -> set[str | None]:
    """Return the ISO dates (None when undated) of the events of undated `text`."""
    article = Article("a1", "f.txt", None, "", "", "", "", None, "undated", text)
    return {e.event_date.isoformat() if e.event_date else None for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("foot", [
    "By Staff Reporter | Tuesday, August 10, 2021",
    "\"We will keep our word to the people,\" the group's spokesman wrote.\n\nAugust 10, 2021",
    "By Staff Reporter August 10, 2021International",
])
def test_a_day_printed_at_the_foot_dates_the_weekdays(finder, foot):
    assert dates_of(finder, f"{LEAD}\n\n{FILLER}\n\n{foot}") == {"2021-08-09"}


@pytest.mark.parametrize("foot", [
    "A file photo shows soldiers at a checkpoint in Taloqan, June 4, 2017. (Reuters)",
    "Fighters stand guard at a checkpoint in Taloqan on Tuesday, Aug. 10, 2021. (AP Photo)",
    "The last foreign troops flew out of the country on August 31, 2021.",
    "Residents said the town had been quiet until August 1, 2021",
])
def test_an_old_picture_or_a_told_day_is_no_stamp(finder, foot):
    assert dates_of(finder, f"{LEAD}\n\n{FILLER}\n\n{foot}") == {None}


def test_the_latest_stamp_of_the_foot_is_taken():
    text = "Story.\n\nFighters patrol Kunduz, Aug. 7, 2021. (AP Photo)\n\nBy Staff Reporter | August 9, 2021"
    assert tail_stamp_day(text) == dt.date(2021, 8, 9)


def test_a_stamp_after_today_is_refused():
    assert tail_stamp_day(f"Story.\n\nBy Staff Reporter | August 9, {dt.date.today().year + 2}") is None
