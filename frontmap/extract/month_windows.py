"""Month windows counted from publication: "last month", "late last month", "early this month",
"earlier this month" (or "in the month"), "the end of last month", "the start of the month" (this one).

A window stands as one day inside it, as a named month does (`frontmap.extract.date_expressions`):
"early" the 5th, "mid" the 15th, "late" / "the end of" the 25th, no part the 15th of last month;
"this month" alone is the publication day and "earlier this month" halfway to it. A day of this
month is never after publication ("late this month" in a paper of the 9th is the 9th).
"""

from __future__ import annotations

import datetime as dt

# Spliced into the relative alternation of the date pattern (no groups of its own).
MONTH_WINDOW_RE = (
    r"(?:(?:(?:early|mid|middle|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+)?"
    r"(?:last|this|previous)\s+month|earlier\s+in\s+the\s+month|(?:the\s+)?(?:beginning|start)\s+of\s+the\s+month)"
)
_PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 25}


def is_month_window(rel: str) -> bool:
    """Return True when the lower-cased, single-spaced relative expression `rel` is a month window."""
    if rel.endswith(("the last month", "past month")):  # "over the last month": a span back from the report
        return False
    return rel.endswith(("last month", "this month", "previous month", "in the month", "of the month"))


def resolve_month_window(rel: str, published: dt.date) -> dt.date:
    """Return the day standing for the month window `rel` (lower-cased, single-spaced) in a report
    published on `published`."""
    if rel.endswith("of the month"):  # "at the start of the month": of the report's month
        rel = rel[: -len("the month")] + "this month"
    if rel in ("earlier this month", "earlier in the month"):
        return published.replace(day=1 + (published.day - 1) // 2)
    part = [w for w in rel.replace("-", " ").split()[:-2] if w != "the"]
    day = _PART_DAY.get(part[0], 0) if part else 0
    if rel.endswith("this month"):
        return min(published.replace(day=day), published) if day else published
    first = published.replace(day=1) - dt.timedelta(days=1)
    return first.replace(day=day or 15)


_LATER_STEP = dt.timedelta(days=10)  # "later that month": a day some way on from the one in force


def later_in_month(previous: dt.date, published: dt.date | None) -> dt.date:
    """Return the day standing for "later that month" after the day in force `previous`: ten days
    on, but within its month and never after `published` ("began in early July, and X came under
    attack later that month": mid-July)."""
    month_end = (previous.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return min(previous + _LATER_STEP, month_end, published or month_end)
