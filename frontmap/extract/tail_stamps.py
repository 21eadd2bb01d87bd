"""The day a report prints at its foot: the last resort for a report without a publication date
(for `frontmap.extract.report_now`).

A page saved without its header often keeps what its site prints below the story: a byline line
("By Staff Reporter | Sunday, August 8, 2021", its year sometimes glued to the next word of the
page, "August 10, 2021International") or the date line under an embedded post ("August 2, 2021"
alone after a quote). The latest such day is the report's own, so its weekdays count back from it.
A report that has a publication date but a dateline without one speaks from the day a labelled
stamp at its foot gives ("Updated: Aug 9, 2021, 11:20 AM", "First published on August 9, 2021"):
only a label says the line is the page's own, where a timeline's last entry ("August 11, 2021:
Faizabad falls") is not (`labelled_stamp_day`).
Three things there are no stamp:
- a day a sentence of the story tells ("the last troops withdrew on August 31, 2021."): a
  lower-case word before it on its line, where a byline has only names and labels;
- a photo caption's day ("... in Herat on August 14, 2021. (AFP)"): the picture is often a day or a
  week older than the story, and a weekday counted back from it ("took Jalalabad on Sunday" under
  a Saturday picture) would land a week early;
- the caption of an archive picture ("A file photo shows ... June 4, 2017"): an older day.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.captions import is_archive_caption
from frontmap.extract.date_expressions import find_date_expressions, resolve_expression
from frontmap.extract.future_days import up_to_today

_TAIL_LINES = 4  # the last lines of a report, where a byline, a caption or a post's date line stands
_GLUED = re.compile(r"\b((?:19|20)\d\d)(?=[A-Z][a-z])")  # "2021International": a year glued to the next word
_YEAR_FIELDS = ("md_year", "dm_year")
_STORY_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")  # a byline's words are names, labels and weekdays


def tail_stamp_day(text: str) -> dt.date | None:
    """Return the latest day the last lines of `text` print as the report's own stamp (a byline,
    a post's date line), or None when they print none or only a day after today."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][-_TAIL_LINES:]
    days = [day for line in lines for day in _stamp_days(_GLUED.sub(r"\1 ", line))]
    return up_to_today(max(days, default=None))


def _stamp_days(line: str) -> list[dt.date]:
    """Return the full days `line` prints as a stamp: those after only a byline's words (a
    caption's day comes after the words that describe its picture)."""
    if is_archive_caption(line):
        return []
    full = [e for e in find_date_expressions(line) if e.kind == "month_day" and any(e.get(f) for f in _YEAR_FIELDS)]
    full = [e for e in full if not _STORY_WORD.search(line[: e.start].rpartition("|")[2])]
    return [day for e in full if (day := resolve_expression(e, None)[0]) is not None]


# "Updated: ", "Last updated on ", "First published ", "Posted: ", "Published on ": the page's own label
_LABEL = re.compile(r"(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE)


def labelled_stamp_day(text: str) -> dt.date | None:
    """Return the latest day the last lines of `text` give after a stamp's label ("Updated: Aug 9,
    2021"), or None when no such line stands there or it gives only a day after today."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][-_TAIL_LINES:]
    days = []
    for line in (line for line in lines if _LABEL.match(line)):
        ends = {label.end() for label in _LABEL.finditer(line)}  # "First published on X; last updated Y": each label's day
        full = [e for e in find_date_expressions(line) if e.kind == "month_day" and any(e.get(f) for f in _YEAR_FIELDS) and e.start in ends]
        days += [day for e in full if (day := resolve_expression(e, None)[0]) is not None]
    return up_to_today(max(days, default=None))
