"""What a review is: the log's rows (Review), an analyst's own event (ManualEvent), one event's
reviewed state (EventReview), a place chosen for an edit (PlaceRef), and the errors.

Every value here is plain data; the store side is `frontmap.review.log`, the pure folding of a
log into states and reviewed events is `frontmap.review.apply`.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from frontmap.status import EVENT_STATUSES
from frontmap.timeline import EventFacts, as_date

# Actions: one row of the log each.
ACCEPT, REJECT, EDIT, ADD, UNDO = "accept", "reject", "edit", "add", "undo"
ACTIONS: tuple[str, ...] = (ACCEPT, REJECT, EDIT, ADD, UNDO)
#: Actions that need a note (a reason the next analyst can read).
NOTE_REQUIRED: frozenset[str] = frozenset({REJECT, EDIT, ADD})

# The `review` column of events.csv.
ACCEPTED, REJECTED, EDITED, MANUAL, UNREVIEWED = "accepted", "rejected", "edited", "manual", ""
#: Review kinds that mean a person checked the event: it counts as verified.
VERIFIED_KINDS: frozenset[str] = frozenset({ACCEPTED, EDITED, MANUAL})

#: Fields an edit may change (place carries district_id and province_code with it).
EDITABLE: tuple[str, ...] = ("status", "event_date", "place", "district_id", "province_code")
#: date_basis of an event whose date a person gave (never background, see frontmap.timeline).
REVIEW_BASIS = "review"
#: Manual event ids: "m" + 15 hex digits, never equal to an extracted id (16 hex digits).
MANUAL_PREFIX = "m"
MAX_REVIEWER = 80
MAX_NOTE = 4000


class ReviewError(ValueError):
    """A review cannot be recorded as asked; the message says why, in the user's terms."""


class UnknownEvent(ReviewError):
    """No stored or manual event has that id."""


class UnknownReview(ReviewError):
    """No review in the log has that id."""


class StaleReview(ReviewError):
    """The event was reviewed by someone else since the reviewer loaded it (see docs/review.md)."""

    def __init__(self, message: str, current_version: int):
        super().__init__(message)
        self.current_version = current_version


@dataclass(frozen=True)
class PlaceRef:
    """A place an analyst chose: its name, district (None for a whole province) and province."""

    place: str
    district_id: str | None
    province_code: str

    def to_fields(self) -> dict[str, Any]:
        """Return the place as the edit fields place, district_id, province_code."""
        return {"place": self.place, "district_id": self.district_id, "province_code": self.province_code}


