"""The review log in the store: an append-only table `reviews`, written one review per
transaction, with the stale-edit check inside that transaction.

The table is created on the first review (CREATE ... IF NOT EXISTS), so a store of any schema
version takes it without a migration, and a store with no table reads as one with no reviews.
Triggers refuse UPDATE and DELETE: a review is taken back by an undo row, never erased. The log
has no foreign key to `events`: a rebuild that replaces an article (and so its events) leaves
the reviews of those events in place; those whose event is no longer extracted are orphans.

Beside the log, `review_states` keeps each reviewed event's folded state, rewritten in the
transaction that appends a row on the event: a build reads one row per reviewed event instead
of folding the whole log. The log stays the truth: the states are used only while their
versions add up to the log's length (every row counts in exactly one event's version), and the
log is folded afresh otherwise.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from typing import Any

from frontmap.extract.events import EVENT_COLUMNS
from frontmap.review.apply import ReviewLog
from frontmap.review.model import (
    ACTIONS,
    MANUAL,
    MANUAL_PREFIX,
    REVIEW_COLUMNS,
    STATE_COLUMNS,
    EventReview,
    Review,
    StaleReview,
    UnknownEvent,
)
from frontmap.store import Store

TABLE = "reviews"
STATES = "review_states"  # one row per reviewed event: the log folded, kept in step by every write
_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ({", ".join(f"'{a}'" for a in ACTIONS)})),
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{{}}',
    target TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX IF NOT EXISTS reviews_event ON {TABLE}(event_id);
CREATE INDEX IF NOT EXISTS reviews_time ON {TABLE}(created_at);
CREATE TABLE IF NOT EXISTS {STATES} (
    event_id TEXT PRIMARY KEY, review TEXT NOT NULL, changes TEXT NOT NULL, version INTEGER NOT NULL,
    note TEXT NOT NULL, reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL, added TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON {TABLE}
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON {TABLE}
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""
_COLUMNS = ", ".join(REVIEW_COLUMNS)
#: What a snapshot keeps of an extracted event (its last known content).
SNAPSHOT_FIELDS = tuple(c for c in EVENT_COLUMNS if c != "trigger")


def ensure_table(conn: sqlite3.Connection) -> None:
    """Create the review log's table, index and triggers if absent (inside the caller's transaction)."""
    for statement in _DDL.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def has_table(store: Store, name: str = TABLE) -> bool:
    """Return True when the store holds the table `name` (default: the review log)."""
    return bool(store.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))


def read_rows(store: Store, event_id: str | None = None, snapshots: bool = True) -> list[Review]:
    """Return the log's rows (all, or those on `event_id`) in the order they were appended;
    without their snapshots (left empty: quicker) unless `snapshots`."""
    if not has_table(store):
        return []
    where, params = ("WHERE event_id = ?", (event_id,)) if event_id is not None else ("", ())
    columns = _COLUMNS if snapshots else _COLUMNS.replace("snapshot", "'{}' AS snapshot")
    rows = store.query(f"SELECT {columns} FROM {TABLE} {where} ORDER BY seq", params)
    return [Review.from_row(dict(r)) for r in rows]


def find_row(store: Store, review_id: str) -> Review | None:
    """Return the log's row `review_id`, or None."""
    if not has_table(store):
        return None
    rows = store.query(f"SELECT {_COLUMNS} FROM {TABLE} WHERE review_id = ?", (review_id,))
    return Review.from_row(dict(rows[0])) if rows else None


def read_log(store: Store) -> ReviewLog:
    """Return the store's review log folded (ReviewLog without rows; empty when nothing was
    reviewed), from the per-event states when they match the log, else from the log itself."""
    if not has_table(store):
        return ReviewLog.of(())
    if not _states_match(store):
        return ReviewLog.from_states(ReviewLog.of(read_rows(store, snapshots=False)).states.values())
    rows = store.query(f"SELECT {', '.join(STATE_COLUMNS)} FROM {STATES}")
    return ReviewLog.from_states(map(EventReview.from_row, rows))


def _states_match(store: Store) -> bool:
    """Return True when the per-event states account for every row of the log."""
    if not has_table(store, STATES):
        return False
    total, counted = store.query(
        f"SELECT (SELECT count(*) FROM {TABLE}), (SELECT coalesce(sum(version), 0) FROM {STATES})")[0]
    return total == counted


def read_full_log(store: Store, snapshots: bool = True) -> ReviewLog:
    """Return the store's review log folded from all its rows (kept in `rows`, with their
    snapshots unless not `snapshots`)."""
    return ReviewLog.of(read_rows(store, snapshots=snapshots))


