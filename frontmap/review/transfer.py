"""The review log as CSV: export one store's log, import (merge) another analyst's.

The CSV has the log's columns (model.REVIEW_COLUMNS; fields and snapshot as JSON). Import adds
every review the store does not hold yet (review ids are random, so two analysts' reviews never
share one), keeping their reviewers and times; the merged log orders all rows by time, so the
later word on an event wins. Nothing is lost: where both analysts' reviews of one event disagree
the import lists a conflict, and both rows stay in the log.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontmap.review import log as review_log
from frontmap.review.apply import ReviewLog
from frontmap.review.model import (
    ACTIONS,
    REVIEW_COLUMNS,
    UNDO,
    Review,
    ReviewError,
    clean_reviewer,
)
from frontmap.store import Store


def export_csv(store: Store, path: Path | str) -> int:
    """Write the store's whole review log to `path` (CSV, log order; written via a temporary
    file and a rename); return the number of reviews written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    rows = review_log.read_full_log(store).rows
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(REVIEW_COLUMNS))
            writer.writeheader()
            writer.writerows(r.to_row() for r in rows)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


@dataclass(frozen=True)
class Conflict:
    """Two analysts' reviews of one event that disagree; the later one is in force."""

    event_id: str
    ours: Review
    theirs: Review
    result: str  # the event's review kind after the merge

    def describe(self) -> str:
        """Return the conflict as one line for the CLI."""
        def said(r: Review) -> str:
            return f"{r.action} by {r.reviewer} at {r.created_at[:19].replace('T', ' ')}"
        return (f"event {self.event_id}: {said(self.ours)} (here) vs {said(self.theirs)} (imported); "
                f"now {self.result or 'unreviewed'}, both kept in the log")

    def to_dict(self) -> dict[str, Any]:
        """Return the conflict as JSON-ready values."""
        return {"event_id": self.event_id, "ours": self.ours.review_id, "theirs": self.theirs.review_id,
                "result": self.result}


@dataclass
class ImportReport:
    """What an import did: reviews added, already held, rows refused, conflicts."""

    added: int = 0
    already: int = 0
    refused: list[str] = field(default_factory=list)  # "row N: why"
    conflicts: list[Conflict] = field(default_factory=list)

    def describe(self) -> str:
        """Return the report as a few lines for the CLI."""
        lines = [f"reviews added: {self.added} (already here: {self.already}, rows refused: {len(self.refused)})"]
        lines += [f"  {why}" for why in self.refused]
        lines.append(f"conflicts: {len(self.conflicts)}")
        lines += [f"  {c.describe()}" for c in self.conflicts]
        return "\n".join(lines)


def _checked(row: dict[str, Any]) -> Review:
    """Return the review of a CSV row; ReviewError saying what is wrong with it."""
    review = Review.from_row(row)
    if review.action not in ACTIONS:
        raise ReviewError(f"action {review.action!r} is not one of {', '.join(ACTIONS)}")
    if not review.review_id or not review.event_id:
        raise ReviewError("review_id and event_id are required")
    if review.action == UNDO and not review.target:
        raise ReviewError("an undo needs the target review_id")
    clean_reviewer(review.reviewer)
    try:
        dt.datetime.fromisoformat(review.created_at)
    except ValueError:
        raise ReviewError(f"created_at {review.created_at!r} is not an ISO time") from None
    return review


def read_csv(path: Path | str, report: ImportReport) -> list[Review]:
    """Return the reviews of an exported CSV; bad rows are counted in `report.refused` and
    skipped. ReviewError when the file is not a review export."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REVIEW_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ReviewError(f"{path}: not a review export (missing columns: {', '.join(missing)})")
        reviews = []
        for number, row in enumerate(reader, start=2):
            try:
                reviews.append(_checked(row))
            except (ReviewError, KeyError) as error:
                report.refused.append(f"row {number}: {error}")
    return reviews


def import_csv(store: Store, path: Path | str) -> ImportReport:
    """Merge the reviews of `path` (an export_csv file) into the store's log, in one transaction;
    return what was added, refused, and where the two logs disagree (see the module doc)."""
    report = ImportReport()
    incoming = read_csv(path, report)
    with store.transaction() as conn:  # read and written in one transaction: a concurrent import waits
        review_log.ensure_table(conn)
        ours = review_log.read_rows(store, snapshots=False)
        seen = {r.review_id for r in ours}
        new = []
        for review in incoming:
            if review.review_id in seen:
                report.already += 1
                continue
            seen.add(review.review_id)
            new.append(review)
        for review in new:
            review_log.insert(conn, review)
        for event_id in sorted({review.event_id for review in new}):
            review_log.save_state(conn, event_id)
    report.added = len(new)
    report.conflicts = conflicts(ours, new)
    return report


def conflicts(ours: list[Review], theirs: list[Review]) -> list[Conflict]:
    """Return the events on which the reviews in force in `ours` and in `theirs` disagree."""
    mine, other = ReviewLog.of(ours), ReviewLog.of(theirs)
    merged = ReviewLog.of([*ours, *theirs])
    found = []
    for event_id in sorted({r.event_id for r in theirs}):
        a, b = mine.state(event_id), other.state(event_id)
        if a is None or b is None or a.last is None or b.last is None:
            continue
        if (a.review, a.changes) != (b.review, b.changes):
            found.append(Conflict(event_id, a.last, b.last, merged.review_of(event_id)))
    return found
