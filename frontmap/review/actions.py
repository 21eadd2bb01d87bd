"""What an analyst does to events: accept, reject, edit, add, undo (one log row each), and what
they read back: the log, each event's state, the orphans.

Every action runs in one SQLite write transaction (BEGIN IMMEDIATE) that checks the event and,
when the caller passes `expected_version` (the event's `version` when the reviewer loaded it),
refuses with StaleReview if someone reviewed the event meanwhile. Two analysts on one store so
never overwrite each other; each row names its reviewer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from frontmap.review import log as review_log
from frontmap.review.apply import ReviewLog
from frontmap.review.model import (
    ACCEPT,
    ADD,
    EDIT,
    EDITABLE,
    MAX_NOTE,
    NOTE_REQUIRED,
    REJECT,
    UNDO,
    EventReview,
    ManualEvent,
    PlaceRef,
    Review,
    ReviewError,
    UnknownReview,
    clean_reviewer,
    clean_text,
    parse_date,
    parse_status,
)
from frontmap.store import Store


def _note(action: str, note: str | None) -> str:
    return clean_text(note, f"note (a {action} needs a reason)", MAX_NOTE, required=action in NOTE_REQUIRED)


def _decide(store: Store, action: str, event_id: str, note: str | None, reviewer: str,
            fields: dict[str, Any], expected_version: int | None) -> Review:
    """Append an accept, reject or edit of `event_id` (see the module doc); return the row."""
    text, name = _note(action, note), clean_reviewer(reviewer)

    def make(state, snapshot, created_at) -> Review:
        return Review(review_log.new_review_id(), event_id, action, text, name, created_at,
                      fields=fields, snapshot=snapshot)

    return review_log.append(store, make, event_id, expected_version)


def accept(store: Store, event_id: str, note: str | None, reviewer: str,
           expected_version: int | None = None) -> Review:
    """Record that `reviewer` checked event `event_id` and it is right; return the log row.

    Raises UnknownEvent (no such event), StaleReview (reviewed meanwhile), ReviewError (bad name).
    """
    return _decide(store, ACCEPT, event_id, note, reviewer, {}, expected_version)


def reject(store: Store, event_id: str, note: str, reviewer: str,
           expected_version: int | None = None) -> Review:
    """Record that event `event_id` is wrong (it stops counting; its row stays, marked); return
    the log row. `note` (why) is required. Errors as accept()."""
    return _decide(store, REJECT, event_id, note, reviewer, {}, expected_version)


def edit(store: Store, event_id: str, note: str, reviewer: str, expected_version: int | None = None,
         *, status: str | None = None, event_date: dt.date | str | None = None,
         place: PlaceRef | None = None) -> Review:
    """Record corrections of event `event_id`: any of `status`, `event_date`, `place` (a PlaceRef,
    see frontmap.review.places.resolve_place); return the log row. `note` is required, and at
    least one change. Errors as accept()."""
    fields: dict[str, Any] = {}
    if status is not None:
        fields["status"] = parse_status(status)
    if event_date is not None:
        fields["event_date"] = parse_date(event_date).isoformat()
    if place is not None:
        fields.update(place.to_fields())
    if not fields:
        raise ReviewError(f"edit: give at least one of {', '.join(EDITABLE[:3])}")
    return _decide(store, EDIT, event_id, note, reviewer, fields, expected_version)


def add_manual(store: Store, place: PlaceRef, status: str, event_date: dt.date | str, note: str,
               reviewer: str, url: str = "", quote: str = "") -> ManualEvent:
    """Record an event `reviewer` knows of that no article yielded; return it (its event_id is
    new, "m" + 15 hex digits). `note` is required; `url` and `quote` (the source's words) optional."""
    fields = {**place.to_fields(), "status": parse_status(status), "event_date": parse_date(event_date).isoformat(),
              "url": clean_text(url, "url", 2000), "quote": clean_text(quote, "quote", MAX_NOTE)}
    text, name, event_id = _note(ADD, note), clean_reviewer(reviewer), review_log.new_manual_id()

    def make(state, snapshot, created_at) -> Review:
        return Review(review_log.new_review_id(), event_id, ADD, text, name, created_at, fields=fields)

    review = review_log.append(store, make, None, None)
    return ManualEvent(event_id, place.place, place.district_id, place.province_code, fields["status"],
                       parse_date(event_date), text, fields["url"], fields["quote"], name, review.created_at)


def undo(store: Store, review_id: str, reviewer: str, note: str | None = None,
         expected_version: int | None = None) -> Review:
    """Take back review `review_id` (an accept, reject, edit or add): append an undo row and
    return it. Raises UnknownReview, ReviewError (already undone, or an undo), StaleReview."""
    target = review_log.find_row(store, review_id)
    if target is None:
        raise UnknownReview(f"review {review_id}: no such review (see `frontmap review list`)")
    if target.action == UNDO:
        raise ReviewError(f"review {review_id} is an undo; undo cannot be undone (review the event again)")
    text, name = _note(UNDO, note), clean_reviewer(reviewer)

    def make(state, snapshot, created_at) -> Review:
        if state is not None and any(r.target == review_id for r in state.rows):
            raise ReviewError(f"review {review_id} was already undone")
        return Review(review_log.new_review_id(), target.event_id, UNDO, text, name, created_at,
                      target=review_id, snapshot=snapshot)

    return review_log.append(store, make, target.event_id, expected_version, must_exist=False)


def list_reviews(store: Store, event_id: str | None = None) -> list[Review]:
    """Return the review log (every row, or those on `event_id`), oldest first."""
    return [r for r in review_log.read_full_log(store).rows if event_id is None or r.event_id == event_id]


def reviews_of(store: Store, event_id: str) -> EventReview | None:
    """Return the reviewed state of `event_id` (None if never reviewed): its review kind,
    changes, version (pass it back as expected_version), rows."""
    return ReviewLog.of(review_log.read_rows(store, event_id)).state(event_id)


@dataclass(frozen=True)
class Orphan:
    """Reviews of an event that is no longer extracted, with the event's last known content."""

    event_id: str
    state: EventReview
    last_known: dict[str, Any]  # the snapshot of the latest review that carried one
    successors: tuple[str, ...] = ()  # events the same article now yields on the same place: review one of them?

    def to_dict(self) -> dict[str, Any]:
        """Return the orphan as JSON-ready values: event_id, review, reviews (ids), last_known, successors."""
        return {"event_id": self.event_id, "review": self.state.review,
                "reviews": [r.review_id for r in self.state.rows], "last_known": self.last_known,
                "successors": list(self.successors)}


def orphaned(store: Store) -> list[Orphan]:
    """Return the reviewed events that the store no longer holds (re-extraction stopped finding
    them), oldest review first, each with the events its article now yields on the same place
    (the likely successors, for the analyst to review); manual events are never orphans. Their
    reviews stay in the log and apply again if the event is extracted again."""
    folded = review_log.read_full_log(store)
    extracted = {r[0] for r in store.query("SELECT event_id FROM events")}
    orphans = []
    for event_id, state in folded.states.items():
        if event_id in extracted or any(r.action == ADD for r in state.rows):
            continue
        last_known = next((r.snapshot for r in reversed(state.rows) if r.snapshot), {})
        orphans.append(Orphan(event_id, state, last_known, _successors(store, last_known)))
    return orphans


def _successors(store: Store, last_known: dict[str, Any]) -> tuple[str, ...]:
    """Return the stored events of the same article and place as the snapshot `last_known`."""
    if not last_known.get("article_id"):
        return ()
    rows = store.query(
        "SELECT event_id FROM events WHERE article_id = ? AND province_code = ? AND district_id IS ? ORDER BY position",
        (last_known["article_id"], last_known.get("province_code"), last_known.get("district_id")))
    return tuple(r[0] for r in rows)
