"""Month windows counted from publication: "last month", "late last month", "early this month",
"earlier this month" (or "in the month"), "the end of last month".

A window with a part stands as one day inside it, as a named month does
(`frontmap.extract.date_expressions`): "early" the 5th, "mid" the 15th, "late" / "the end of" the
25th; "this month" alone is the publication day. A day of this month is never after publication
("late this month" in a paper of the 9th is the 9th). A window with no part ("last month",
"earlier this month") names no day at all: "took Kabul earlier this month" in a paper of the 26th
is no vote for the 13th. It is read as the "in recent weeks" spans are (`span_windows`): its
month's first day with RANGE_BASIS, a span up to the report.
"""

from __future__ import annotations

import datetime as dt

from frontmap.extract.span_windows import RANGE_BASIS

# Spliced into the relative alternation of the date pattern (no groups of its own).
MONTH_WINDOW_RE = (
    r"(?:(?:(?:early|mid|middle|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+)?"
    r"(?:last|this|previous)\s+month|earlier\s+in\s+the\s+month)"
)
_PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 25}


def is_month_window(rel: str) -> bool:
    """Return True when the lower-cased, single-spaced relative expression `rel` is a month window."""
    return rel.endswith(("last month", "this month", "previous month", "in the month"))


def resolve_month_window(rel: str, published: dt.date) -> tuple[dt.date, str]:
    """Return (day, basis) for the month window `rel` (lower-cased, single-spaced) in a report
    published on `published`: the day a part of a month stands as ("relative"), else the first day
    of the month a window with no part spans (RANGE_BASIS)."""
    if rel in ("earlier this month", "earlier in the month"):
        return published.replace(day=1), RANGE_BASIS
    part = [w for w in rel.replace("-", " ").split()[:-2] if w != "the"]
    day = _PART_DAY.get(part[0], 0) if part else 0
    if rel.endswith("this month"):
        return (min(published.replace(day=day), published) if day else published), "relative"
    last_month = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=day or 1)
    return last_month, "relative" if day else RANGE_BASIS
