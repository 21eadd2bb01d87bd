"""Anchored shifts: "two days after <the city fell>" dates its complement that many days before the
main clause (for `frontmap.extract.dates.ArticleDates`).

- A place inside the complement takes the complement's own day ("two days after the Taliban stormed
  the prison on Aug 9": Aug 9; a window there, "earlier this week", names none), else the main clause's date less the shift; but a main clause with no
  day of its own ("families fled a week before the city fell") puts no "before" complement after the
  report: it keeps the report's day. A main clause that reports a change on a day of its own, the
  change itself undated ("acknowledged on Monday that X had been lost, three days after ..."),
  counts from that report.
- A place outside it takes the main clause's date, or the complement's date plus the shift when only
  the complement names a day (a window there, "this month", dates nothing).
- When the main clause reports a change the complement retells by a pronoun ("Officials confirmed the
  fall of X on Friday, two days after it was captured"), or tells the state a change the complement
  retells left ("X was still in Taliban hands on Friday, two days after the insurgents seized the
  town"), the change is of the complement's day: its place takes the main clause's date less the shift. A main clause telling another change ("retook
  X on Tuesday, two days after it had fallen") keeps its own date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from frontmap.extract.anchor_complements import complement
from frontmap.extract.date_expressions import resolve_expression
from frontmap.extract.date_references import retells_force
from frontmap.extract.date_retelling import PUBLICATION_BASES
from frontmap.extract.date_scope import Dated, names_a_day, states_at
from frontmap.extract.shift_bounds import bounded_shift

#: (expressions to choose from, clause, position, trigger) -> (date, basis): the plain dating of a sentence
PlainDating = Callable[[list[Dated], tuple[int, int, bool], int, "int | None"], tuple["dt.date | None", str]]

_ANY_DAY = dt.date(2000, 1, 15)
# "confirmed the fall of X", "on Friday admitted the loss of X", "announced that X": a change reported
_REPORTED_CHANGE = re.compile(
    r"\b(?:confirm|acknowledg|admit|announc|report|declar)\w*\s+(?:(?:on\s+\w+|for\s+the\s+first\s+time|\w+ly)\s+){0,2}"  # "acknowledged for the first time that"
    r"(?:that\b|the\s+(?:fall|loss|capture|collapse|seizure|takeover|surrender)\b)"
    # "the fall of X was confirmed on Tuesday": the same report, told in the passive
    r"|\b(?:fall|loss|capture|collapse|seizure|takeover|surrender)\s+of\s+[^,;]{1,40}?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:confirmed|acknowledged|admitted|announced|reported|declared)\b",
    re.IGNORECASE,
)
# "it was captured", "they fell", "the city had been overrun": the main clause's place, retold
_RETOLD_CHANGE = re.compile(
    r"\s*(?:it|they|the\s+(?:city|town|district|area|cent(?:re|er)|capital|base|crossing|post))\s+"
    r"(?:(?:was|were|had\s+been)\s+(?:captured|taken|seized|overrun|lost|retaken|recaptured)|fell|had\s+fallen)\b",
    re.IGNORECASE,
)

# "the insurgents seized the border town", "the Taliban took it": the main clause's place, retold with its agent
_AGENT_RETOLD = re.compile(
    r"\s*(?:the\s+)?(?:taliban\s+)?(?:taliban|insurgents|militants|fighters|rebels|army|troops|(?:government|security|afghan)\s+forces)\s+"
    r"(?:had\s+)?(?:captured|seized|took|overran|overrun|retook|recaptured)\s+"
    r"(?:it|the\s+(?:\w+\s+)?(?:city|town|district|area|cent(?:re|er)|capital|base|crossing|post))\b",
    re.IGNORECASE,
)

# the side a state or a change is told of: "in government hands", "the army retook it", "the Taliban took it"
_GOVERNMENT_SIDE = re.compile(r"\b(?:government|army|troops|commandos|security\s+forces|afghan\s+forces)\b", re.IGNORECASE)
_TALIBAN_SIDE = re.compile(r"\b(?:taliban|insurgents?|militants?)\b", re.IGNORECASE)
_RETAKE = re.compile(r"\b(?:retook|retaken|recaptur\w*|regain\w*|cleared|liberat\w*)\b", re.IGNORECASE)


def anchor_at(anchors: list[Dated], position: int) -> Dated | None:
    """Return the shift among `anchors` (a sentence's, in order) that governs `position`: the last one
    before it ("two days after Y fell and a day after Z": Z's is the second), else the first, else None."""
    return next((d for d in reversed(anchors) if d.expr.start < position), anchors[0] if anchors else None)


def anchored_date(
    sentence: str, anchor: Dated, dated: list[Dated], clause: tuple[int, int, bool], position: int,
    trigger: int | None, plain: PlainDating,
) -> tuple[dt.date | None, str]:
    """Return (date, basis) of the event told at `position` (trigger at `trigger`) of a sentence whose
    expressions `dated` hold the shift `anchor` (see the module notes)."""
    lo, hi = complement(sentence, anchor.expr)
    shift = bounded_shift(sentence, anchor.expr, resolve_expression(anchor.expr, None, _ANY_DAY)[0] - _ANY_DAY)
    outside = [d for d in dated if not lo <= d.expr.start < hi]
    inside = [d for d in dated if lo <= d.expr.start < hi and d.role == "event" and d.date is not None]
    if lo <= position < hi:
        if own := [d for d in inside if names_a_day(d.expr)]:  # a window ("earlier this week") leaves the shift to date it
            return plain(own, (lo, hi, False), position, None)
        date, basis = plain(outside, clause, anchor.expr.start, None)
        date = _reported_day(sentence, anchor, outside, date, basis)
        if date is not None and basis == "carried" and retells_force(sentence, lo, hi):
            return date, basis  # "Two days after the fall of Y, X was overrun": Y's change is the day in force
        if date is not None and shift < dt.timedelta(0) and basis in PUBLICATION_BASES:
            return date, basis  # "fled a week before the city fell", no day told: the fall is not after the report
        return (date - shift, "relative") if date is not None else (None, "undated")
    days = [d for d in inside if names_a_day(d.expr)]  # not a window ("fears they may win later this month")
    if days and not any(d.role == "event" and d.date is not None for d in outside):
        return days[0].date + shift, "relative"
    date, basis = plain(outside, clause, position, trigger)
    if date is not None and (retells_main(sentence, anchor.expr.start, lo, hi) or retells_state(sentence, trigger, lo, hi)):
        return _reported_day(sentence, anchor, outside, date, basis) - shift, "relative"
    if date is not None and basis == "carried" and retells_force(sentence, lo, hi):
        return date + shift, "relative"  # "Two days after its fall, X was overrun": after the day in force
    return date, basis


def _reported_day(sentence: str, anchor: Dated, outside: list[Dated], date: dt.date | None, basis: str) -> dt.date | None:
    """Return the day a shift counts from inside its complement: the day the source reported the
    change on, when the main clause is such a report with no day of its own ("officials on Monday
    acknowledged that X had been lost, three days after fighters overran it": the day in force carried
    from before is not the acknowledgement's), else `date`."""
    if basis != "carried" or _REPORTED_CHANGE.search(sentence, 0, anchor.expr.start) is None:
        return date
    return max((d.date for d in outside if d.role == "reporting" and d.date is not None), default=date)


def retells_main(sentence: str, anchor_start: int, lo: int, hi: int) -> bool:
    """Return True when the main clause (before `anchor_start`) reports a change and the complement
    sentence[lo:hi] retells it by a pronoun or a definite noun ("Officials confirmed the fall of X
    on Friday, two days after it was captured", "... two days after the insurgents seized it"); not
    "retook X on Tuesday, two days after it fell"."""
    retold = _RETOLD_CHANGE.match(sentence, lo, hi) or _AGENT_RETOLD.match(sentence, lo, hi)
    return retold is not None and _REPORTED_CHANGE.search(sentence, 0, anchor_start) is not None


def retells_state(sentence: str, trigger: int | None, lo: int, hi: int) -> bool:
    """Return True when the trigger at `trigger` tells a state ("still in Taliban hands", "remained
    under their control") and the complement sentence[lo:hi] retells the change that left it, by a
    pronoun or a definite noun ("two days after the insurgents seized the town")."""
    retold = _RETOLD_CHANGE.match(sentence, lo, hi) or _AGENT_RETOLD.match(sentence, lo, hi)
    return retold is not None and states_at(sentence, trigger) and not _undoes(sentence, trigger, lo, hi)


def _undoes(sentence: str, trigger: int | None, lo: int, hi: int) -> bool:
    """Return True when the state at `trigger` is the other side's from the one the complement
    sentence[lo:hi] tells taking the place ("X is back in government hands, three weeks after it
    fell to the Taliban"): the state undoes that change, it was not left by it, so it keeps its own day."""
    if trigger is None:
        return False
    low = max(0, trigger - 30)
    sides = [(abs(m.start() + low - trigger), side) for side, pattern in (("government", _GOVERNMENT_SIDE), ("taliban", _TALIBAN_SIDE))
             for m in pattern.finditer(sentence[low : min(lo, trigger + 30)])]
    change = sentence[lo:hi]
    change_side = "government" if _RETAKE.search(change) or _GOVERNMENT_SIDE.search(change) else "taliban"
    return bool(sides) and min(sides)[1] != change_side