def save_state(conn: sqlite3.Connection, event_id: str) -> EventReview | None:
    """Fold the log's rows on `event_id` and store the result in the per-event states (inside
    the caller's transaction); return it."""
    state = _state_in(conn, event_id)
    if state is not None:
        row = state.to_row()
        conn.execute(f"INSERT OR REPLACE INTO {STATES} ({', '.join(STATE_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * len(STATE_COLUMNS))})", tuple(row[c] for c in STATE_COLUMNS))
    return state


def new_review_id() -> str:
    """Return a fresh review id: 16 hex digits, random, so that two analysts' ids never meet."""
    return uuid.uuid4().hex[:16]


def new_manual_id() -> str:
    """Return a fresh manual event id: "m" and 15 hex digits."""
    return MANUAL_PREFIX + uuid.uuid4().hex[:15]


def _next_time(conn: sqlite3.Connection) -> str:
    """Return now (ISO UTC, microseconds), or just after the log's latest time if that is later,
    so the log's times strictly increase and order its rows the same in every store."""
    now = dt.datetime.now(dt.UTC)
    latest = conn.execute(f"SELECT max(created_at) FROM {TABLE}").fetchone()[0]
    if latest:
        after = dt.datetime.fromisoformat(latest) + dt.timedelta(microseconds=1)
        now = max(now, after)
    return now.isoformat(timespec="microseconds")


def insert(conn: sqlite3.Connection, review: Review) -> None:
    """Append `review` to the log (inside the caller's transaction)."""
    row = review.to_row()
    conn.execute(f"INSERT INTO {TABLE} ({_COLUMNS}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row[c] for c in REVIEW_COLUMNS))


def _state_in(conn: sqlite3.Connection, event_id: str) -> EventReview | None:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {TABLE} WHERE event_id = ? ORDER BY seq", (event_id,))
    log = ReviewLog.of(Review.from_row(dict(r)) for r in rows)
    return log.state(event_id)


def extracted_snapshot(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """Return the stored extracted event `event_id` as a snapshot dict, or None if not stored."""
    row = conn.execute(f"SELECT {', '.join(SNAPSHOT_FIELDS)} FROM events WHERE event_id = ?", (event_id,)).fetchone()
    return dict(row) if row is not None else None


def append(store: Store, make: Any, event_id: str | None, expected_version: int | None,
           must_exist: bool = True) -> Review:
    """Append the review that `make(state, snapshot, created_at)` returns, in one write
    transaction that first checks that event `event_id` exists (when `must_exist`) and that its
    version is `expected_version` (when given). `event_id` None: a new manual event (no checks).
    Returns the review."""
    with store.transaction() as conn:
        ensure_table(conn)
        state, snapshot = None, {}
        if event_id is not None:
            state = _state_in(conn, event_id)
            snapshot = _current_content(conn, event_id, state, must_exist)
            _check_version(event_id, state, expected_version)
        review = make(state, snapshot, _next_time(conn))
        insert(conn, review)
        save_state(conn, review.event_id)
        return review


def _current_content(conn: sqlite3.Connection, event_id: str, state: EventReview | None,
                     must_exist: bool) -> dict[str, Any]:
    """Return what the event says now (the extracted event, or the manual one's fields); when
    there is no such event, UnknownEvent if `must_exist`, else {}."""
    snapshot = extracted_snapshot(conn, event_id)
    if snapshot is not None:
        return snapshot
    if state is not None and state.review == MANUAL and state.added is not None:
        return {**state.added, **{k: str(v) for k, v in state.changes.items()}, "event_id": event_id}
    if not must_exist:
        return {}
    if state is not None and any(r.action == "add" for r in state.rows):
        raise UnknownEvent(f"event {event_id}: the analyst's event was undone (undo the undo's review "
                           "instead, or add the event again)")
    raise UnknownEvent(f"event {event_id}: no such event in this data directory (see `frontmap review list`)")


def _check_version(event_id: str, state: EventReview | None, expected: int | None) -> None:
    """Refuse a review based on an older state of the event than the log's (StaleReview)."""
    current = state.version if state else 0
    if expected is None or expected == current:
        return
    last = state.rows[-1] if state and state.rows else None
    who = f"{last.reviewer} ({last.action}, {last.created_at[:19].replace('T', ' ')} UTC)" if last else "someone"
    raise StaleReview(
        f"event {event_id} was reviewed by {who} after you loaded it: your review was not applied; "
        "reload the event and review it again", current)


__all__ = [
    "SNAPSHOT_FIELDS",
    "TABLE",
    "append",
    "ensure_table",
    "extracted_snapshot",
    "find_row",
    "has_table",
    "insert",
    "new_manual_id",
    "new_review_id",
    "read_full_log",
    "read_log",
    "read_rows",
    "save_state",
]
