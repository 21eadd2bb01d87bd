"""A date that closes a relative clause on the subject dates that clause's verb, not the main verb
that follows it: in "Army units that recaptured Kaldar on Saturday withdrew from the district on
Wednesday" Saturday is the recapture's day, and the withdrawal takes Wednesday (or, with no day of
its own, the day in force). Without this the nearer Saturday dated both.

Only a clause opened by "that", "who" or "which" after its noun, with a verb of its own before the
date and no comma or dash between the opener and the main verb, counts: "The Taliban, who on Saturday
captured X" puts the date before the relative verb, and "Troops on Saturday retook X" has no clause.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_REACH = 120  # characters back from the date to the clause's opener
_OPENER = re.compile(r"\b(?:that|who|which)\s", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:\w+ed|\w*taken|overrun|\w*took|held|fell|overran|won|lost|ran|left|fled|came|went|had)\b", re.IGNORECASE)
_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")


def dates_the_subjects_clause(sentence: str, expr: DateExpression, trigger: int | None) -> bool:
    """Return True when `expr` ends a relative clause on the subject right before the main verb at
    `trigger` ("units that retook X on Saturday withdrew"): it dates the clause's own verb."""
    if trigger is None or expr.end > trigger or sentence[expr.end : trigger].strip():
        return False
    window = max(0, expr.start - _REACH)
    openers = list(_OPENER.finditer(sentence, window, expr.start))
    if not openers:
        return False
    inside = sentence[openers[-1].end() : expr.start]
    return _BREAK.search(inside) is None and _CLAUSE_VERB.search(inside) is not None
