"""Dated run-ups: a fight told with its own earlier day beside a change of hands ("took X shortly
after midnight on Sunday, following a day of heavy clashes on Saturday").

The fight names no place: the sentence's change names it, and the fight was for that place. On the
fight's day the place was contested; on the change's day it changed hands (`prior_fights` drops a
run-up told without a day of its own, which is of the change's day). Without this the fight's day
is lost, since the place's one mention is read once, by the change.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from frontmap.extract.derived_events import derived_event
from frontmap.extract.ended_fights import without_ended_fights
from frontmap.extract.relative_changes import add_clause_changes
from frontmap.extract.prior_fights import settle_run_ups as drop_undated_run_ups
from frontmap.extract.remnants import settle_remnants
from frontmap.extract.weekday_dates import weekday_on_or_before
from frontmap.extract.where_fights import add_where_fights
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_CHANGES = frozenset({TALIBAN, GOVERNMENT})
_WEEKDAY = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "after heavy clashes on Saturday", "following a day of fierce fighting late on Friday", "After
# days of fighting on Saturday,": a fight with no place of its own, then its day
_DATED_RUN_UP = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|one|two|three|several)\s+(?:day|night|days|nights)\s+of\s+|days\s+of\s+)?"
    r"(?:(?:heavy|fierce|intense|bitter|deadly|street|house-to-house|overnight)\s+)*"
    r"(?:clashes|fighting|battles?|gunbattles?|assaults?)\s+"
    r"(?:(?:with|against|between)\s+[^,.;:]{1,40}?\s+)?(?:(?:late|early)\s+)?(?:on\s+)?" + _WEEKDAY + r"\b",
    re.IGNORECASE,
)

_FIGHT_WORD = re.compile(r"fight|clash|battle|assault", re.IGNORECASE)  # a cheap test before the pattern


def settle_run_ups(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` without the fights told as the run-up of a change on its day
    (`prior_fights.settle_run_ups`), the takings that finish an earlier fall (`remnants`) nor the
    fights told only as the past cause of their aftermath (`ended_fights`), with a
    contested event added, on the fight's day, for each change of hands whose sentence tells the
    fight with an earlier day of its own."""
    events = settle_remnants(drop_undated_run_ups(without_ended_fights(events)))
    known = {(e.place, e.status, e.event_date) for e in events}
    # "took over Kabul ..., a setback in Y following clashes with a militia on Friday": the sentence's
    # fight was read at a place of its own
    fought_at: dict[str, set[str]] = {}
    for e in events:
        if e.status == CONTESTED:
            fought_at.setdefault(e.excerpt, set()).add(e.place)
    added = []
    for event in events:
        day = _run_up_day(event, fought_at.get(event.excerpt, set()))
        if day is None or (event.place, CONTESTED, day) in known:
            continue
        known.add((event.place, CONTESTED, day))
        added.append(_contested_on(event, day))
    return add_where_fights(add_clause_changes(events + added if added else events))


def _run_up_day(event: ControlEvent, fought_at: set[str]) -> dt.date | None:
    """Return the day of the dated fight the sentence of `event` (a change of hands) tells before
    the change, when it is a day or more earlier and no place of its own was read for it, else None."""
    if event.status not in _CHANGES or event.event_date is None:
        return None
    match = _DATED_RUN_UP.search(event.excerpt) if _FIGHT_WORD.search(event.excerpt) else None
    if match is None or fought_at - {event.place}:
        return None
    day = weekday_on_or_before(event.event_date, match.group("day"))
    return day if day != event.event_date else None


def _contested_on(event: ControlEvent, day: dt.date) -> ControlEvent:
    """Return `event` told as a fight on `day` (a new event with its own id)."""
    return derived_event(event, f"run-up|{day.isoformat()}", status=CONTESTED, event_date=day, date_basis="weekday",
                         trigger="fighting", kind="")
