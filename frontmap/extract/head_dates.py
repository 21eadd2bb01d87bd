"""The day a report prints at its head: its publication date line (for `frontmap.intake.articles`,
which dates a file from its text) and, in a report without a publication date, the day its site
prints above or below the headline (for `frontmap.extract.report_now`).

A page saved without its date often keeps the line its site prints above or below the headline:
"Sun 15 August 2021:", "PublishDate: Tuesday, June 8, 2021 09:42", "15th Jul, 2021.". That line is
the report's own day, so a weekday of the story counts back from it as from a publication date.
Two things at a page's head are no such line:
- a page's clock, the day the page was read: labelled ("Today: Saturday, 25 May 2024"), or a date
  line above another date line of an earlier year ("Monday December 05, 2022" over "June 27,
  2021"): a report is printed before its page is read, never years after;
- a photo caption, the day of a picture: weekdays counted back from it would fall a week early.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from frontmap.extract.captions import captions_a_picture
from frontmap.extract.date_expressions import MONTHS, find_date_expressions, resolve_expression
from frontmap.extract.numeric_dates import unambiguous_numeric_dates

_HEAD_LINE = 48  # characters: a longer sentence is text, not a date line
# what a date line may hold besides its date: a label, a weekday, a time
_REST = re.compile(
    r"(?:(?:publish(?:ed)?\s*date|publish(?:ed)?(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|date)\s*:?)?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|ist|pst|est|\W+",
    re.IGNORECASE,
)
_CLOCK_LABEL = re.compile(r"^\W*(?:today|current\s+date|date\s+today)\b", re.IGNORECASE)

_SEARCH_LINES = 12  # a publication date line stands among a text's first lines
_SEARCH_CHARS = 400  # else its first full date within the opening characters
_DATELINE = 80  # characters: a longer line holds a date only as a labelled dateline does
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("d", "M", "y")),
    (re.compile(r"\b(\d{1,2})-" + _MONTH + r"-((?:19|20)\d\d)\b", re.IGNORECASE), ("d", "M", "y")),  # "16-Aug-2021 01:08:47"
)
_DATELINE_WORDS = re.compile(r"^\s*(publish(?:ed)?|posted|updated|date|dated)\b", re.IGNORECASE)
# a publication stamp's label, at a line's start or after a "|" ("By staff | Posted: 16 June 2021"),
# then its date, a weekday allowed before it (not "Updated": the first version's day is the report's)
_STAMP = re.compile(
    r"(?:^|\|)\s*(?:publish(?:ed)?(?:\s+on|\s*date)?|posted(?:\s+on)?|publication\s+date|date\s+published)\s*[:\-]?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.IGNORECASE,
)
_STAMP_REACH = 40  # characters after a stamp's label in which its date is read
# the word before a date a sentence of the story tells: "attacked ... on September 11, 2001"
_STORY_PREPOSITION = re.compile(r"\b(?:on|since|until|till|before|after|from|in)\s+(?:the\s+)?$", re.IGNORECASE)
_STORY_WORDS = 5  # words before the date, preposition included: a clause, not a label


def head_day(heads: Iterable[str], text: str = "") -> dt.date | None:
    """Return the day a publication stamp among `heads` (the report's first sentences) and the
    first lines of `text` (the whole report) prints, else the day the first date line among them
    prints, a day of a month with its year; None
    when no such line is only a date, or when each that is reads as a page's clock."""
    lines = [head.strip() for head in heads] + _first_lines(text)
    stamped = _stamped_day(lines)  # "Posted: June 16, 2021" below "Monday, June 14, 2021": the stamp
    if stamped is not None:
        return stamped
    clocks = _page_clocks(lines)
    return next((day for line in lines if line not in clocks and (day := _line_day(line)) is not None), None)


def _first_lines(text: str) -> list[str]:
    """Return the first lines of `text`, stripped: where a publication date line stands."""
    return [line.strip() for line in text.split("\n")[:_SEARCH_LINES]]


def date_in_text(text: str) -> dt.date | None:
    """Return the publication date written at the top of `text`, or None.

    The page's own stamp wins ("publish: 19 May 2021", "Published on: ...", "Posted: ..." among
    the first lines, at a line's start or after a "|"): a day the text mentions above it ("Monday,
    June 14, 2021") is news, not the day the page went out. Then a dateline: a short line among
    the first lines that holds a date (not a short sentence of the story telling a day after a
    preposition, "... who attacked America on September 11, 2001."), or a line starting with
    Published/Posted/Updated/Date. Else the first full date within the opening characters (the
    lead's day). Neither is taken from a page's clock or a photo caption ("Fighters stand guard in
    Herat, 6 August 2021. EPA").
    """
    lines = _first_lines(text)
    stamped = _stamped_day(lines)
    if stamped is not None:
        return stamped
    refused = _page_clocks(lines)
    for line in lines:
        if line and (len(line) <= _DATELINE or _DATELINE_WORDS.match(line)) and _taken_line(line, refused):
            dates = [day for at, day in _dates_in(line) if not _told_in_story(line, at)]
            if dates:
                return dates[0]
    opening = text[:_SEARCH_CHARS]
    dates = [day for at, day in _dates_in(opening) if _taken_line(_line_at(opening, at).strip(), refused)]
    return dates[0] if dates else None


def _told_in_story(text: str, position: int) -> bool:
    """Return True when the date at `position` of `text` is a day a sentence of the story tells
    ("... who attacked America on September 11, 2001."): a preposition before it, a clause of
    several words before that on its line. A dateline prints its day bare or after a label."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    if _DATELINE_WORDS.match(before):
        return False
    return bool(_STORY_PREPOSITION.search(before)) and len(before.split()) >= _STORY_WORDS


def _stamped_day(lines: list[str]) -> dt.date | None:
    """Return the day the first publication stamp among `lines` prints right after its label, or None."""
    for line in lines:
        for label in _STAMP.finditer(line):
            dates = _dates_in(line[label.end() : label.end() + _STAMP_REACH])
            if dates and dates[0][0] == 0:
                return dates[0][1]
    return None


def _taken_line(line: str, clocks: set[str]) -> bool:
    """Return True when a date on `line` may be the report's: no page clock, no photo caption."""
    return line not in clocks and not captions_a_picture(line)


def _page_clocks(lines: list[str]) -> set[str]:
    """Return the lines among `lines` that print a page's clock: a labelled one ("Today: ..."), or
    a date line above a date line of an earlier year."""
    days = [_line_day(line) for line in lines]
    clocks = {line for line in lines if _CLOCK_LABEL.match(line)}
    for at, day in enumerate(days):
        if day is not None and any(later is not None and later.year < day.year for later in days[at + 1 :]):
            clocks.add(lines[at])
    return clocks


def _line_day(line: str) -> dt.date | None:
    """Return the date `line` prints when it is a short line of a dated day and nothing else."""
    if len(line) > _HEAD_LINE or not any(ch.isdigit() for ch in line):
        return None
    days = [e for e in find_date_expressions(line) if e.kind == "month_day" and (e.get("md_year") or e.get("dm_year"))]
    if len(days) != 1:
        return None
    rest = line[: days[0].start] + " " + line[days[0].end :]
    if not all(_REST.fullmatch(word) for word in rest.split()):
        return None
    if not any(ch.isalpha() for ch in line[days[0].start : days[0].end]) and not unambiguous_numeric_dates(line):
        return None  # "8/7/2021": 8 July or 7 August, as the site writes it
    return resolve_expression(days[0], None)[0]


def _dates_in(text: str) -> list[tuple[int, dt.date]]:
    """Return (position, date) for every full date (with a year) written in `text`: in words, in
    ISO form, or in figures whose day and month cannot be read the other way round."""
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            try:
                month = MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
                found.append((match.start(), dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    found.extend(unambiguous_numeric_dates(text))  # "8/13/2021, 4:39 AM": a page's stamp in figures
    return sorted(set(found))


def _line_at(text: str, position: int) -> str:
    """Return the line of `text` that holds `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]
