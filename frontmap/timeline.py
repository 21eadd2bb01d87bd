"""The control timeline: per-district change points built from control events, plus a province roll-up.

Rules (also in the README; the per-unit ones run in `frontmap.change_points`):
- An event is placed on the day the reports say it happened (`event_date`), never on the day
  it was published unless the text gives no date. Only dated events are placed. Events dated
  before the timeline's start are history ("in 2015 ... failed to hold it") and set no state;
  they stay in events.csv. A build starts the timeline on 1 January of the earliest publication
  year in the store (2021 for the sample); without publication dates, on 1 January of the year
  most events fall in.
- Events are taken in event-date order; a later-dated report supersedes an earlier one (fighting
  reported after a retake means the district is fought over again), except as follows.
- A confirmed capture holds until a report of a government retake or of ground fighting inside
  the place (an event of kind `ground`, `frontmap.extract.kinds`). An airstrike, a drone strike,
  bombing or shelling (kind `strike`), or fighting near, around or on the outskirts of the place
  or elsewhere (kind `nearby`) leaves it Taliban-held, and is not listed among its sources; so
  does a Taliban advance into it (kind `advance`: they entered or stormed it, or took its airport,
  army base or corps): the capture retold or the last holdout falling, not a fight that undoes their hold.
- A `claimed` never overrides a confirmed `taliban`, whether of the same or an earlier day: the
  district stays Taliban-held.
- On one day, the strongest status wins (`frontmap.status.same_day_rank`): a confirmed capture or
  retake beats fighting, which beats a bare claim. Between equally strong reports of one day
  (a capture and a retake), a change of hands beats a line saying a side still holds the place
  ("X remains under government control": kind `hold`, background written before the day's
  news); then the one read last wins: the later-published article, then the later sentence.
  A government hold alone at the top of its day yields to the Taliban entering the place that
  day (a contested event of kind `advance`): the place is fought over, not held.
- Within one article, a weaker report dated only by the publication date (`date_basis` manifest
  or publication: "heavy fighting continued in Ghazni") does not undo a stronger one the same
  article dates earlier ("Earlier Thursday, the militants raised their flags over Ghazni"): it is
  background to that capture, not a newer report. It is still in events.csv.
- A government retake is an event like any other: it starts its own `government` state.
- A report repeating the current state (same status, later day) makes no new change point; its
  event is appended to the state's `event_ids` as a confirmation. `state_on(day)` lists only the
  events dated on or before `day`.
- When reports disagree on when a capture or a retake happened, the date independent sources
  support wins. The reports of one `taliban` or `government` state vote on its first day: a
  report whose text dates it (any `date_basis` but manifest or publication, and range: the first
  day of a span the event fell in) votes for its day;
  a day is supported when two independent sources vote for it (a source is the wire agency an
  article names, so syndicated copies of one story count once, else the article; an event read
  from a long sentence an earlier article printed counts as that article's: one sentence copied
  is one report, stories.first_tellers), or when one gives it as a calendar date (`date_basis` explicit). A line saying
  a side holds the place (kind `hold`: "X is now under Taliban control") votes only when no report of
  the change itself does: it tells what was held by then, not when it changed hands. Reports that date the event in its own
  sentence are weighed first: a day carried from an earlier sentence (`date_basis` carried: "They
  had already taken X" under a lead of days before) supports a day only when none of them does,
  and such a day tells only that it had happened by then: a report dating the change in its own
  sentence up to a week before it starts the state instead.
  The state starts on the earliest supported day; the reports dated before it (a lone early outlier) stay among its sources but do not
  start it. When no day is supported, the state starts with its earliest report. Fighting and
  claims last for days, so their dates never disagree: they start on their earliest report.
- A capture or retake known only as within a span (every report `date_basis` range: "in recent
  weeks they seized X", placed on the span's first day) joins the next state of its status that
  follows within a month, whatever lies between: the span says only that it had happened by the
  report, so it never paints the place before the reports that date it.
- A lone capture (no supported day) that a supported capture of the same place follows within a
  week, with only fighting or claims between, is that fall told early ("had already taken X"
  days before X fell): it joins the later capture's sources and starts no state of its own.
- Province-level events (no district_id, e.g. "the Taliban control most of Badakhshan") never
  colour districts. They form a separate per-province series (same rules) that the province
  roll-up falls back on when the capital's district has no state, and they are listed as sources.
- A province's state is its capital district's state; the roll-up also counts its districts in
  each state. Province-level reports alone show a province at most `contested`: only a report of
  its capital shows it Taliban-held. With claims never overriding and province events never
  colouring districts, nothing but a confirmed report of the capital itself paints a capital
  (Kabul) or its province Taliban-held.
- Events dated after the end of the latest publication year are out of range and not placed (a
  misread or mistyped date must not stretch the map years ahead).
- `valid_to` is the last day a state held (inclusive): the day before the next change point;
  None while the state is current.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from frontmap.change_points import change_points, closed
from frontmap.extract.kinds import GROUND
from frontmap.status import CONTESTED, STATUSES, TALIBAN, UNKNOWN, status_code

log = logging.getLogger(__name__)

DISTRICT_COLUMNS = ("district_id", "district", "province_code", "province")
#: timeline.csv: the contract's columns, then the names.
TIMELINE_CSV_COLUMNS = ("district_id", "province_code", "status", "valid_from", "valid_to", "event_ids",
                        "district", "province")


class EventFacts(NamedTuple):
    """What the timeline reads of a control event (a ControlEvent has these attributes too); a
    store's events load as these for the timeline, without their excerpts, to keep memory small."""

    event_id: str
    article_id: str
    district_id: str | None
    province_code: str
    status: str
    event_date: dt.date | None
    date_basis: str
    kind: str = GROUND
    source: str = ""  # who reported it (a wire agency, else the article); "" means the article


