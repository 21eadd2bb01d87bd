"""Dates of list lines: timelines and factboxes (for `frontmap.extract.dates.ArticleDates`).

Summaries of a campaign are often written as lines, each led by a date:

- a *date heading*, a line that is only a date ("Aug. 12:", "Thursday, August 12"), dates the
  lines under it until the next date: the headings of a timeline run backwards, so a heading
  earlier than the one above it is no flashback confined to its own line;
- a *dated item*, a line that opens with its date and a dash or colon ("- Aug. 8 - KUNDUZ. ...",
  "Aug 12 - FIROZKOH: ...", "August 6 – Zaranj: ..."), dates that line only: the next line
  tells another place on a day of its own, or on none.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import find_date_expressions

_HEADING_SPAN = 40  # characters: a longer line is text, not a heading
_BULLET = re.compile(r"\s*(?:[-–—•*]+\s*)?")
_AFTER_ITEM_DATE = re.compile(r"(?:,?\s+(?:19|20)\d\d)?\s*[-–—:]+\s*\S")
_HEADING_REST = re.compile(r"[\W_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\W_]*)?", re.IGNORECASE)
_DAY_KINDS = frozenset({"month_day"})
_DIGIT = re.compile(r"\d")  # every day-of-month expression writes its day in figures


def line_kind(line: str) -> str:
    """Return "heading" for a line that is only a date, "item" for one that opens with its date and
    a dash or colon, else "" (a line of running text)."""
    head = line[: _HEADING_SPAN * 3]
    if _DIGIT.search(head) is None:
        return ""  # most lines of running text: no day of a month to open with, nothing to parse
    expressions = [e for e in find_date_expressions(head) if e.kind != "weekday"]  # "Thursday, August 12"
    if not expressions or expressions[0].kind not in _DAY_KINDS:
        return ""
    first = expressions[0]
    if len(line.strip()) <= _HEADING_SPAN and _is_only(line, first.start, first.end):
        return "heading"
    opening = _BULLET.match(line)
    if opening.end() == first.start and _AFTER_ITEM_DATE.match(line, first.end):
        return "item"
    return ""


def is_heading(text: str) -> bool:
    """Return True when `text` (a line, or a sentence of one) is only a date: a timeline's section
    heading ("Aug. 12:", "Thursday, August 12")."""
    return line_kind(text) == "heading"


def _is_only(line: str, start: int, end: int) -> bool:
    """Return True when line[start:end] is all the line says (bar punctuation and a weekday)."""
    before, after = line[:start], line[end:]
    return _HEADING_REST.fullmatch(before) is not None and re.fullmatch(r"[\W_]*", after) is not None
