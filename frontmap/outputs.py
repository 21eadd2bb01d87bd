"""events.csv and timeline.csv: written whole, or merged with what the previous build wrote.

A big store gains a few articles a build. Rewriting both files from every stored event costs far
more than the new articles do, so when the files the last writer left are intact (same size and
modification time as it noted in the store) and nothing they depend on changed since (reviews,
district table, timeline span), a build merges instead:

- events.csv keeps the rows of the articles it already held, byte for byte, in place; the rows of
  articles stored since, replaced since, or whose story changed are written fresh, and the rows of
  articles no longer stored are dropped. The file's order (reading order) is the same as a full
  write, so the result is byte-identical to one. Where each article's rows lie is kept in the
  store (frontmap.events_spans): the rows kept are copied by byte range, not read record by record.
- timeline.csv keeps the states of the districts no changed article touches, and works out again
  the districts those articles' events (old and new) are on, from all of those districts' events.

Anything unexpected (a file edited by hand, an article missing from the old file, a review moving
an event to another place) falls back to the full write. Both files are replaced atomically, and
the note in the store is written last, so a crash in between only costs the next build a full write.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import mmap
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from frontmap.events_spans import CannotMerge, Spans, SpansMaker, plan_merge, read_spans, spans_after, write_spans
from frontmap.extract.events import EVENT_COLUMNS
from frontmap.review import ReviewLog, read_log
from frontmap.review.apply import apply_reviews, reviewed_pieces
from frontmap.store import Store
from frontmap.stored_timeline import DistrictSubset, timeline_from_store, timeline_span
from frontmap.timeline import TIMELINE_CSV_COLUMNS

EVENTS_CSV = "events.csv"
TIMELINE_CSV = "timeline.csv"
#: events.csv columns: the events' (the contract's, then trigger), the article's title, outlet,
#: published and story (one id shared by the syndicated copies of one story), then the analysts'
#: review (accepted, rejected, edited, manual or '').
EVENTS_CSV_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, "title", "outlet", "published", "story", "review")
_NOTE = "outputs"
_NOTE_FORMAT = 1
_ARTICLE_FIELD = 1  # events.csv: event_id, article_id, ...
_DISTRICT_FIELD = EVENTS_CSV_COLUMNS.index("district_id")
_PLACE_EDITS = {"district_id", "province_code"}
_RULES = ("outputs.py", "stored_timeline.py", "timeline.py", "change_points.py", "status.py", "intake/stories.py",
          "events_spans.py", "review/apply.py", "review/model.py")


@dataclass
class Written:
    """What write_outputs wrote: the paths, and the districts with a state in the timeline."""

    events_csv: Path
    timeline_csv: Path
    districts_with_state: int
    merged: bool


# ---------------------------------------------------------------- writing files


def write_atomic(path: Path, write: Callable[[Any], Any]) -> Any:
    """Call `write(binary handle)` on a temporary file beside `path`, then rename it to `path`;
    return what `write` returned."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own (not the process id, which every thread of a server shares).
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        with tmp.open("wb") as handle:
            result = write(handle)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return result


def write_csv_pieces_atomic(frames: Iterable[pd.DataFrame], path: Path) -> Path:
    """Write `frames` (pieces of one table, same columns) to `path` as one CSV with one header,
    via a temporary file and a rename; return `path`. Only one piece is in memory at a time."""
    def write(handle: Any) -> None:
        for n, frame in enumerate(frames):
            handle.write(csv_bytes(frame, header=n == 0))

    write_atomic(path, write)
    return path


def write_csv_atomic(frame: pd.DataFrame, path: Path) -> Path:
    """Write `frame` to `path` as CSV via a temporary file and a rename; return `path`."""
    return write_csv_pieces_atomic([frame], path)


def csv_bytes(frame: pd.DataFrame, header: bool = False) -> bytes:
    """Return `frame` as CSV bytes (no index), as every events.csv and timeline.csv row is written."""
    return frame.to_csv(index=False, header=header).encode("utf-8")


def events_csv_frame(events: pd.DataFrame) -> pd.DataFrame:
    """Return `events` (Store.events_frame()) with events.csv's columns, dates ISO, item blank if none."""
    frame = events.reindex(columns=list(EVENTS_CSV_COLUMNS)).copy()
    frame["confidence"] = frame["confidence"].astype(float).round(3)
    return frame


def _header(columns: Iterable[str]) -> bytes:
    return csv_bytes(pd.DataFrame(columns=list(columns)), header=True)