@dataclass(frozen=True, eq=True)
class Review:
    """One row of the append-only review log.

    `fields`: for an edit, the new values of the changed fields (EDITABLE; event_date as ISO
    text); for an add, the manual event's fields; else empty. `target`: for an undo, the
    review_id undone; else ''. `snapshot`: the event's content when it was reviewed (its last
    known content, should re-extraction stop finding it). `created_at`: ISO UTC with
    microseconds, strictly increasing within one store.
    """

    review_id: str
    event_id: str
    action: str
    note: str
    reviewer: str
    created_at: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False)
    target: str = ""
    snapshot: dict[str, Any] = field(default_factory=dict, hash=False)

    def to_row(self) -> dict[str, str]:
        """Return the review as flat text (fields and snapshot as JSON): a CSV or table row."""
        return {
            "review_id": self.review_id, "event_id": self.event_id, "action": self.action,
            "fields": _json(self.fields), "note": self.note, "reviewer": self.reviewer,
            "created_at": self.created_at, "target": self.target, "snapshot": _json(self.snapshot),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Review:
        """Return the review of a to_row() dict (fields and snapshot as JSON text or dicts)."""
        return cls(
            review_id=str(row["review_id"]), event_id=str(row["event_id"]), action=str(row["action"]),
            note=str(row.get("note") or ""), reviewer=str(row["reviewer"]), created_at=str(row["created_at"]),
            fields=_unjson(row.get("fields")), target=str(row.get("target") or ""),
            snapshot=_unjson(row.get("snapshot")),
        )


#: The review log's columns, in order (the CSV export's header).
REVIEW_COLUMNS: tuple[str, ...] = tuple(Review.__dataclass_fields__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ManualEvent:
    """An event an analyst recorded that no article yielded (action add), with its edits applied."""

    event_id: str
    place: str
    district_id: str | None
    province_code: str
    status: str
    event_date: dt.date
    note: str
    url: str
    quote: str
    reviewer: str
    created_at: str

    def facts(self) -> EventFacts:
        """Return what the timeline reads of the event (no article: article_id '')."""
        return EventFacts(self.event_id, "", self.district_id, self.province_code, self.status,
                          self.event_date, REVIEW_BASIS)

    def to_row(self) -> dict[str, Any]:
        """Return the event as a row of an events frame (Store.events_frame(): dates as ISO text;
        excerpt: the quote, else the note)."""
        return {
            "event_id": self.event_id, "article_id": "", "file": "", "item": None, "place": self.place,
            "district_id": self.district_id, "province_code": self.province_code, "status": self.status,
            "event_date": self.event_date.isoformat(), "date_basis": REVIEW_BASIS, "excerpt": self.quote or self.note,
            "confidence": 1.0, "trigger": "", "title": "", "outlet": "", "agency": "",
            "published": None, "url": self.url,
        }


@dataclass(frozen=True)
class EventReview:
    """One event's reviewed state: the fold of its rows in the log (see apply.fold_event).

    `rows` and `active` are filled when folded from the log's rows, and empty when read from the
    store's per-event summary (frontmap.review.log), which keeps everything else.
    """

    event_id: str
    review: str  # ACCEPTED, REJECTED, EDITED, MANUAL or UNREVIEWED (every review undone)
    changes: dict[str, Any]  # the edits in force (EDITABLE fields; event_date a date)
    version: int  # rows in the log on this event, undos included: the stale-edit check's counter
    note: str = ""  # the latest review in force's note, reviewer and time ('' if none)
    reviewer: str = ""
    reviewed_at: str = ""
    added: dict[str, Any] | None = None  # a manual event's add in force: its fields, note, reviewer, created_at
    rows: tuple[Review, ...] = ()  # every row on the event, oldest first
    active: tuple[Review, ...] = ()  # the rows not undone (undo rows excluded)

    @property
    def verified(self) -> bool:
        """Return True when a person vouches for the event (accepted, edited or manual)."""
        return self.review in VERIFIED_KINDS

    @property
    def last(self) -> Review | None:
        """Return the latest row in force (None when every review was undone, or not folded from rows)."""
        return self.active[-1] if self.active else None

    def to_row(self) -> dict[str, Any]:
        """Return the state as a row of the store's summary table (changes and added as JSON)."""
        changes = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in self.changes.items()}
        return {"event_id": self.event_id, "review": self.review, "changes": _json(changes),
                "version": self.version, "note": self.note, "reviewer": self.reviewer,
                "reviewed_at": self.reviewed_at, "added": _json(self.added) if self.added is not None else ""}

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> EventReview:
        """Return the state of a row of the summary table (values in STATE_COLUMNS order), without rows."""
        event_id, review, changes_json, version, note, reviewer, reviewed_at, added = row
        changes = _unjson(changes_json)
        if "event_date" in changes:
            changes["event_date"] = dt.date.fromisoformat(changes["event_date"])
        return cls(event_id, review, changes, version, note, reviewer, reviewed_at, _unjson(added) if added else None)


#: The store's per-event summary columns, in order.
STATE_COLUMNS: tuple[str, ...] = ("event_id", "review", "changes", "version", "note", "reviewer", "reviewed_at",
                                  "added")


def parse_status(status: str) -> str:
    """Return `status` checked against the event statuses; ReviewError otherwise."""
    if status not in EVENT_STATUSES:
        raise ReviewError(f"status: expected one of {', '.join(EVENT_STATUSES)}, got {status!r}")
    return status


def parse_date(day: dt.date | str) -> dt.date:
    """Return `day` as a date (a date or YYYY-MM-DD); ReviewError otherwise."""
    try:
        return as_date(day, "date")
    except ValueError as error:
        raise ReviewError(str(error)) from None


def clean_text(value: str | None, what: str, limit: int, required: bool = False) -> str:
    """Return `value` stripped, with control characters removed; ReviewError when required and
    empty, or longer than `limit` characters. Notes and names are stored and shown as plain text."""
    text = "".join(ch for ch in (value or "") if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if required and not text:
        raise ReviewError(f"{what}: required")
    if len(text) > limit:
        raise ReviewError(f"{what}: at most {limit} characters, got {len(text)}")
    return text


def clean_reviewer(name: str | None) -> str:
    """Return the reviewer's name stripped and on one line; ReviewError when empty or too long."""
    return " ".join(clean_text(name, "reviewer", MAX_REVIEWER, required=True).split())


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _unjson(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return dict(value)
    if not value or value == "{}":
        return {}
    try:
        data = json.loads(value)
    except json.JSONDecodeError:
        raise ReviewError(f"expected a JSON object, got {str(value)[:60]!r}") from None
    if not isinstance(data, dict):
        raise ReviewError(f"expected a JSON object, got {str(value)[:60]!r}")
    return data
