"""A day that looks back from inside a clause opening the sentence: "Having seized X the day before,
the insurgents on Sunday attacked Y", "After overrunning X the previous day, they entered Y".

The shift is counted from the main clause's day (`frontmap.extract.date_references.main_clause_day`),
and it dates only its own clause: the main clause after the comma happened later, so a place told
there never takes that earlier day (for `frontmap.extract.date_scope.pick`, through
`frontmap.extract.earlier_year_clauses`).
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

# a participle or "after" clause opening the sentence (past a dateline's dash), its comma not yet reached
FRONTED_OPENING = re.compile(r"(?:^|[-–—:]\s+)(?:Having|After|Before)\b[^,;:]*$")
_BACK_WORDS = re.compile(r"(?:earlier|before|previously|previous\s+\w+)$", re.IGNORECASE)


def back_in_opening(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` looks back ("the day before", "a day earlier", "the previous day")
    from inside a clause that opens `sentence` ("Having seized X the day before, ...")."""
    return expr.kind in ("shift", "relative") and _BACK_WORDS.search(" ".join(expr.text.split())) is not None and FRONTED_OPENING.search(sentence, 0, expr.start) is not None


def dates_the_opening_clause(sentence: str, expr: DateExpression, trigger: int | None) -> bool:
    """Return True when `expr` looks back from inside the clause opening `sentence` and the trigger
    at `trigger` stands past the comma closing that clause: the day is the opening clause's only."""
    if trigger is None or trigger <= expr.end or not back_in_opening(sentence, expr):
        return False
    comma = sentence.find(",", expr.end)
    return 0 <= comma < trigger
