"""Reviews applied to events, purely: the log folded into per-event states, events.csv's rows
with a `review` column, and the events the timeline reads (rejected dropped, edited replaced,
manual added, verified ones read last so that the person's word wins ties).

Nothing here touches the store: `ReviewLog.of(rows)` takes the log's rows (Review) in any order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pandas as pd

from frontmap.review.model import (
    ACCEPT,
    ACCEPTED,
    ADD,
    EDIT,
    EDITED,
    MANUAL,
    REJECT,
    REJECTED,
    REVIEW_BASIS,
    UNDO,
    UNREVIEWED,
    EventReview,
    ManualEvent,
    Review,
    parse_date,
)
from frontmap.extract.kinds import GROUND, HOLD
from frontmap.timeline import EventFacts

#: Columns apply_reviews adds to an events frame.
REVIEW_FRAME_COLUMNS: tuple[str, ...] = ("review", "verified", "review_version", "review_note", "reviewer")


def order_key(review: Review) -> tuple[str, str]:
    """Return the log's order of `review`: its time, then its id (the same in every store)."""
    return review.created_at, review.review_id


def _changes(active: Sequence[Review]) -> dict[str, Any]:
    """Return the fields the active edits set, later edits winning (event_date as a date)."""
    changes: dict[str, Any] = {}
    for row in active:
        if row.action == EDIT:
            changes.update(row.fields)
    if "event_date" in changes:
        changes["event_date"] = parse_date(changes["event_date"])
    return changes


def _kind(active: Sequence[Review], changes: dict[str, Any]) -> str:
    """Return the review kind of an event whose rows in force are `active` (oldest first)."""
    decisions = [r.action for r in active if r.action in (ACCEPT, REJECT, EDIT)]
    if decisions and decisions[-1] == REJECT:
        return REJECTED
    if any(r.action == ADD for r in active):
        return MANUAL
    if changes:
        return EDITED
    return ACCEPTED if decisions else UNREVIEWED


def fold_event(event_id: str, rows: Sequence[Review]) -> EventReview:
    """Return the state of `event_id` from its log rows, oldest first (an undo applies to the
    review it names among them)."""
    undone = {r.target for r in rows if r.action == UNDO}
    active = tuple(r for r in rows if r.action != UNDO and r.review_id not in undone)
    changes = _changes(active)
    last = active[-1] if active else None
    add = next((r for r in active if r.action == ADD), None)
    added = {**add.fields, "note": add.note, "reviewer": add.reviewer, "created_at": add.created_at} if add else None
    return EventReview(event_id, _kind(active, changes), changes, len(rows),
                       last.note if last else "", last.reviewer if last else "", last.created_at if last else "",
                       added, tuple(rows), active)


def _manual_event(state: EventReview) -> ManualEvent:
    """Return the analyst's event behind `state` (whose add is in force) with its edits."""
    data = {**state.added, **state.changes}
    return ManualEvent(
        event_id=state.event_id, place=str(data["place"]), district_id=data.get("district_id") or None,
        province_code=str(data["province_code"]), status=str(data["status"]),
        event_date=parse_date(data["event_date"]), note=str(state.added["note"]), url=str(data.get("url") or ""),
        quote=str(data.get("quote") or ""), reviewer=str(state.added["reviewer"]),
        created_at=str(state.added["created_at"]),
    )


@dataclass(frozen=True)
class ReviewLog:
    """The review log folded: every reviewed event's state, and the analysts' own events.

    `rows` holds the log's rows (log order) when built from them (`of`), and is empty when built
    from the store's per-event summary (`from_states`: what a build reads).
    """

    rows: tuple[Review, ...]
    states: dict[str, EventReview]
    manual: tuple[ManualEvent, ...]  # in force (not undone), in the order they were added

    @classmethod
    def of(cls, rows: Iterable[Review]) -> ReviewLog:
        """Return the log of `rows` (any order) folded into states."""
        ordered = tuple(sorted(rows, key=order_key))
        by_event: dict[str, list[Review]] = defaultdict(list)
        for row in ordered:
            by_event[row.event_id].append(row)
        return cls.from_states([fold_event(event_id, event_rows) for event_id, event_rows in by_event.items()],
                               ordered)

    @classmethod
    def from_states(cls, states: Iterable[EventReview], rows: tuple[Review, ...] = ()) -> ReviewLog:
        """Return the log of already folded per-event `states` (with the log's `rows`, if known)."""
        by_id = {state.event_id: state for state in states}
        manual = sorted((_manual_event(s) for s in by_id.values() if s.added is not None),
                        key=lambda m: (m.created_at, m.event_id))
        return cls(rows, by_id, tuple(manual))

    def state(self, event_id: str) -> EventReview | None:
        """Return the state of `event_id`, or None if it was never reviewed."""
        return self.states.get(event_id)

    def review_of(self, event_id: str) -> str:
        """Return the review kind of `event_id` ('' when unreviewed or every review undone)."""
        state = self.states.get(event_id)
        return state.review if state else UNREVIEWED

    def verified_ids(self) -> frozenset[str]:
        """Return the ids of the events a person vouches for (accepted, edited, manual)."""
        return frozenset(e for e, s in self.states.items() if s.verified)

    @cached_property
    def edits(self) -> dict[str, dict[str, Any]]:
        """Return, per edited extracted event, the events-frame values its edits set (see
        _edited_columns); computed once per log (events.csv applies it piece by piece)."""
        return {e: _edited_columns(s.changes) for e, s in self.states.items() if s.changes and s.review != MANUAL}

    def undone(self) -> frozenset[str]:
        """Return the ids of the reviews that were undone (needs the rows: a log built by `of`)."""
        return frozenset(r.target for r in self.rows if r.action == UNDO)