@dataclass(frozen=True)
class TimelineRow:
    """One state of one district: `status` from `valid_from` to `valid_to` (inclusive; None: current)."""

    district_id: str
    province_code: str
    status: str
    valid_from: dt.date
    valid_to: dt.date | None
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class ProvinceReportRow:
    """One state of a province according to province-level reports only (no district named)."""

    province_code: str
    status: str
    valid_from: dt.date
    valid_to: dt.date | None
    event_ids: tuple[str, ...]


def as_date(day: dt.date | str, name: str = "day") -> dt.date:
    """Return `day` as a date (accepts a date, a datetime or an ISO string); ValueError names `name`."""
    if isinstance(day, dt.datetime):
        return day.date()
    if isinstance(day, dt.date):
        return day
    try:
        return dt.date.fromisoformat(str(day))
    except ValueError:
        raise ValueError(f"{name}: expected a date or YYYY-MM-DD, got {day!r}") from None


def default_start(events: Iterable[Any], end: dt.date | None = None) -> dt.date | None:
    """Return 1 January of the year most dated events up to `end` (None: any) fall in (ties: the
    later year), or None."""
    years = Counter(e.event_date.year for e in events
                    if e.event_date is not None and (end is None or e.event_date <= end))
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    return dt.date(year, 1, 1)


