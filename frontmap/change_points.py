"""The rules that turn one unit's control events into its successive states (change points).

`frontmap.timeline` runs them for every district and, separately, for every province's
province-level reports; its module docstring states the rules for readers of the map.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from frontmap.extract.date_ranges import RANGE_BASIS
from frontmap.extract.dates import PUBLICATION_BASES
from frontmap.extract.kinds import ADVANCE, GROUND, HOLD
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN, same_day_rank

ONE_DAY = dt.timedelta(days=1)
#: How far ahead a supported capture may follow a lone capture report and still be the same fall.
FOLD_REACH = dt.timedelta(days=7)
#: How far ahead a dated change may follow one known only as within a span and still be the same.
SPAN_REACH = dt.timedelta(days=31)


@dataclass
class State:
    """One state of one unit: `status` from `valid_from` on, with the events behind it."""

    status: str
    valid_from: dt.date
    events: list[Any] = field(default_factory=list)

    @property
    def event_ids(self) -> tuple[str, ...]:
        """Return the ids of the events behind the state, in reading order."""
        return tuple(e.event_id for e in self.events)


#: A date_basis that alone dates a capture or retake: a calendar date written in the text.
EXPLICIT_BASIS = "explicit"
#: The date_basis of an event dated by a day told in an earlier sentence.
CARRIED_BASIS = "carried"
#: Statuses a single happening starts (a capture, a retake): reports of one such state that give
#: other days disagree on when it happened. Fighting and claims last; their dates do not disagree.
POINT_STATUSES = frozenset({TALIBAN, GOVERNMENT})


def _source(event: Any) -> str:
    """Return who reported `event`: its `source` (a wire agency: copies of one story are one
    source) when it carries one, else its article."""
    return getattr(event, "source", "") or event.article_id


def _drop_background(events: Sequence[Any]) -> list[Any]:
    """Return `events` (one unit's) without the background reports (see the module rules): a
    publication-dated event weaker than an earlier-dated event of the same article."""
    strongest: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for event in events:
        strongest[event.article_id].append((event.event_date, same_day_rank(event.status)))
    return [
        e for e in events
        if e.date_basis not in PUBLICATION_BASES
        or not any(day < e.event_date and rank > same_day_rank(e.status) for day, rank in strongest[e.article_id])
    ]


def _holds(current: State | None, status: str, todays: Sequence[Any]) -> bool:
    """Return True when the `current` state stands against the day's winning `status`: a
    confirmed capture is not undone by a claim, nor by fighting reported only as strikes or near
    the place (no event of the day of kind ground)."""
    if current is None or current.status != TALIBAN:
        return False
    if status == CLAIMED:
        return True
    return status == CONTESTED and not any(
        e.status == CONTESTED and getattr(e, "kind", GROUND) == GROUND for e in todays
    )


def _days_winner(todays: Sequence[Any]) -> str:
    """Return the status one day's reports give: the strongest; between equally strong ones, a
    change of hands before a standing hold (kind HOLD), then the one read last. A government
    hold alone at the top yields to the Taliban entering the place that day (kind ADVANCE)."""
    best = max(same_day_rank(e.status) for e in todays)
    strongest = [e for e in todays if same_day_rank(e.status) == best]
    changes = [e for e in strongest if getattr(e, "kind", GROUND) != HOLD]
    if not changes and strongest[-1].status == GOVERNMENT and _entered(todays):
        return CONTESTED
    return (changes or strongest)[-1].status


def _entered(todays: Sequence[Any]) -> bool:
    """Return True when one of the day's reports tells the Taliban entering the place (a contested
    event of kind ADVANCE): news of the day the standing line, written before it, did not know."""
    return any(e.status == CONTESTED and getattr(e, "kind", GROUND) == ADVANCE for e in todays)


def change_points(events: Sequence[Any]) -> list[State]:
    """Return the successive states that `events` (dated, in reading order) give one unit."""
    by_day: dict[dt.date, list[Any]] = defaultdict(list)
    for event in _drop_background(events):
        by_day[event.event_date].append(event)
    states: list[State] = []
    for day in sorted(by_day):
        todays = by_day[day]
        winner = _days_winner(todays)
        current = states[-1] if states else None
        backing = [e for e in todays if e.status == winner]
        if current is not None and current.status == winner:
            current.events.extend(backing)
        elif not _holds(current, winner, todays):
            states.append(State(winner, day, backing))
    lone = set()
    for i, state in enumerate(states):
        start = _supported_start(state)
        if start is not None:
            state.valid_from = start
        elif state.status in POINT_STATUSES:
            lone.add(i)
    return _fold_lone_captures(_fold_span_changes(states), lone)


def _supported_start(state: State) -> dt.date | None:
    """Return the day `state` starts once its reports are weighed (see the module rules): for a
    capture or retake, the earliest day the text of two independent sources gives, or a calendar
    date in one text, counting first only the reports that date the event in its own sentence;
    None when no day is so supported (and for fighting and claims)."""
    if state.status not in POINT_STATUSES:
        return None
    voters = [e for e in state.events if e.date_basis not in PUBLICATION_BASES and e.date_basis != RANGE_BASIS]
    # a line saying a side holds the place tells that it did by then, not when it changed hands: it
    # votes only when no report of the change itself does
    voters = [e for e in voters if getattr(e, "kind", GROUND) != HOLD] or voters
    # a day carried from another sentence ("They had already taken X", under a lead of days
    # before) votes only when no report dates the event in its own words
    own_words = [e for e in voters if e.date_basis != CARRIED_BASIS]
    own = _earliest_supported(own_words)
    if own is not None:
        return own
    carried = _earliest_supported(voters)
    # carried days tell that it had happened by then: a report dating the change in its own words
    # a few days before them is not contradicted by them, and dates it ("had already taken X")
    told = min((e.event_date for e in own_words), default=None)
    return told if carried is not None and told is not None and carried - FOLD_REACH <= told < carried else carried


def _earliest_supported(voters: Sequence[Any]) -> dt.date | None:
    """Return the earliest day two independent sources among `voters` give, or one gives as a
    calendar date; None when there is none."""
    sources: dict[dt.date, set[str]] = defaultdict(set)
    supported = []
    for event in voters:
        sources[event.event_date].add(_source(event))
        if event.date_basis == EXPLICIT_BASIS or len(sources[event.event_date]) >= 2:
            supported.append(event.event_date)
    return min(supported, default=None)


def _fold_lone_captures(states: list[State], lone: set[int]) -> list[State]:
    """Return `states` with each lone capture (no supported day, states `lone`) that a supported
    capture follows within `FOLD_REACH`, with only fighting or claims between, folded into that
    capture: the same fall told early ("had already taken X" days before X fell) joins its sources
    and starts nothing. States left side by side with one status are joined."""
    folded: list[State] = []
    for i, state in enumerate(states):
        later = _supported_capture_after(states, lone, i) if i in lone and state.status == TALIBAN else None
        if later is not None:
            later.events[:0] = state.events
            continue
        if folded and folded[-1].status == state.status:
            folded[-1].events.extend(state.events)
            continue
        folded.append(state)
    return folded


def _fold_span_changes(states: list[State]) -> list[State]:
    """Return `states` with each capture or retake known only as within a span ("in recent weeks
    they seized X": every report basis range, placed on the span's first day) folded into the next
    state of its status within SPAN_REACH, whatever lies between: the span says only that it had
    happened by the report, so it must not paint the place before the reports that date it."""
    kept: list[State] = []
    for i, state in enumerate(states):
        spanned = state.status in POINT_STATUSES and all(e.date_basis == RANGE_BASIS for e in state.events)
        later = next((s for s in states[i + 1 :] if s.status == state.status), None) if spanned else None
        if later is not None and later.valid_from - state.valid_from <= SPAN_REACH:
            later.events[:0] = state.events
            continue
        kept.append(state)
    return kept


def _supported_capture_after(states: list[State], lone: set[int], i: int) -> State | None:
    """Return the supported capture that follows states[i] within FOLD_REACH with only fighting or
    claims between, or None."""
    for later in states[i + 1 :]:
        if later.valid_from - states[i].valid_from > FOLD_REACH:
            return None
        if later.status == TALIBAN:
            return later if states.index(later) not in lone else None
        if later.status not in (CONTESTED, CLAIMED):
            return None
    return None


def closed(states: list[State]) -> list[tuple[State, dt.date | None]]:
    """Return each state with its valid_to: the day before the next state starts (None: current)."""
    ends = [s.valid_from - ONE_DAY for s in states[1:]] + [None]
    return list(zip(states, ends))