def records(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the CSV records of `lines` (each with its line end; a quoted field may hold line ends)."""
    pending: list[bytes] = []
    quotes = 0
    for line in lines:
        if not pending and not line.count(b'"') % 2:  # the usual case: a whole record
            yield line
            continue
        pending.append(line)
        quotes += line.count(b'"')
        if quotes % 2 == 0:  # inside quotes, a quote is doubled: an odd count leaves a field open
            yield b"".join(pending)
            pending, quotes = [], 0
    if pending:
        raise CannotMerge("the file ends inside a quoted field")


def _runs(lines: Iterable[bytes], field: int) -> Iterator[tuple[str, list[bytes]]]:
    """Yield (key, records) for each run of consecutive records of `lines` sharing their `field`-th
    field (a field without commas or quotes: ids)."""
    key, run = None, []
    for record in records(lines):
        mine = record.split(b",", field + 1)[field].decode()
        if mine != key and run:
            yield key, run
            run = []
        key = mine
        run.append(record)
    if run:
        yield key, run


# ---------------------------------------------------------------- the note of what was written


def _digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _basis(span: tuple[dt.date | None, dt.date | None], reviews: ReviewLog, districts: pd.DataFrame) -> str:
    """Return a digest of what both files depend on besides the stored articles."""
    states = sorted((event_id, repr(state)) for event_id, state in reviews.states.items())
    table = districts[["district_id", "province_code", "district", "province"]].to_csv(index=False)
    return _digest(_NOTE_FORMAT, states, table, span, EVENTS_CSV_COLUMNS, TIMELINE_CSV_COLUMNS, rules_digest())


@functools.lru_cache(maxsize=1)
def rules_digest() -> str:
    """Return a digest of the code that turns stored events into the two files (the timeline's
    rules, one copy per story, reviews, these writers): a state kept from files written under
    other rules would not be the state a whole write gives. (A change of the extraction has every
    article extracted again: frontmap.build.extraction_fingerprint.)"""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _RULES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()[:16]


def _file_mark(path: Path) -> list[Any]:
    """Return what identifies the file a build wrote: its name, size and modification time."""
    stat = path.stat()
    return [path.name, stat.st_size, stat.st_mtime_ns]


def _is_noted(path: Path, mark: Any) -> bool:
    """Return True when `path` is the file `mark` (_file_mark) noted. Only its size and
    modification time count, not its folder: a data directory copied or moved with its times
    kept still holds the files its store noted."""
    return path.is_file() and isinstance(mark, list) and _file_mark(path)[1:] == mark[-2:]


def _read_note(store: Store, out: Path, basis: str) -> dict[str, Any]:
    """Return the note of the last outputs written to `out`, when they can be merged with."""
    text = store.read_note(_NOTE)
    if text is None:
        raise CannotMerge("no outputs noted")
    note = json.loads(text)
    if note.get("basis") != basis:
        raise CannotMerge("reviews, districts or span changed")
    for name, key in ((EVENTS_CSV, "events"), (TIMELINE_CSV, "timeline")):
        path = out / name
        if not _is_noted(path, note.get(key)):
            raise CannotMerge(f"{path} is not the file noted")
    return note


def _write_note(store: Store, out: Path, basis: str, own_build: int | None, store_bytes: int) -> None:
    latest, running = store.build_marks(own_build)
    store.write_note(_NOTE, json.dumps({
        "basis": basis, "covered": latest, "reopened": running, "store_bytes": store_bytes,
        "events": _file_mark(out / EVENTS_CSV), "timeline": _file_mark(out / TIMELINE_CSV),
    }))


# ---------------------------------------------------------------- events.csv


def _write_events_whole(store: Store, reviews: ReviewLog, path: Path) -> int:
    """Write events.csv from every stored event, its Spans kept in the store for the next merge;
    return the bytes before the analysts' own events."""
    header = _header(EVENTS_CSV_COLUMNS)
    maker = SpansMaker(len(header))

    def write(handle: Any) -> int:
        handle.write(header)
        for piece in store.events_frames():
            rows = csv_bytes(events_csv_frame(apply_reviews(piece, reviews, with_manual=False)))
            handle.write(rows)
            _note_rows(maker, rows.splitlines(keepends=True))
        store_bytes = handle.tell()
        _write_manual(handle, reviews)
        return store_bytes

    store_bytes = write_atomic(path, write)
    write_spans(store, maker.spans(), _file_mark(path))
    return store_bytes


def _write_manual(handle: Any, reviews: ReviewLog) -> None:
    """Write the analysts' own events (events.csv ends with them)."""
    for piece in reviewed_pieces((), reviews):
        handle.write(csv_bytes(events_csv_frame(piece)))


def _fresh_rows(store: Store, article_ids: list[str], reviews: ReviewLog) -> tuple[dict[str, list[bytes]], set[str]]:
    """Return the events.csv rows of `article_ids`, by article, and the districts their events are on."""
    frame = apply_reviews(store.events_frame(article_ids), reviews, with_manual=False)
    text = csv_bytes(events_csv_frame(frame)).splitlines(keepends=True) if len(frame) else []
    by_article = dict(_runs(text, _ARTICLE_FIELD))
    return by_article, set(frame["district_id"].dropna())


def _districts_of(rows: Iterable[bytes]) -> set[str]:
    """Return the district ids of events.csv `rows` (parsed: names may hold commas)."""
    text = b"".join(rows).decode("utf-8")
    return {row[_DISTRICT_FIELD] for row in csv.reader(io.StringIO(text, newline="")) if row[_DISTRICT_FIELD]}


def _merge_events(store: Store, note: dict[str, Any], reviews: ReviewLog, path: Path,
                  stories: dict[str, str]) -> tuple[int, set[str]]:
    """Merge events.csv with the articles changed since `note`; return the bytes before the
    analysts' own events and the districts whose events changed. Fills `stories` (article_id ->
    story, for every article with events)."""
    header = _header(EVENTS_CSV_COLUMNS)
    with path.open("rb") as handle:
        if handle.readline() != header:
            raise CannotMerge("events.csv has other columns")
        spans = read_spans(store, note["events"]) or _spans_of(handle, note["store_bytes"])
        plan = plan_merge(store.article_order(note["covered"], note["reopened"]), spans, stories)
        rows, touched = _fresh_rows(store, plan.fresh, reviews)
        with _mapped(handle) as old:
            touched |= _districts_of(old[start:end] for start, end in plan.dropped)

            def write(out: Any) -> int:
                out.write(header)
                for step in plan.steps:
                    out.writelines(rows.get(step, ()) if isinstance(step, str) else (old[step[0]:step[1]],))
                store_bytes = out.tell()
                _write_manual(out, reviews)
                return store_bytes

            store_bytes = write_atomic(path, write)
    fresh_bytes = {article_id: sum(map(len, run)) for article_id, run in rows.items()}
    write_spans(store, spans_after(plan, spans, fresh_bytes, len(header)), _file_mark(path))
    return store_bytes, touched


@contextmanager
def _mapped(handle: Any) -> Iterator[memoryview]:
    """Map the file of binary `handle` into memory for the block; yield a view of its bytes (the
    rows kept are copied from it without reading them into Python objects)."""
    with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        view = memoryview(mapped)
        try:
            yield view
        finally:
            view.release()


def _spans_of(handle: Any, stop: int) -> Spans:
    """Return the Spans of the events.csv rows of binary `handle`, from where it is (after the
    header) to byte `stop`, read record by record (when none are kept for the file)."""
    maker = SpansMaker(handle.tell())
    _note_rows(maker, _lines_before(handle, stop))
    return maker.spans()


def _note_rows(maker: SpansMaker, lines: Iterable[bytes]) -> None:
    """Note the events.csv rows of `lines` in `maker`, article by article."""
    for article_id, run in _runs(lines, _ARTICLE_FIELD):
        maker.add(article_id, run[0].rsplit(b",", 3)[-2].decode(), sum(map(len, run)))  # story: before review


def _lines_before(handle: Any, stop: int) -> Iterator[bytes]:
    """Yield the lines of binary `handle`, from where it is, that end at or before byte `stop`."""
    at = handle.tell()
    for line in handle:
        at += len(line)
        if at > stop:
            break
        yield line


# ---------------------------------------------------------------- timeline.csv


def _merge_timeline(store: Store, reviews: ReviewLog, districts: pd.DataFrame, touched: DistrictSubset,
                    path: Path) -> int:
    """Work out the `touched` districts again and merge them into timeline.csv; return the number
    of districts with a state."""
    if any(_PLACE_EDITS & set(state.changes) for state in reviews.states.values() if state.changes):
        raise CannotMerge("a review moves an event to another place")
    if touched.span[0] is None:
        raise CannotMerge("an undated store: its timeline starts where most events fall")
    header = _header(TIMELINE_CSV_COLUMNS)
    with path.open("rb") as handle:
        if handle.readline() != header:
            raise CannotMerge("timeline.csv has other columns")
        by_district = {key: run for key, run in _runs(handle, 0) if key not in touched.districts}
    if touched.districts:
        frame = timeline_from_store(store, districts, reviews=reviews, only=touched).to_frame()
        by_district.update(_runs(csv_bytes(frame).splitlines(keepends=True), 0) if len(frame) else ())

    def write(handle: Any) -> None:
        handle.write(header)
        for district_id in sorted(by_district):
            handle.writelines(by_district[district_id])

    write_atomic(path, write)
    return len(by_district)


# ---------------------------------------------------------------- both


def write_outputs(store: Store, districts: pd.DataFrame, out: Path, own_build: int | None = None) -> Written:
    """Write events.csv and timeline.csv to `out` from the store, reviews applied: merged with the
    previous ones when they allow it (see the module docstring), else whole. Returns what it wrote.
    `own_build` is the build writing them (its articles are counted as written)."""
    reviews = read_log(store)
    span = timeline_span(store)
    basis = _basis(span, reviews, districts)
    events_path, timeline_path = out / EVENTS_CSV, out / TIMELINE_CSV
    try:
        note = _read_note(store, out, basis)
        stories: dict[str, str] = {}
        store_bytes, touched = _merge_events(store, note, reviews, events_path, stories)
        with_state = _merge_timeline(store, reviews, districts, DistrictSubset(touched, stories, span), timeline_path)
        merged = True
    except CannotMerge:
        store_bytes = _write_events_whole(store, reviews, events_path)
        timeline = timeline_from_store(store, districts, reviews=reviews)
        write_csv_atomic(timeline.to_frame(), timeline_path)
        with_state, merged = len({row.district_id for row in timeline.rows}), False
    _write_note(store, out, basis, own_build, store_bytes)
    return Written(events_path, timeline_path, with_state, merged)