class Timeline:
    """Per-district change points over a district table, with state queries for any day."""

    def __init__(
        self,
        rows: list[TimelineRow],
        districts: pd.DataFrame,
        province_reports: list[ProvinceReportRow],
        event_dates: dict[str, dt.date],
        span_start: dt.date | None,
    ):
        self.rows = rows
        self.province_reports = province_reports
        self.districts = districts.reset_index(drop=True)
        self._event_dates = event_dates
        self._span_start = span_start
        self._by_district: dict[str, list[TimelineRow]] = defaultdict(list)
        for row in rows:
            self._by_district[row.district_id].append(row)
        self._by_province: dict[str, list[ProvinceReportRow]] = defaultdict(list)
        for report in province_reports:
            self._by_province[report.province_code].append(report)

    # ---------------------------------------------------------------- span

    def start(self) -> dt.date:
        """Return the first day with a placed event (the span start, else today, if none is placed)."""
        if self._event_dates:
            return min(self._event_dates.values())
        return self._span_start or dt.date.today()

    def placed(self) -> bool:
        """Return True when at least one dated event is placed (start() and end() are then its days)."""
        return bool(self._event_dates)

    def end(self) -> dt.date:
        """Return the day of the latest placed event (start() if none is placed)."""
        return max(self._event_dates.values(), default=self.start())

    def days(self) -> list[dt.date]:
        """Return every day from start() to end(), inclusive."""
        first, last = self.start(), self.end()
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    # ---------------------------------------------------------------- queries

    def _row_on(self, rows: Sequence[Any], day: dt.date) -> Any | None:
        """Return the row of `rows` (sorted by valid_from) in force on `day`, or None."""
        at = bisect.bisect_right([r.valid_from for r in rows], day) - 1
        return rows[at] if at >= 0 else None

    def _ids_until(self, event_ids: Sequence[str], day: dt.date) -> tuple[str, ...]:
        return tuple(i for i in event_ids if self._event_dates.get(i, day) <= day)

    def state_on(self, day: dt.date | str) -> pd.DataFrame:
        """Return every district's state on `day`.

        Columns: district_id, district, province_code, province, status ('unknown' where nothing
        is known), since (valid_from of the state, None when unknown), event_ids (tuple, those
        dated on or before `day`).
        """
        day = as_date(day)
        statuses, since, ids = [], [], []
        for district_id in self.districts["district_id"]:
            row = self._row_on(self._by_district.get(district_id, ()), day)
            statuses.append(row.status if row else UNKNOWN)
            since.append(row.valid_from if row else None)
            ids.append(self._ids_until(row.event_ids, day) if row else ())
        frame = self.districts[list(DISTRICT_COLUMNS)].copy()
        frame["status"] = statuses
        frame["since"] = since
        frame["event_ids"] = ids
        return frame

    def province_state_on(self, day: dt.date | str) -> pd.DataFrame:
        """Return every province's state on `day`.

        Columns: province_code, province, status, since, event_ids, basis ('capital': the capital
        district's state; 'province_report': province-level reports, used when the capital has no
        state; 'none'), capital_district_id, and n_<status> for each status: how many of its
        districts are in that state.
        """
        day = as_date(day)
        districts = self.state_on(day)
        capitals = self._capitals()
        state_of = {row.district_id: row for row in districts.itertuples(index=False)}
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        names: dict[str, str] = {}
        for row in state_of.values():
            counts[row.province_code][row.status] += 1
            names.setdefault(row.province_code, row.province)
        records = []
        for code in sorted(names):
            record: dict[str, Any] = {"province_code": code, "province": names[code], "status": UNKNOWN,
                                      "since": None, "event_ids": (), "basis": "none",
                                      "capital_district_id": capitals.get(code)}
            capital = state_of.get(capitals.get(code, ""))
            if capital is not None and capital.status != UNKNOWN:
                record.update(status=capital.status, since=capital.since, event_ids=capital.event_ids,
                              basis="capital")
            else:
                report = self._row_on(self._by_province.get(code, ()), day)
                if report is not None:
                    # Only a report of the capital shows a province Taliban-held.
                    status = CONTESTED if report.status == TALIBAN else report.status
                    record.update(status=status, since=report.valid_from,
                                  event_ids=self._ids_until(report.event_ids, day), basis="province_report")
            for status in STATUSES:
                record[f"n_{status}"] = counts[code][status]
            records.append(record)
        return pd.DataFrame.from_records(records)

    def _capitals(self) -> dict[str, str]:
        """Return province_code -> capital district_id, from the districts' is_capital column."""
        if "is_capital" not in self.districts:
            return {}
        caps = self.districts[self.districts["is_capital"].fillna(False).astype(bool)]
        return dict(zip(caps["province_code"], caps["district_id"]))

    def state_codes(self, district_ids: Sequence[str] | None = None) -> np.ndarray:
        """Return an int8 array (len(days()) x len(district_ids)) of status_code() per day and district.

        `district_ids` defaults to every district, in the districts table's order.
        """
        ids = list(self.districts["district_id"]) if district_ids is None else list(district_ids)
        first = self.start()
        n_days = len(self.days())
        codes = np.full((n_days, len(ids)), status_code(UNKNOWN), dtype=np.int8)
        for col, district_id in enumerate(ids):
            for row in self._by_district.get(district_id, ()):
                lo = max((row.valid_from - first).days, 0)
                hi = n_days if row.valid_to is None else min((row.valid_to - first).days + 1, n_days)
                codes[lo:hi, col] = status_code(row.status)
        return codes

    def to_frame(self) -> pd.DataFrame:
        """Return the change points with timeline.csv's columns (event_ids ';'-joined), then the
        district's and province's names for readers of the CSV."""
        district = dict(zip(self.districts["district_id"], self.districts["district"]))
        province = dict(zip(self.districts["district_id"], self.districts["province"]))
        return pd.DataFrame(
            {
                "district_id": [r.district_id for r in self.rows],
                "province_code": [r.province_code for r in self.rows],
                "status": [r.status for r in self.rows],
                "valid_from": [r.valid_from.isoformat() for r in self.rows],
                "valid_to": [r.valid_to.isoformat() if r.valid_to else "" for r in self.rows],
                "event_ids": [";".join(r.event_ids) for r in self.rows],
                "district": [district[r.district_id] for r in self.rows],
                "province": [province[r.district_id] for r in self.rows],
            },
            columns=list(TIMELINE_CSV_COLUMNS),
        )


