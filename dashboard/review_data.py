"""The dashboard's data as the review log leaves it, per view ("all" events or "verified" only).

A review changes a handful of units, so after one the series is patched rather than rebuilt:
only the units whose timeline rows, or the review marks of whose events, changed get their
change points computed again (the same keys as dashboard.state.build_series, so a patched
series equals a rebuilt one). The data is reloaded whenever the data directory or its review
log changes (another worker, another analyst, `frontmap review` or `frontmap build`).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import logging
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dashboard.series import (
    build_series,
    candidate_days,
    review_marker,
    source_counter,
    timeline_days,
    unit_changes,
)
from dashboard.state import as_day
from frontmap.built import StoredBuild, built_from, load_built, read_stored
from frontmap.paths import store_path
from frontmap.review import read_log
from frontmap.status import UNKNOWN
from frontmap.store import Store

log = logging.getLogger(__name__)

ALL, VERIFIED = "all", "verified"
VIEWS: tuple[str, ...] = (ALL, VERIFIED)
KEPT_REVISIONS = 16  # series a browser may still show, to send it only what changed since
REFRESH_DELAY = 1.0  # seconds between a review and rewriting the CSVs (reviews meanwhile share one rewrite)


def review_seq(data_dir: Path) -> int:
    """Return the number of the latest row of the data directory's review log (0 when none):
    it grows with every review, undo or import, whichever process wrote it."""
    path = store_path(Path(data_dir))
    if not path.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
            row = conn.execute("SELECT max(seq) FROM reviews").fetchone()
    except sqlite3.OperationalError:  # no review log yet
        return 0
    return int(row[0] or 0)


class ReviewedLoader:
    """Loads the data directory's build with its reviews applied (as frontmap.built.load_built),
    keeping what the last build stored (articles, events, the timeline's facts) from one load to
    the next: after a review only the log is read again, and the stored part only after a build."""

    def __init__(self, data_dir: Path, districts):
        self.data_dir, self._districts = Path(data_dir), districts
        self._stored: StoredBuild | None = None

    def __call__(self, verified_only: bool = False):
        """Return the build as the data directory holds it now (a frontmap.built.Built)."""
        if not store_path(self.data_dir).exists():
            return load_built(self.data_dir, verified_only=verified_only)  # says what is missing
        with Store.open(self.data_dir) as store:
            stored = self._stored
            if stored is None or store.last_build() != stored.last_build:
                stored = self._stored = read_stored(store, self.data_dir)
            reviews = read_log(store)
        return built_from(stored, reviews, self._districts, verified_only)


# --- which units a change touches -----------------------------------------------------------


def _rows_by(rows: Sequence[Any], key: str) -> dict[str, tuple]:
    grouped: dict[str, list] = defaultdict(list)
    for row in rows:
        grouped[str(getattr(row, key))].append(row)
    return {unit: tuple(sorted(found, key=lambda r: r.valid_from)) for unit, found in grouped.items()}


def _verified(built) -> frozenset[str]:
    reviews = getattr(built, "reviews", None)
    return reviews.verified_ids() if reviews is not None else frozenset()


def _touched(old: Mapping[str, tuple], new: Mapping[str, tuple], flipped: frozenset[str]) -> set[str]:
    """Return the units whose rows differ, or whose rows hold an event whose review mark flipped."""
    touched = set()
    for unit in {*old, *new}:
        before, after = old.get(unit, ()), new.get(unit, ())
        if before != after or any(e in flipped for r in (*before, *after) for e in r.event_ids):
            touched.add(unit)
    return touched


def changed_units(old_built, new_built) -> tuple[set[str], set[str]]:
    """Return (district_ids, province_codes) whose state or review mark may differ between two builds."""
    flipped = _verified(old_built) ^ _verified(new_built)
    old_t, new_t = old_built.timeline, new_built.timeline
    districts = _touched(_rows_by(old_t.rows, "district_id"), _rows_by(new_t.rows, "district_id"), flipped)
    provinces = _touched(_rows_by(old_t.province_reports, "province_code"),
                         _rows_by(new_t.province_reports, "province_code"), flipped)
    table = new_t.districts
    province_of = dict(zip(table["district_id"].astype(str), table["province_code"].astype(str)))
    provinces |= {province_of[d] for d in districts if d in province_of}
    return districts, provinces


# --- one unit's state on a day, as Timeline.state_on / province_state_on give it -------------


def _row_on(rows: Sequence[Any], day: dt.date) -> Any | None:
    at = bisect.bisect_right([r.valid_from for r in rows], day) - 1
    return rows[at] if at >= 0 else None


def _state(rows: Sequence[Any], day: dt.date, dates: Mapping[str, dt.date]) -> dict[str, Any]:
    row = _row_on(rows, day)
    if row is None:
        return {"status": UNKNOWN, "since": None, "event_ids": ()}
    ids = tuple(i for i in row.event_ids if (dates.get(i) or day) <= day)
    return {"status": row.status, "since": row.valid_from, "event_ids": ids}


def _capitals(timeline) -> dict[str, str]:
    table = timeline.districts
    if "is_capital" not in table:
        return {}
    capitals = table[table["is_capital"].fillna(False).astype(bool)]
    return dict(zip(capitals["province_code"].astype(str), capitals["district_id"].astype(str)))


def _frames(built, days: Sequence[dt.date], districts: set[str], provinces: set[str]) -> tuple[list, list]:
    """Return (district frames, province frames) of the touched units on the timeline's candidate days."""
    timeline = built.timeline
    dates = {str(e): d if isinstance(d, dt.date) else as_day(d)
             for e, d in zip(built.events["event_id"], built.events["event_date"])}
    by_district = _rows_by(timeline.rows, "district_id")
    by_province = _rows_by(timeline.province_reports, "province_code")
    capitals = _capitals(timeline)
    district_frames, province_frames = [], []
    for n in candidate_days(timeline, days):
        day = days[n]
        district_frames.append((n, [{"district_id": d, **_state(by_district.get(d, ()), day, dates)}
                                    for d in districts]))
        rows = []
        for code in provinces:
            state = _state(by_district.get(capitals.get(code, ""), ()), day, dates)
            if state["status"] == UNKNOWN:
                state = _state(by_province.get(code, ()), day, dates)
            rows.append({"province_code": code, **state})
        province_frames.append((n, rows))
    return district_frames, province_frames


def patched_series(series: Mapping, old_built, new_built, boundaries) -> dict:
    """Return the series of `new_built`, computed again only for the units that differ from
    `old_built` (whose series is `series`); rebuilt whole when the days differ."""
    days = timeline_days(new_built.timeline)
    if [d.isoformat() for d in days] != list(series["days"]):
        return build_series(new_built, boundaries, days)
    districts, provinces = changed_units(old_built, new_built)
    out = {**series, "district": {**series["district"]}, "province": {**series["province"]}}
    events = new_built.events
    sources = source_counter(dict(zip(events["event_id"].astype(str), events["article_id"].astype(str))))
    backed = review_marker(getattr(new_built, "reviews", None))
    district_frames, province_frames = _frames(new_built, days, districts, provinces)
    for layer, units, frames, key in (("district", districts, district_frames, "district_id"),
                                      ("province", provinces, province_frames, "province_code")):
        ids = list(series[layer]["ids"])
        chosen = [u for u in ids if u in units]
        fresh = unit_changes(frames, key, chosen, sources, backed)
        changes = list(series[layer]["changes"])
        for unit, points in zip(chosen, fresh):
            changes[ids.index(unit)] = points
        out[layer]["changes"] = changes
    return out


# --- the cache ------------------------------------------------------------------------------


class ReviewedData:
    """One process's dashboard data per view, loaded again (and patched, see the module doc)
    whenever `token()` changes: (the data files' token, review_seq). `load(verified_only)`
    returns a frontmap.built.Built; `make(built, series)` the served data (app.DashboardData)."""

    def __init__(self, token: Callable[[], tuple], load: Callable[[bool], Any], boundaries,
                 make: Callable[[Any, dict | None], Any], initial: Any = None):
        self._token, self._load, self._boundaries, self._make = token, load, boundaries, make
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._held: dict[str, tuple[Hashable, Any]] = {}
        self._refresh_waiting = False
        self._revisions: OrderedDict[str, Mapping] = OrderedDict()
        if initial is not None:
            self._held[ALL] = (token(), self._stamped(initial))

    def _stamped(self, data: Any) -> Any:
        """Return `data` with its series named by a new revision ("rev"), kept among the last few."""
        rev = uuid.uuid4().hex[:16]
        data.series["rev"] = rev
        self._revisions[rev] = data.series
        while len(self._revisions) > KEPT_REVISIONS:
            self._revisions.popitem(last=False)
        return data

    def series_of(self, rev: str | None) -> Mapping | None:
        """Return the series of revision `rev` when this process still holds it (else None)."""
        with self._lock:
            return self._revisions.get(rev) if isinstance(rev, str) else None

    def get(self, view: str = ALL) -> Any:
        """Return the data of `view` (ALL or VERIFIED) as the data directory holds it now."""
        view = view if view in VIEWS else ALL
        with self._lock:
            token = self._token()
            held = self._held.get(view)
            if held is not None and held[0] == token:
                return held[1]
            built = self._load(view == VERIFIED)
            previous = held[1] if held is not None else None
            series = patched_series(previous.series, previous.built, built, self._boundaries) if previous else None
            data = self._stamped(self._make(built, series))
            self._held[view] = (token, data)
            return data

    def _rekey(self, before: Hashable, after: Hashable) -> None:
        """Keep the data held for `before` as that of `after`: rewriting the CSVs from the same
        store changes the files' token, not the data (so no reload follows it)."""
        with self._lock:
            for view, (token, data) in list(self._held.items()):
                if token == before:
                    self._held[view] = (after, data)

    def refresh_files(self, refresh: Callable[[], Any], delay: float = REFRESH_DELAY) -> threading.Thread | None:
        """Run `refresh` (rewriting events.csv and timeline.csv) in the background `delay` seconds
        from now, one at a time, so that the last one to finish read the newest log; return its
        thread (None when one already waits to start: it will read this review too)."""
        with self._lock:
            if self._refresh_waiting:
                return None
            self._refresh_waiting = True

        def run() -> None:
            # Waiting first leaves the CPU to the review's response and the panel drawn after it.
            time.sleep(delay)
            with self._refresh_lock:
                with self._lock:
                    self._refresh_waiting = False
                before = self._token()
                try:
                    refresh()
                except (OSError, ValueError, sqlite3.Error):  # the review is recorded; the CSVs catch up next time
                    log.exception("rewriting the CSVs after a review failed")
                    return
                after = self._token()
                if before[1] == after[1]:  # no review landed meanwhile
                    self._rekey(before, after)

        thread = threading.Thread(target=run, name="frontmap-review-csv", daemon=True)
        thread.start()
        return thread
