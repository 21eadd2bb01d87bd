"""Anchored shifts: "two days after <the city fell>" dates its complement that many days before the
main clause (for `frontmap.extract.dates.ArticleDates`).

- A place inside the complement takes the complement's own date ("two days after the Taliban stormed
  the prison on Aug 9": Aug 9), else the main clause's date less the shift.
- A place outside it takes the main clause's date, or the complement's date plus the shift when only
  the complement writes one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from frontmap.extract.date_expressions import resolve_expression
from frontmap.extract.date_scope import Dated, complement

#: (expressions to choose from, clause, position, trigger) -> (date, basis): the plain dating of a sentence
PlainDating = Callable[[list[Dated], tuple[int, int, bool], int, "int | None"], tuple["dt.date | None", str]]

_ANY_DAY = dt.date(2000, 1, 15)


def anchored_date(
    sentence: str, anchor: Dated, dated: list[Dated], clause: tuple[int, int, bool], position: int,
    trigger: int | None, plain: PlainDating,
) -> tuple[dt.date | None, str]:
    """Return (date, basis) of the event told at `position` (trigger at `trigger`) of a sentence whose
    expressions `dated` hold the shift `anchor` (see the module notes)."""
    lo, hi = complement(sentence, anchor.expr)
    shift = resolve_expression(anchor.expr, None, _ANY_DAY)[0] - _ANY_DAY
    outside = [d for d in dated if not lo <= d.expr.start < hi]
    inside = [d for d in dated if lo <= d.expr.start < hi and d.role == "event" and d.date is not None]
    if lo <= position < hi:
        if inside:
            return plain(inside, (lo, hi, False), position, None)
        date, _ = plain(outside, clause, anchor.expr.start, None)
        return (date - shift, "relative") if date is not None else (None, "undated")
    if inside and not any(d.role == "event" and d.date is not None for d in outside):
        return inside[0].date + shift, "relative"
    return plain(outside, clause, position, trigger)

