"""Where each article's rows lie in events.csv, kept in the store so that merging a build into a
big events.csv (frontmap.outputs) copies the rows it keeps by byte range instead of reading the
whole file record by record.

The spans are noted with the mark (size, modification time) of the file they describe, and used
only for that file; without them the merge reads them off the file itself, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from frontmap.store import Store

TABLE = "events_csv_spans"


class CannotMerge(Exception):
    """The previous outputs cannot be merged with (the reason is the message): write them whole."""


@dataclass
class Spans:
    """The articles of events.csv in file order, each with its story as the file gives it and the
    byte offset where its rows end; the first article's rows start at `first`."""

    ids: list[str]
    stories: list[str]
    ends: np.ndarray  # int64
    first: int

    def bounds(self, number: int) -> tuple[int, int]:
        """Return the (start, end) byte offsets of the rows of article `number`."""
        start = self.first if number == 0 else int(self.ends[number - 1])
        return start, int(self.ends[number])


class SpansMaker:
    """Spans noted as a file is written: `add` each article's rows in file order."""

    def __init__(self, first: int) -> None:
        self.first = self.at = first
        self.ids: list[str] = []
        self.stories: list[str] = []
        self.ends: list[int] = []

    def add(self, article_id: str, story: str, length: int) -> None:
        """Note `length` bytes of rows of `article_id` (joined with its rows just before, if any)."""
        self.at += length
        if self.ids and self.ids[-1] == article_id:
            self.ends[-1] = self.at
            return
        self.ids.append(article_id)
        self.stories.append(story)
        self.ends.append(self.at)

    def spans(self) -> Spans:
        """Return the Spans noted."""
        return Spans(self.ids, self.stories, np.array(self.ends, dtype=np.int64), self.first)


@dataclass
class MergePlan:
    """The merged file's body: `steps` in order, each an article written fresh (its id) or a byte
    range kept from the old file; the articles to write fresh; the old byte ranges dropped; and
    for each article of the new file, (id, story, old span number or None when written fresh)."""

    steps: list[str | tuple[int, int]]
    fresh: list[str]
    dropped: list[tuple[int, int]]
    entries: list[tuple[str, str, int | None]]


def plan_merge(order: Iterable[tuple[str, str, bool]], spans: Spans, stories: dict[str, str]) -> MergePlan:
    """Return the MergePlan of the articles `order` gives ((article_id, story, changed) in reading
    order: Store.article_order) against the old file's `spans`: an article unchanged, in the old
    file with the same story, keeps its rows; any other is written fresh. Notes each article's
    story in `stories`. Raises CannotMerge when an unchanged article is missing from the old file."""
    position = {article_id: number for number, article_id in enumerate(spans.ids)}
    kept = np.zeros(len(spans.ids), dtype=bool)
    plan = MergePlan([], [], [], [])
    for article_id, story, changed in order:
        stories[article_id] = story
        number = position.get(article_id)
        if number is None and not changed:
            raise CannotMerge(f"article {article_id} is not in the old events.csv")
        if changed or spans.stories[number] != story:  # new, extracted again, or its story changed
            plan.steps.append(article_id)
            plan.fresh.append(article_id)
            plan.entries.append((article_id, story, None))
            continue
        kept[number] = True
        _add_range(plan.steps, spans.bounds(number))
        plan.entries.append((article_id, story, number))
    for number in np.flatnonzero(~kept).tolist():
        _add_range(plan.dropped, spans.bounds(number))
    return plan


def _add_range(ranges: list, bounds: tuple[int, int]) -> None:
    """Append byte range `bounds` to `ranges`, joined with the last one when they meet."""
    last = ranges[-1] if ranges else None
    if isinstance(last, tuple) and last[1] == bounds[0]:
        ranges[-1] = (last[0], bounds[1])
    else:
        ranges.append(bounds)


def spans_after(plan: MergePlan, spans: Spans, fresh_bytes: dict[str, int], first: int) -> Spans:
    """Return the Spans of the file written from `plan` (its rows starting at byte `first`):
    kept articles keep their length, fresh ones take `fresh_bytes` (an article without rows is
    left out, as the file leaves it)."""
    ids, stories, lengths = [], [], []
    for article_id, story, number in plan.entries:
        if number is None:
            length = fresh_bytes.get(article_id, 0)
        else:
            start, end = spans.bounds(number)
            length = end - start
        if length:
            ids.append(article_id)
            stories.append(story)
            lengths.append(length)
    return Spans(ids, stories, first + np.cumsum(np.array(lengths, dtype=np.int64)), first)


def read_spans(store: Store, mark: Any) -> Spans | None:
    """Return the Spans kept in `store` for the file `mark` (outputs._file_mark) names, or None
    when none are kept for it."""
    if not store.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)):
        return None
    parts = {row[0]: row[1] for row in store.query(f"SELECT part, data FROM {TABLE}")}
    if not {"mark", "ids", "stories", "ends", "first"} <= set(parts) or not isinstance(mark, list):
        return None
    if parts["mark"].decode() != repr(mark[-2:]):
        return None
    return Spans(_texts(parts["ids"]), _texts(parts["stories"]), np.frombuffer(parts["ends"], dtype=np.int64),
                 int(parts["first"].decode()))


def write_spans(store: Store, spans: Spans, mark: Any) -> None:
    """Keep `spans` in `store` as those of the file `mark` (outputs._file_mark) names."""
    parts = {"mark": repr(mark[-2:]).encode(), "ids": "\n".join(spans.ids).encode(),
             "stories": "\n".join(spans.stories).encode(), "ends": spans.ends.astype(np.int64).tobytes(),
             "first": str(spans.first).encode()}
    with store.transaction() as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (part TEXT PRIMARY KEY, data BLOB NOT NULL)")
        conn.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?)", parts.items())


def _texts(data: bytes) -> list[str]:
    return data.decode().split("\n") if data else []