def build_timeline(
    events: Sequence[Any],
    districts: pd.DataFrame,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Timeline:
    """Return the Timeline of `events` (ControlEvents, in reading order) over the `districts` table.

    `districts` needs district_id, district, province_code, province (is_capital optional, for the
    province roll-up). Events before `start` (default: default_start(events, end)) are history and are
    not placed; events after `end` (default: no limit) are out of range and not placed (warned); undated events and events on districts not in the table are not placed either
    (the latter with a warning).
    """
    missing = [c for c in DISTRICT_COLUMNS if c not in districts.columns]
    if missing:
        raise ValueError(f"districts: expected columns {', '.join(DISTRICT_COLUMNS)}; missing {', '.join(missing)}")
    start = start or default_start(events, end)
    province_of = dict(zip(districts["district_id"], districts["province_code"]))
    provinces = set(districts["province_code"])
    per_district: dict[str, list[Any]] = defaultdict(list)
    per_province: dict[str, list[Any]] = defaultdict(list)
    event_dates: dict[str, dt.date] = {}
    unknown_units: Counter[str] = Counter()  # what was left out, for one warning each
    for event in events:
        if event.event_date is None or (start is not None and event.event_date < start):
            continue
        if end is not None and event.event_date > end:
            unknown_units[f"a date after {end.isoformat()}"] += 1
            continue
        if event.district_id is None:
            if event.province_code in provinces:
                per_province[event.province_code].append(event)
            else:
                unknown_units[f"province {event.province_code}"] += 1
                continue
        elif event.district_id in province_of:
            per_district[event.district_id].append(event)
        else:
            unknown_units[f"district {event.district_id}"] += 1
            continue
        event_dates[event.event_id] = event.event_date
    for unit, n in sorted(unknown_units.items()):
        log.warning("timeline: %d event(s) on %s, outside the timeline; not placed", n, unit)
    rows = [
        TimelineRow(district_id, province_of[district_id], s.status, s.valid_from, valid_to, s.event_ids)
        for district_id in sorted(per_district)
        for s, valid_to in closed(change_points(per_district[district_id]))
    ]
    reports = [
        ProvinceReportRow(code, s.status, s.valid_from, valid_to, s.event_ids)
        for code in sorted(per_province)
        for s, valid_to in closed(change_points(per_province[code]))
    ]
    return Timeline(rows, districts, reports, event_dates, start)
