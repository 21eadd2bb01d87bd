"""Dates of list lines: timelines and factboxes (for `frontmap.extract.dates.ArticleDates`).

Summaries of a campaign are often written as lines, each led by a date:

- a *date heading*, a line that is only a date ("Aug. 12:", "Thursday, August 12", a live page's
  stamp "3:33 a.m. ET, August 13, 2021", or a month with its year or part, "June 2021", "Early
  May", a chronicle's section), dates the lines under it until the next date: the
  headings of a timeline run backwards, so a heading earlier than the one above it is no
  flashback confined to its own line; so does a *titled entry*, a short line that opens with its
  date and reads as a title, not a sentence ("May 11: Taliban captures Nerkh"): the paragraph
  under it tells the same entry;
- a *dated item*, a line that opens with its date and a dash or colon ("- Aug. 8 - KUNDUZ. ...",
  "Aug 12 - FIROZKOH: ...", "August 6 – Zaranj: ..."), dates that line only: the next line
  tells another place on a day of its own, or on none. Near the report's head such a line with
  its year ("Aug 10, 2021 - Farah falls.") could read as a dateline without a town; beside
  another dated line it is a timeline's entry (`in_dated_run`);
- a live blog's *timed entry*, a line that opens with its clock time and a dash or colon ("09:20
  GMT - Fighting has broken out in X"), tells the blog's own day unless it names one: a day an
  earlier entry (a recap of Thursday) gives does not run on into it (`opens_on_a_clock`). A live
  page's own title with its day ("Afghanistan, as it happened: Saturday, Aug 14", "Live blog,
  Aug 8") names the blog's own day: its timed entries are of that day (`live_page_title`).

A copy run without its headline starts with the lede, a sentence ("As troops leave, the Taliban
have seized five capitals, with X the latest to fall on Sunday."): that first line is body, not a
headline (`reads_as_headline`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.memo import per_article
from frontmap.intake.split import headline_of

_HEADING_SPAN = 40  # characters: a longer line is text, not a heading
_BULLET = re.compile(r"\s*(?:[-–—•*]+\s*)?")
_AFTER_ITEM_DATE = re.compile(r"(?:,?\s+(?:19|20)\d\d)?\s*[-–—:]+\s*\S")
# before the date: a clock time and its zone ("5 p.m.", "3:33 a.m. ET"), a weekday
_HEADING_REST = re.compile(
    r"[\W_]*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?(?:\s*(?:ET|EST|EDT|GMT|UTC|IST|BST|local\s+time)\b)?[\W_]*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\W_]*)?",
    re.IGNORECASE,
)
_TITLE_SPAN = 80  # characters: a longer dated line is an item told in full
_SENTENCE_END = re.compile(r"[.!?\"”’')\]]\s*$")
_DAY_KINDS = frozenset({"month_day"})
_DIGIT = re.compile(r"\d")  # every day-of-month expression writes its day in figures
_MONTH_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


@per_article  # the date in force asks it of a sentence's line again at every sentence the line's date reaches
def line_kind(line: str) -> str:
    """Return "heading" for a line that is only a date, "title" for a titled entry (it dates the
    lines under it as a heading does), "item" for one that opens with its date and a dash or
    colon, else "" (a line of running text)."""
    head = line[: _HEADING_SPAN * 3]
    if is_month_heading(line):
        return "heading"
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
        return "title" if _is_title(line) else "item"
    return ""


# "09:20 GMT - ", "9:30 AM IST: ", "15.05 - ": a live blog's entry stamp at the head of a line
_CLOCK_STAMP = re.compile(r"[\s\-–—•*]*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:ET|EST|EDT|GMT|UTC|IST|BST|local\s+time)\b)?\s*[-–—:|]", re.IGNORECASE)


# a live page's title: "live", "live updates", "live blog", "as it happened", "minute by minute"
# (not the verb: "families live in fear")
_LIVE_PAGE = re.compile(
    r"\blive(?=\s*[:|,\u2013\u2014]|\s+-|\s+(?:updates?|blog|coverage|news|report)\b|\s*$)|\bas\s+it\s+happened\b|\bminute[\s-]+by[\s-]+minute\b",
    re.IGNORECASE,
)


def live_page_title(line: str, headline: bool) -> str:
    """Return "heading" when `line` is the report's headline naming a live page and a day ("as it
    happened: Saturday, Aug 14"): the day of the blog's timed entries; else ""."""
    if not headline or not _LIVE_PAGE.search(line):
        return ""
    return "heading" if any(e.kind in ("month_day", "weekday") for e in find_date_expressions(line)) else ""


def live_page_day(dates, index: int) -> tuple[dt.date, str] | None:
    """Return the (date, basis) in force under a live page's dated title (`live_page_title`) for
    the timed entry `index` of `dates` (an `ArticleDates`): the blog's own day, not an earlier
    entry's; None when the report has no such title."""
    if index < 2 or not dates.is_headline(0) or not live_page_title(dates._sentence(0), True):
        return None
    return dates._in_force_at(1)


def opens_on_a_clock(text: str, line_start: int) -> bool:
    """Return True when the line of `text` starting at `line_start` opens with a clock time and a
    dash or colon: a live blog's timed entry, of the blog's own day unless it names another."""
    return _CLOCK_STAMP.match(text, line_start) is not None


def is_month_heading(line: str) -> bool:
    """Return True when `line` is only a month, with its year or a part of it ("May 2021",
    "Early May:", "Mid-June"): the heading of a chronicle's section for that month."""
    if len(line.strip()) > _HEADING_SPAN or not _MONTH_WORD.search(line):
        return False
    expressions = find_date_expressions(line)
    return len(expressions) == 1 and expressions[0].kind == "month" and _is_only(line, expressions[0].start, expressions[0].end)


def _is_title(line: str) -> bool:
    """Return True for a short dated line that ends as no sentence does: a titled entry."""
    return len(line.strip()) <= _TITLE_SPAN and _SENTENCE_END.search(line) is None


def is_heading(text: str) -> bool:
    """Return True when `text` (a line, or a sentence of one) is only a date: a timeline's section
    heading ("Aug. 12:", "Thursday, August 12")."""
    return line_kind(text) == "heading"


def in_dated_run(sentence_at: Callable[[int], str], index: int, count: int) -> bool:
    """Return True when sentence `index` (of `count`; `sentence_at` gives each) and the one before
    or after it, past the headline, each open with a day: entries of a timeline ("Aug 10, 2021 -
    Farah falls." over "August 12, 2021: ..."), none of them the report's dateline."""
    if not _opens_with_day(sentence_at(index)):
        return False
    return any(_opens_with_day(sentence_at(i)) for i in (index - 1, index + 1) if 1 <= i < count)


def _opens_with_day(sentence: str) -> bool:
    """Return True when `sentence` opens a line with a day: a heading, a titled entry or a dated item."""
    return line_kind(sentence.lstrip()) != ""


def _is_only(line: str, start: int, end: int) -> bool:
    """Return True when line[start:end] is all the line says (bar punctuation and a weekday)."""
    before, after = line[:start], line[end:]
    return _HEADING_REST.fullmatch(before) is not None and re.fullmatch(r"[\W_]*", after) is not None


def reads_as_headline(first_line: str) -> bool:
    """Return True when an article's first line reads like a headline (short, several words, not
    a sentence ending in a full stop), False for a lede sentence standing first."""
    return bool(headline_of(first_line))
