"""A fight the article tells as the run-up to a capture it dates the same day.

"The Taliban seized X on Friday after a week-long battle", "Fighting had raged around X for days",
"captured X on Friday after storming the city", "fell after insurgents stormed the city", "the
Taliban had pushed into cities like X", "They had laid siege to X before the final assault",
"Clashes were underway for almost three weeks",
"Forces fought since early August to defend X", "soldiers fled following the Taliban attack on
X", "as a result of the Taliban's attack on X, scores were killed": the fighting is the state the
capture ended, yet with no day of its own it takes the capture's day. On that day the place changed
hands, so the contested reading goes; a fight told as still going on ("clashes continue at the
airport") stays. So does one told over a span with no day ("spent a month hearing gunfire in X",
"weeks of fighting in X") in a report that dates X's capture earlier than the report's day: that
span ended with the capture, so it is no fight of the report's day. A capture undone the same day
(the government's reading of the place that day too: "the city briefly collapsed" before commandos
drove the insurgents out) was no clean change of hands: the day's fight stays.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from frontmap.extract.overruled import unit_of
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_FIGHT = r"(?:battles?|fighting|fights?|clashes|siege|assault|offensive|resistance|struggle)"
# an advance that came before the change: "had pushed into X", "had stormed the city"
_ADVANCE_DONE = r"|pushed\s+into|stormed|entered|broken\s+into|broke\s+into|surrounded|encircled|attacked"
# the fight came first: "after a week-long battle", "had raged for days", "since early August"
_RUN_UP = re.compile(
    r"\bafter\s+(?:a|an|the|their|its|days|weeks|months|hours)?\s*(?:[\w-]+\s+){0,3}?" + _FIGHT + r"\b"
    # the attack as the cause of what the sentence tells: "following the Taliban attack on", "as a result of Taliban's attack on"
    r"|\b(?:following|as\s+a\s+result\s+of|because\s+of)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:attacks?|assaults?|offensive)\s+(?:on|against)\b"
    r"|\bhad\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:fought|fighting|raged|taken\s+place|besieged|under\s+siege|battled|clashed|laid\s+siege" + _ADVANCE_DONE + r")\b"
    r"|\bafter\s+(?:[\w-]+\s+){0,3}?(?:storm(?:ing|ed)|enter(?:ing|ed)|push(?:ing|ed)\s+into|br(?:eaking|oke)\s+into|besieg(?:ing|ed)|encircl(?:ing|ed)|surround(?:ing|ed)|attack(?:ing|ed|s))\b"
    r"|\bfor\s+(?:(?:almost|nearly|about|over|more\s+than|at\s+least)\s+)?(?:(?:several|many|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:days|weeks|months)\b"
    r"|\b(?:week|weeks|day|days|month|months)-long\b"
    r"|\bsince\s+(?:early|mid|late)\s+(?:june|july|august)\b"
    r"|\bwithout\s+(?:facing\s+|meeting\s+)?(?:much|any|serious|a)\s+(?:fight|resistance)\b",
    re.IGNORECASE,
)
# a fight told over a span: "spent more than a month hearing mortars", "weeks of fighting", "for days"
_SPAN = re.compile(
    r"\b(?:spent|for|over|after)\s+(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:a|one|two|three|four|several|many|\d+)\s+(?:days?|weeks?|months?)\b"
    r"|\b(?:days|weeks|months)\s+of\b",
    re.IGNORECASE,
)
_UNDATED = frozenset({"publication", "manifest", "undated"})  # the fight's day is the report's, not the text's
_STILL = re.compile(r"\b(?:still|continu\w*|went\s+on|goes\s+on|ongoing|remain\w*)\b", re.IGNORECASE)


def settle_run_ups(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return the events without a contested reading the article tells as the run-up to a Taliban
    capture of the same place on the same day (see the module docstring)."""
    # a capture only: a repelled attack ("pushed back after hours of fighting") is a fight that day, and
    # so is one undone the same day ("the city briefly collapsed" and was retaken): no clean change
    undone = {(unit_of(e), e.event_date) for e in events if e.status == GOVERNMENT}
    changed = {(unit_of(e), e.event_date) for e in events if e.status == TALIBAN and e.event_date is not None} - undone
    if not changed:
        return events
    told = {(unit_of(e), e.excerpt): e.event_date for e in events if e.status == TALIBAN and e.event_date is not None}
    first = {}
    for unit, day in changed:
        first[unit] = min(day, first.get(unit, day))
    return [e for e in events if not (e.status == CONTESTED and (
        (unit_of(e), e.event_date) in changed and _run_up(e.excerpt) or _undated_before(e, told.get((unit_of(e), e.excerpt)))
        or (_SPAN.search(e.excerpt) is not None and _undated_before(e, first.get(unit_of(e))))))]


def _undated_before(event: ControlEvent, captured: dt.date | None) -> bool:
    """Return True for a fight with no day of its own told in the sentence of an earlier capture of its
    place ("attacked X ... before seizing full control of the area early Monday", in a Friday paper):
    the fight led to the capture, so it is not of the report's day."""
    if captured is None or event.event_date is None or event.date_basis not in _UNDATED:
        return False
    return captured < event.event_date and _STILL.search(event.excerpt) is None


def _run_up(excerpt: str) -> bool:
    """Return True when the sentence tells its fighting as over before the change ("after a battle")."""
    return _RUN_UP.search(excerpt) is not None and _STILL.search(excerpt) is None
