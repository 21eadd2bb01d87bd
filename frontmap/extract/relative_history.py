"""A year told in a relative clause after the place is the place's past, not the date of the verb
before the clause: in "took Kandahar, which the movement first ruled in the 1990s", the 1990s date
the earlier rule; the capture keeps the date the rest of the text gives it.

Only coarse dates (a year, a decade, "years ago") are read so: a day in such a clause ("Kandahar,
which they entered on Friday") often does tell when the verb before it happened.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_RELATIVE_OPENER = re.compile(r",\s*(?:which|where|whose|who|whom)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s")


def dates_a_relative_past(sentence: str, expr: DateExpression, trigger: int | None) -> bool:
    """Return True when `expr` is a year (or "years ago") inside a relative clause that opens after
    the trigger at `trigger`: it dates something else the clause tells of the place."""
    if trigger is None or not _is_coarse(expr):
        return False
    openers = [m for m in _RELATIVE_OPENER.finditer(sentence, trigger, expr.start)]
    if not openers:
        return False
    return _CLAUSE_BREAK.search(sentence, openers[-1].end(), expr.start) is None


def _is_coarse(expr: DateExpression) -> bool:
    """Return True for a year or decade, or a count of years back."""
    return expr.kind == "year" or (expr.kind == "ago" and "year" in expr.text.lower())
