"""The day a report without a publication date prints at its head (for `frontmap.extract.report_now`).

A page saved without its date often keeps the line its site prints above or below the headline:
"Sun 15 August 2021:", "PublishDate: Tuesday, June 8, 2021 09:42", "15th Jul, 2021.". That line is
the report's own day, so a weekday of the story counts back from it as from a publication date. A
page's clock ("Today: Saturday, 25 May 2024") is the day the page was read, not the report's, and a
photo caption is the day of a picture: neither is taken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression

_HEAD_LINE = 48  # characters: a longer sentence is text, not a date line
# what a date line may hold besides its date: a label, a weekday, a time
_REST = re.compile(
    r"(?:(?:publish(?:ed)?\s*date|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|date)\s*:?)?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|ist|pst|est|\W+",
    re.IGNORECASE,
)


def head_day(heads: Iterable[str]) -> dt.date | None:
    """Return the day the first date line among `heads` (the report's first sentences) prints, a
    day of a month with its year; None when no head sentence is only such a date."""
    for head in heads:
        day = _line_day(head.strip())
        if day is not None:
            return day
    return None


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
    return resolve_expression(days[0], None)[0]
