"""Fighting told from its start: the first day a place is fought over, however long ago.

"Fighting has raged in Kunduz since July 28", "the city has been under siege since July 30",
"Herat has been the scene of heavy clashes since July 28": the span's start is the day an analyst
maps the place contested from, not the report's day. Only a day counts (a month or a year names no
first day); a running count ("ten districts have fallen since July 28"), a trend ("attacks have
risen since May 1") or a change held since ("the Taliban have held Qalat since June 22") is not
fighting told so and keeps its own reading (`frontmap.extract.date_scope`).
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|last\s+)?$", re.IGNORECASE)
_DAY_KINDS = ("month_day", "weekday")
# the clause that runs up to "since": back to the last stop or a clause opened beside it
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s+(?:but|while|when|as|after|and|which|who|where)\b|\b(?:but|while|after|as|when)\s", re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:fighting|fights?|clash(?:es)?|battles?|gunfights?|skirmish(?:es)?|siege|besieged|encircled|surrounded|fought|combat)\b",
    re.IGNORECASE,
)
_NONE = re.compile(r"\b(?:no|not|never|without|ended|stopped|halted|ceased|calm|quiet|lull|since\s+the\s+end)\b", re.IGNORECASE)
_REACH = 120  # characters before "since" searched for its clause


def opens_fighting(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr` is the day a "since" span of fighting told in its clause begins
    ("fighting has raged in Kunduz since July 28"): the place's first contested day."""
    clause = since_clause(sentence, expr)
    return clause is not None and _FIGHTING.search(clause) is not None and _NONE.search(clause) is None


def since_clause(sentence: str, expr: DateExpression) -> str | None:
    """Return the clause a "since <day>" at `expr` closes ("fighting has raged in X since July 28"),
    or None when `expr` is no day or no "since" opens it."""
    if expr.kind not in _DAY_KINDS:
        return None
    since_at = since_start(sentence, expr)
    return None if since_at is None else clause_before(sentence, since_at)


def since_start(sentence: str, expr: DateExpression) -> int | None:
    """Return where the "since" opening `expr` stands, or None when `expr` follows no "since"."""
    if expr.text[:5].lower() == "since":
        return expr.start
    found = _SINCE_BEFORE.search(sentence, max(0, expr.start - 20), expr.start)
    return found.start() if found else None


def clause_before(sentence: str, end: int) -> str:
    """Return the clause that runs up to `end`: from its last break before `end`."""
    window_start = max(0, end - _REACH)
    start = window_start
    for found in _CLAUSE_BREAK.finditer(sentence, window_start, end):
        start = found.end()
    return sentence[start:end]
