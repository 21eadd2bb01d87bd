"""A year told in a relative clause after the place is the place's past, not the date of the verb
before the clause: in "took Kandahar, which the movement first ruled in the 1990s", the 1990s date
the earlier rule; the capture keeps the date the rest of the text gives it.

Only coarse dates (a year, a decade, "years ago") are read so: a day in such a clause ("Kandahar,
which they entered on Friday") often does tell when the verb before it happened. A reduced relative
after the trigger, a participle with its agent ("regained the district captured by the Taliban
earlier this week"), dates its participle whatever the date: the verb before it keeps its own.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_RELATIVE_OPENER = re.compile(r",\s*(?:which|where|whose|who|whom)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s")
# "... captured by the Taliban " right before the date: a participle and its agent
_REDUCED_RELATIVE = re.compile(
    r"\b(?:captured|seized|taken|overrun|retaken|recaptured|held|attacked|besieged|lost)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)
_REDUCED_REACH = 60


def dates_a_relative_past(sentence: str, expr: DateExpression, trigger: int | None) -> bool:
    """Return True when `expr` is a year (or "years ago") inside a relative clause that opens after
    the trigger at `trigger`, or any date right after a participle with its agent there: it dates
    something else the clause tells of the place."""
    if trigger is None:
        return False
    if _reduced_relative(sentence, expr, trigger):
        return True
    if not _is_coarse(expr):
        return False
    openers = [m for m in _RELATIVE_OPENER.finditer(sentence, trigger, expr.start)]
    if not openers:
        return False
    return _CLAUSE_BREAK.search(sentence, openers[-1].end(), expr.start) is None


def _is_coarse(expr: DateExpression) -> bool:
    """Return True for a year or decade, or a count of years back."""
    return expr.kind == "year" or (expr.kind == "ago" and "year" in expr.text.lower())


def _reduced_relative(sentence: str, expr: DateExpression, trigger: int) -> bool:
    """Return True when `expr` follows a participle and its agent that come after the trigger
    ("regained X captured by the Taliban earlier this week")."""
    lo = max(trigger + 1, expr.start - _REDUCED_REACH)
    return lo < expr.start and _REDUCED_RELATIVE.search(sentence, lo, expr.start) is not None
