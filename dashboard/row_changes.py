"""Every unit's change points read straight off a frontmap Timeline's rows.

build_series samples the timeline on each day a state may change. Asking Timeline.state_on and
province_state_on for those days builds two tables a day and walks every event id of every current
state each time: on a season of news (hundreds of days, hundreds of thousands of events) that takes
minutes. Here each row's sources are counted once, as a function of the day (its events' dates in
order, with the number of distinct articles up to each), so the series costs time linear in the
events. The answers are those of sampling the two tables on the same days (a test checks it).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from frontmap.status import STATUSES, UNKNOWN, status_code

Key = tuple[int, "str | None", int]
UNKNOWN_KEY: Key = (status_code(UNKNOWN), None, 0)


class _Sources:
    """How many distinct articles stand behind one timeline row's events dated on or before a day."""

    def __init__(self, event_ids: Sequence[str], event_dates: Mapping[str, dt.date], article_of: Mapping[str, str]):
        pairs = sorted((event_dates.get(e, dt.date.min), article_of.get(e, e)) for e in event_ids)
        self.dates = [day for day, _ in pairs]
        self.counts: list[int] = []
        seen: set[str] = set()
        for _, article in pairs:
            seen.add(article)
            self.counts.append(len(seen))

    def until(self, day: dt.date) -> int:
        """Return the number of distinct articles among the row's events dated on or before `day`."""
        at = bisect.bisect_right(self.dates, day)
        return self.counts[at - 1] if at else 0


class _Unit:
    """One district's (or one province's report) rows in date order, each with its source counter."""

    def __init__(self, rows: Iterable[Any], event_dates: Mapping[str, dt.date], article_of: Mapping[str, str]):
        self.rows = sorted(rows, key=lambda row: row.valid_from)
        self.starts = [row.valid_from for row in self.rows]
        self.sources = [_Sources(row.event_ids, event_dates, article_of) for row in self.rows]

    def key_on(self, day: dt.date) -> Key:
        """Return (status code, since, n_sources) on `day` (unknown before the first row)."""
        at = bisect.bisect_right(self.starts, day) - 1
        if at < 0:
            return UNKNOWN_KEY
        row = self.rows[at]
        status = row.status if row.status in STATUSES else UNKNOWN
        return status_code(status), row.valid_from.isoformat(), self.sources[at].until(day)


def _units(rows: Iterable[Any], attribute: str, event_dates, article_of) -> dict[str, _Unit]:
    grouped: dict[str, list[Any]] = {}
    for row in rows:
        grouped.setdefault(str(getattr(row, attribute)), []).append(row)
    return {unit: _Unit(unit_rows, event_dates, article_of) for unit, unit_rows in grouped.items()}


def timeline_keys(
    timeline, days: Sequence[dt.date], wanted: Sequence[int], event_dates: Mapping[str, dt.date],
    article_of: Mapping[str, str], district_ids: Sequence[str], province_ids: Sequence[str],
) -> tuple[list[tuple[int, list[Key]]], list[tuple[int, list[Key]]]] | None:
    """Return, for districts and for provinces, [(day index, every unit's key on that day)] over
    days[wanted]: what sampling state_on and province_state_on gives, or None when `timeline` is not
    a frontmap Timeline (then it must be sampled)."""
    from frontmap.timeline import Timeline

    if not isinstance(timeline, Timeline):
        return None
    table = timeline.districts
    districts = _units(timeline.rows, "district_id", event_dates, article_of)
    reports = _units(timeline.province_reports, "province_code", event_dates, article_of)
    in_table = {str(d) for d in table["district_id"]}
    provinces = {str(p) for p in table["province_code"]}
    capitals = {}
    if "is_capital" in table:
        capital_rows = table[table["is_capital"].fillna(False).astype(bool)]
        capitals = {str(p): str(d) for p, d in zip(capital_rows["province_code"], capital_rows["district_id"])}
    none = _Unit((), {}, {})

    def district_key(district_id: str, day: dt.date) -> Key:
        return districts.get(district_id, none).key_on(day) if district_id in in_table else UNKNOWN_KEY

    def province_key(code: str, day: dt.date) -> Key:
        if code not in provinces:
            return UNKNOWN_KEY
        capital = district_key(capitals.get(code, ""), day)
        return capital if capital[0] != UNKNOWN_KEY[0] else reports.get(code, none).key_on(day)

    district_days = [(n, [district_key(d, days[n]) for d in district_ids]) for n in wanted]
    province_days = [(n, [province_key(p, days[n]) for p in province_ids]) for n in wanted]
    return district_days, province_days
