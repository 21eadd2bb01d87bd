"""Marked years: the year a day or a month without a written year takes from the word "last".

A retrospective often dates the summer's events from a later paper: "fighters walked into the
city on August 15 last year" (a 2022 anniversary piece), "Last August the town was handed over"
(a January 2022 analysis). Without the mark such a day takes the publication year (the year
before only when that would put it months ahead), so an August 15 of a paper of August 15, 2022
would be that very day. "last year" after the day or month is the year before the report's;
"last" before a month is the latest such month before the report's own month ("last August" in a
paper of September 2021 is August 2021, in one of August 2022 it is August 2021 too).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class _Marked(Protocol):
    def get(self, name: str) -> str | None: ...


def marked_year(expr: _Marked, month: int, published: dt.date | None) -> int | None:
    """Return the year the "last" marks of date expression `expr` (of month `month`) give in a
    report published on `published`, or None when it has none (or no publication date)."""
    if published is None:
        return None
    if expr.get("md_lastyr") or expr.get("m_lastyr"):
        return published.year - 1
    if expr.get("m_last"):
        return published.year if month < published.month else published.year - 1
    return None
