"""Datelines without a year ("KABUL, Aug 6 (AP) -"): the year is taken from the corpus.

An article whose only date is such a dateline takes the year of the corpus when every dated
article of the corpus shares one year, else the year of its neighbouring dated articles (the one
before and the one after, in reading order) when they agree. Otherwise it stays undated, and
`undated_reason` says why, for the build summary. An article without such a dateline may still
name its days without their year: an agency's dateline with no town, days written with their
weekday (`frontmap.intake.day_clues`); they take the year the same way. A day that year puts
after today stays undated, as any publication date after today does (`frontmap.intake.publication`).

An article left undated that names days without their year and writes no year ("Zaranj fell on 6
August") still gets that year as its `reference_year`: the extraction gives it to those days, while
its weekdays and words of "now" stay undated, with no day to count from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator

from frontmap.extract.dates import MONTHS
from frontmap.extract.written_years import names_yearless_days
from frontmap.intake.day_clues import DayClue, clue_day, day_clue
from frontmap.intake.publication import after_today

#: date_source of an article dated by a yearless dateline and the corpus's year.
YEAR_FROM_CORPUS = "dateline-year"
#: date_source of an article dated by the latest day it writes with its weekday, in the corpus's year.
WEEKDAY_YEAR = "weekday-year"
NO_YEAR = "dateline without a year"
NO_DATE = "no manifest row matched and no date in the text"

_LINES = 8
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# the place, then its country in brackets ("Kabul [Afghanistan], Aug 12 :", "Taluqan [Afghanistan] July 7
# (ANI):", the comma optional there) or after a comma ("KANDAHAR, Afghanistan, July 30"), then the day
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’.\- ]{1,40}(?:\s*[\[(](?-i:[A-Z])[A-Za-z'’.\- ]{1,29}[\])]\s*,?|(?:,\s*[\w'’.\- ]{2,30})?,)\s*"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)"
    r"(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """Return (month, day) of a dateline without a year in the opening lines of `text`, or None."""
    for line in text.split("\n")[:_LINES]:
        match = _DATELINE.match(line)
        if match:
            month = MONTHS[(match["m1"] or match["m2"]).lower()]
            day = int(match["d1"] or match["d2"])
            if 1 <= day <= 31:
                return month, day
    return None


def undated_reason(article) -> str:
    """Return why `article` (an Article without a publication date) has no date."""
    return NO_YEAR if _clue_of(article.text) else NO_DATE


def infer_missing_years(articles: Iterable, today: dt.date | None = None) -> Iterator:
    """Yield `articles` (Article objects), those dated only by a yearless dateline given the
    corpus's year (see the module docstring), unless that day is after `today` (default: the real
    today), the other undated ones that name days without a year that year as their reference
    year; those held for a year are yielded once the whole corpus is read."""
    today = today or dt.date.today()
    pending: list[tuple[object, DayClue | None, int | None]] = []  # undated article, its days without a year, year before
    waiting: list[int] = []  # indexes in `pending` still waiting for the next dated article
    after: dict[int, int] = {}
    years: set[int] = set()
    previous: int | None = None
    for article in articles:
        clue = _clue_of(article.text) if article.published is None else None
        if clue is not None or (article.published is None and names_yearless_days(article.text)):
            waiting.append(len(pending))
            pending.append((article, clue, previous))
            continue
        if article.published is not None:
            previous = article.published.year
            years.add(previous)
            after.update((n, previous) for n in waiting)
            waiting.clear()
        yield article
    for n, (article, clue, before) in enumerate(pending):
        yield _dated(article, clue, _year_for(years, before, after.get(n)), today)


def _clue_of(text: str) -> DayClue | None:
    """Return the days without a year that `text` gives as its own day: its dateline's, else the
    other clues of `frontmap.intake.day_clues`; None when it gives none."""
    dateline = yearless_dateline(text)
    return ("dateline", [(*dateline, None)]) if dateline else day_clue(text)


def _year_for(years: set[int], before: int | None, after: int | None) -> int | None:
    """Return the corpus's single year, else the neighbours' year when they agree, else None."""
    if len(years) == 1:
        return next(iter(years))
    neighbours = {year for year in (before, after) if year is not None}
    return neighbours.pop() if len(neighbours) == 1 else None


def _dated(article, clue: DayClue | None, year: int | None, today: dt.date):
    """Return `article` dated by `clue` in `year`; when there is no clue, no such day, or the day
    is after `today`, still undated, with `year` its reference year (unchanged without a year)."""
    published = None if year is None or clue is None else clue_day(clue, year)
    if published is None or after_today(published, today):
        return article if year is None else dataclasses.replace(article, reference_year=year)
    source = WEEKDAY_YEAR if clue[0] == "weekdays" else YEAR_FROM_CORPUS
    return dataclasses.replace(article, published=published, date_source=source)


_FIX = {
    NO_YEAR: "add the year to the dateline, or build with other dated articles of the same year",
    NO_DATE: "add a row with a `published` date (YYYY-MM-DD) to manifest.csv "
             "(columns file,item,published,outlet,agency,title,url)",
}
_NAMES_SHOWN = 5


def undated_lines(events_undated: int, events_total: int, by_reason: dict[str, list[str]]) -> list[str]:
    """Return the build summary's lines about undated events ([] when every event is dated):
    how many, why (per reason, naming a few articles) and how to fix it."""
    if not events_undated:
        return []
    lines = [f"undated events: {events_undated} of {events_total} have no date, so they are kept in "
             "events.csv but not placed on the map"]
    for reason, names in by_reason.items():
        shown = ", ".join(names[:_NAMES_SHOWN]) + (f" and {len(names) - _NAMES_SHOWN} more" if len(names) > _NAMES_SHOWN else "")
        lines.append(f"  {len(names)} article(s), {reason}: {shown}")
        lines.append(f"    fix: {_FIX[reason]}")
    return lines