def _as_log(reviews: ReviewLog | Iterable[Review]) -> ReviewLog:
    return reviews if isinstance(reviews, ReviewLog) else ReviewLog.of(reviews)


def _edited_columns(changes: dict[str, Any]) -> dict[str, Any]:
    """Return the events-frame values the edits `changes` set (a new date as ISO text, with date
    basis "review")."""
    out = dict(changes)
    if "event_date" in changes:
        out.update(event_date=changes["event_date"].isoformat(), date_basis=REVIEW_BASIS)
    return out


def apply_reviews(events: pd.DataFrame, reviews: ReviewLog | Iterable[Review],
                  with_manual: bool = True) -> pd.DataFrame:
    """Return `events` (an events frame: Store.events_frame() or a piece of it) with the reviews
    applied (dates stay ISO text, as in the store's frame): edits written into the rows, the
    analysts' events appended (unless not `with_manual`), and the columns REVIEW_FRAME_COLUMNS
    added (review: accepted, rejected, edited, manual or ''). Rejected rows stay, marked. The
    input frame is not changed."""
    log = _as_log(reviews)
    frame = events.copy()
    if with_manual and log.manual:
        added = pd.DataFrame([m.to_row() for m in log.manual], columns=list(frame.columns))
        frame = pd.concat([frame, added], ignore_index=True) if len(frame) else added
    ids = frame["event_id"].tolist()
    _write_edits(frame, log, ids)
    found = [log.states.get(i) for i in ids]
    frame["review"] = [s.review if s else UNREVIEWED for s in found]
    frame["verified"] = [bool(s and s.verified) for s in found]
    frame["review_version"] = [s.version if s else 0 for s in found]
    frame["review_note"] = [s.note if s else "" for s in found]
    frame["reviewer"] = [s.reviewer if s else "" for s in found]
    if "item" in frame:
        frame["item"] = frame["item"].astype("Int64")
    return frame


def _write_edits(frame: pd.DataFrame, log: ReviewLog, ids: list[str]) -> None:
    """Write the edits in force into the rows of `frame` (whose event ids are `ids`) they apply
    to, in place. (Plain lists: pandas' per-element paths on text columns cost more than this.)"""
    edited = log.edits
    hits = [i for i in ids if i in edited]
    if not hits:
        return
    for name in sorted({name for e in hits for name in edited[e]} & set(frame.columns)):
        values = {e: edited[e][name] for e in hits if name in edited[e]}
        frame[name] = [values.get(i, old) for i, old in zip(ids, frame[name].tolist())]


def reviewed_pieces(pieces: Iterable[pd.DataFrame], reviews: ReviewLog | Iterable[Review]) -> Iterator[pd.DataFrame]:
    """Yield each piece of an events frame (Store.events_frames()) with apply_reviews, then one
    piece of the analysts' own events (when there are any): events.csv written piece by piece."""
    log = _as_log(reviews)
    columns: list[str] | None = None
    for piece in pieces:
        columns = list(piece.columns)
        yield apply_reviews(piece, log, with_manual=False)
    if log.manual:
        yield apply_reviews(pd.DataFrame(columns=columns or list(log.manual[0].to_row())), log)


def reviewed_facts(facts: Sequence[EventFacts], reviews: ReviewLog | Iterable[Review],
                   verified_only: bool = False) -> list[EventFacts]:
    """Return the events the timeline reads, from the store's `facts` (EventFacts or
    ControlEvents, in reading order):
    rejected events dropped, edited ones with their edits, the analysts' events added, and only
    the verified ones when `verified_only`. Verified events come after the others, in their own
    reading order, so that between equally strong reports of one day the person's word wins, and
    their date basis is "review" and their kind never "hold", so a person-checked event is never
    taken for background."""
    log = _as_log(reviews)
    plain: list[EventFacts] = []
    checked: list[EventFacts] = []
    for event in facts:
        state = log.states.get(event.event_id)
        if state is None or not state.verified:
            if not verified_only and (state is None or state.review != REJECTED):
                plain.append(event)
            continue
        changed = {k: v for k, v in state.changes.items() if k in EventFacts._fields}
        if not isinstance(event, EventFacts):
            event = EventFacts(*(getattr(event, name) for name in EventFacts._fields))
        kind = GROUND if event.kind == HOLD else event.kind  # a person's word is never a standing line
        checked.append(event._replace(**changed, date_basis=REVIEW_BASIS, kind=kind))
    checked += [m.facts() for m in log.manual if log.review_of(m.event_id) == MANUAL]
    return plain + checked


def backed_by_review(event_ids: Iterable[str], verified: frozenset[str] | set[str]) -> bool:
    """Return True when at least one of a state's `event_ids` was checked by a person (the
    dashboard marks the other states as machine-read only)."""
    return any(event_id in verified for event_id in event_ids)


__all__ = [
    "ACCEPTED", "EDITED", "MANUAL", "REJECTED", "REVIEW_FRAME_COLUMNS", "ReviewLog", "apply_reviews",
    "backed_by_review", "fold_event", "order_key", "reviewed_facts", "reviewed_pieces",
]
