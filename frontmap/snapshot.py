"""One day's state of every district (or province) as a table, for data exports and static maps.

`snapshot_table` joins the timeline's state on a day with the events behind it and the simplified
boundaries; `write_snapshot` writes it as GeoJSON, CSV or GeoParquet without leaving a partial file.
Pure pandas/geopandas: no plotting here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pandas as pd

from frontmap.status import STATUSES, UNKNOWN
from frontmap.timeline import as_date

DATA_FORMATS: tuple[str, ...] = ("geojson", "csv", "parquet")
LAYERS: tuple[str, ...] = ("district", "province")

#: Columns of a district snapshot, in order (geometry last).
DISTRICT_COLUMNS: tuple[str, ...] = (
    "district_id", "district", "province_code", "province", "status", "since",
    "events", "latest_outlet", "latest_published", "geometry",
)
#: Columns of a province snapshot: the capital's status, then how many districts are in each status.
PROVINCE_COLUMNS: tuple[str, ...] = (
    "province_code", "province", "status", "since",
    *(f"districts_{status}" for status in STATUSES),
    "events", "latest_outlet", "latest_published", "geometry",
)


class ExportError(ValueError):
    """A snapshot or map cannot be written; the message says why and what is expected."""


def parse_day(day: dt.date | str) -> dt.date:
    """Return `day` as a date (a date, a datetime or an ISO `YYYY-MM-DD` string); ExportError if not."""
    try:
        return as_date(day, "date")
    except ValueError as error:
        raise ExportError(str(error)) from None


def check_day(timeline, day: dt.date | str) -> dt.date:
    """Return `day` as a date when the timeline covers it; else raise ExportError naming the range."""
    when = parse_day(day)
    start, end = timeline.start(), timeline.end()
    if not start <= when <= end:
        raise ExportError(
            f"date {when.isoformat()} is outside the timeline: choose a day from "
            f"{start.isoformat()} to {end.isoformat()}"
        )
    return when


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    """Return `fmt` lower-cased when it is one of `allowed`; else raise ExportError listing them."""
    chosen = str(fmt).lower().lstrip(".")
    if chosen not in allowed:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(allowed)}")
    return chosen


def check_layer(layer: str) -> str:
    """Return `layer` when it is "district" or "province"; else raise ExportError."""
    if layer not in LAYERS:
        raise ExportError(f"layer: expected one of {', '.join(LAYERS)}, got {layer!r}")
    return layer


def check_writable(out: os.PathLike | str) -> Path:
    """Return `out` as a Path when a file can be written there; else raise ExportError saying why."""
    path = Path(out).expanduser()
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder; give a file name")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {path}: folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"cannot write {path}: the file exists and is read-only")
    return path


@contextlib.contextmanager
def atomic_path(out: os.PathLike | str) -> Iterator[Path]:
    """Yield a temporary path beside `out`; rename it onto `out` on success, delete it on failure.

    Readers never see a half-written file, and a failed export leaves nothing behind.
    """
    target = check_writable(out)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # Not mkstemp: its 0600 mode would stick to the export; 0666 lets the umask decide as usual.
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror}") from None
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _as_date(values: pd.Series) -> pd.Series:
    """Return `values` as Python dates (None where missing)."""
    parsed = pd.to_datetime(values, errors="coerce")
    return pd.Series([None if pd.isna(v) else v.date() for v in parsed], index=values.index, dtype=object)


def _dated_events(built, day: dt.date) -> pd.DataFrame:
    """Return the events the map shows by `day` (dated from the timeline's start to `day`), with
    their article's outlet and publication date; history dated before the start is left out."""
    columns = ["event_id", "district_id", "province_code", "event_date", "outlet", "published"]
    events, articles = built.events, built.articles
    if events.empty or "event_date" not in events:
        return pd.DataFrame(columns=columns)
    events = events.assign(event_date=_as_date(events["event_date"]))
    start = built.timeline.start()
    events = events[events["event_date"].map(lambda d: d is not None and start <= d <= day)]
    wanted = [c for c in ("outlet", "published") if c not in events and c in articles]
    if wanted and "article_id" in events and "article_id" in articles:
        keep = articles[["article_id", *wanted]].drop_duplicates("article_id")
        events = events.merge(keep, on="article_id", how="left")
    for column in ("outlet", "published"):
        if column not in events:
            events[column] = None
    events = events.assign(published=_as_date(events["published"]))
    return events.reindex(columns=columns)


def _event_summary(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """Return per `key`: the number of events and the latest one's outlet and publication date."""
    columns = ["events", "latest_outlet", "latest_published"]
    events = events.dropna(subset=[key])
    if events.empty:
        return pd.DataFrame(columns=columns, index=pd.Index([], name=key))
    ordered = events.assign(
        _day=events["event_date"].map(dt.date.toordinal),
        _pub=events["published"].map(lambda d: d.toordinal() if d else 0),
    ).sort_values(["_day", "_pub"], kind="stable")
    grouped = ordered.groupby(key, sort=False)
    latest = grouped.tail(1).set_index(key)
    return pd.DataFrame(
        {
            "events": grouped.size(),
            "latest_outlet": latest["outlet"],
            "latest_published": latest["published"],
        }
    )


def _with_summary(table: pd.DataFrame, summary: pd.DataFrame, key: str) -> pd.DataFrame:
    """Return `table` joined with an event summary; units with no events get 0 and empty sources."""
    joined = table.merge(summary, left_on=key, right_index=True, how="left")
    joined["events"] = joined["events"].fillna(0).astype(int)
    for column in ("latest_outlet", "latest_published"):
        joined[column] = joined[column].astype(object).where(joined[column].notna(), None)
    return joined


def _district_table(built, boundaries, day: dt.date) -> gpd.GeoDataFrame:
    state = built.timeline.state_on(day)
    state = state.assign(
        status=state["status"].fillna(UNKNOWN),
        since=_as_date(state["since"]) if "since" in state else None,
    )
    summary = _event_summary(_dated_events(built, day), "district_id")
    table = _with_summary(state, summary, "district_id")
    shapes = boundaries.districts[["district_id", "geometry"]]
    table = shapes.merge(table, on="district_id", how="left")
    missing = table["status"].isna()
    table.loc[missing, "status"] = UNKNOWN
    table.loc[missing, "events"] = 0
    table["events"] = table["events"].astype(int)
    for column in ("district", "province_code", "province"):
        fallback = boundaries.districts.set_index("district_id")[column]
        table[column] = table[column].fillna(table["district_id"].map(fallback))
    return gpd.GeoDataFrame(table[list(DISTRICT_COLUMNS)], geometry="geometry", crs=boundaries.districts.crs)


def _province_table(built, boundaries, day: dt.date) -> gpd.GeoDataFrame:
    districts = built.timeline.state_on(day)
    counts = (
        districts.assign(status=districts["status"].fillna(UNKNOWN))
        .pivot_table(index="province_code", columns="status", values="district_id", aggfunc="count")
        .reindex(columns=list(STATUSES))
        .fillna(0)
        .astype(int)
    )
    counts.columns = [f"districts_{status}" for status in counts.columns]
    state = built.timeline.province_state_on(day)
    state = state[[c for c in ("province_code", "province", "status", "since") if c in state]]
    state = state.assign(
        status=state["status"].fillna(UNKNOWN),
        since=_as_date(state["since"]) if "since" in state else None,
    )
    state = state.merge(counts, left_on="province_code", right_index=True, how="left")
    summary = _event_summary(_dated_events(built, day), "province_code")
    table = _with_summary(state, summary, "province_code")
    table = boundaries.provinces[["province_code", "geometry"]].merge(table, on="province_code", how="left")
    table["status"] = table["status"].fillna(UNKNOWN)
    fallback = boundaries.provinces.set_index("province_code")["province"]
    table["province"] = table["province"].fillna(table["province_code"].map(fallback))
    for column in [c for c in PROVINCE_COLUMNS if c.startswith("districts_")] + ["events"]:
        table[column] = table[column].fillna(0).astype(int)
    return gpd.GeoDataFrame(table[list(PROVINCE_COLUMNS)], geometry="geometry", crs=boundaries.provinces.crs)


def snapshot_table(built, boundaries, day: dt.date | str, layer: str = "district") -> gpd.GeoDataFrame:
    """Return every district (or province) on `day` with its status and sources, plus its geometry.

    District layer: DISTRICT_COLUMNS (`events` counts the district's events dated on or before
    `day`; `latest_outlet`/`latest_published` describe the article behind the latest of them).
    Province layer: PROVINCE_COLUMNS (status and `since` from the timeline's province roll-up: the
    capital's, else province-level reports; `districts_<status>`
    count the province's districts in each status; events include province-level reports).
    Raises ExportError when `day` is outside the timeline or `layer` is unknown.
    """
    layer = check_layer(layer)
    when = check_day(built.timeline, day)
    if layer == "district":
        return _district_table(built, boundaries, when)
    return _province_table(built, boundaries, when)


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def _flat_table(table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return `table` with dates as ISO strings, the form every data format reads back the same."""
    flat = table.copy()
    for column in ("since", "latest_published"):
        flat[column] = flat[column].map(_iso).astype(object)
    return flat


def write_snapshot(table: gpd.GeoDataFrame, out: os.PathLike | str, fmt: str) -> Path:
    """Write a snapshot table to `out` as "geojson", "csv" (no geometry) or "parquet" (GeoParquet).

    Returns the written path. Writes a temporary file beside `out` and renames it, so a failure
    leaves no partial file. Raises ExportError for an unknown format or an unwritable path.
    """
    fmt = check_format(fmt, DATA_FORMATS)
    target = check_writable(out)
    flat = _flat_table(table)
    with atomic_path(target) as temp:
        if fmt == "geojson":
            temp.write_text(flat.to_crs("EPSG:4326").to_json(na="null", drop_id=True), encoding="utf-8")
        elif fmt == "csv":
            pd.DataFrame(flat.drop(columns="geometry")).to_csv(temp, index=False)
        else:
            flat.to_parquet(temp, index=False)
    return target
