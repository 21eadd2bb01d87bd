"""What a build left in a data directory, as the dashboard and the command line read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from frontmap import paths
from frontmap.stored_timeline import stored_facts, timeline_from_facts, timeline_span
from frontmap.review import ReviewLog, apply_reviews, read_log
from frontmap.store import Store
from frontmap.timeline import Timeline, as_date
from geodata.gazetteer import Gazetteer


class NothingBuilt(FileNotFoundError):
    """The data directory holds no finished build (run `frontmap build` first)."""


@dataclass
class Built:
    """What a build left in a data directory: articles, events (with their articles and reviews),
    timeline, and the folded review log."""

    data_dir: Path
    articles: pd.DataFrame  # Store.articles_frame(): no text
    events: pd.DataFrame  # events.csv columns + agency, url, review columns (event_date and published as dates)
    timeline: Timeline
    last_build: dict[str, Any]
    reviews: ReviewLog = field(default_factory=lambda: ReviewLog.of(()))
    verified_only: bool = False  # the timeline counts only the person-checked events

    def _unit_mask(self, unit: str) -> pd.Series:
        """Return which events are on `unit`: a district, or a province (its own and its districts')."""
        if unit.startswith("AF-"):
            table = self.timeline.districts
            members = table.loc[table["province_code"] == unit, "district_id"]
            return (self.events["province_code"] == unit) | self.events["district_id"].isin(members)
        return self.events["district_id"] == unit

    def _newest_first(self, frame: pd.DataFrame) -> pd.DataFrame:
        return frame.sort_values(["event_date", "published", "event_id"], ascending=False,
                                 na_position="last").reset_index(drop=True)

    def sources_for(self, unit: str, day: dt.date | str) -> pd.DataFrame:
        """Return the events behind `unit`'s state on `day`, newest first, with their articles.

        `unit` is a district_id or a province_code (AF-...); a province's sources are those of its
        state in the roll-up (its capital's, or its province-level reports'). Columns: the
        events.csv columns plus agency and url. Empty when the unit's state is unknown.
        """
        day = as_date(day)
        if unit.startswith("AF-"):
            states = self.timeline.province_state_on(day)
            match = states[states["province_code"] == unit]
        else:
            states = self.timeline.state_on(day)
            match = states[states["district_id"] == unit]
        if match.empty:
            raise KeyError(f"unit: {unit!r} is neither a district_id nor a province_code of the timeline")
        ids = set(match.iloc[0]["event_ids"])
        return self._newest_first(self.events[self.events["event_id"].isin(ids)])

    def events_for(self, unit: str, day: dt.date | str | None = None) -> pd.DataFrame:
        """Return every event on `unit` (a district, or a province with all its districts) dated on
        or before `day` (all dated and undated events if None), newest first."""
        frame = self.events[self._unit_mask(unit)]
        if day is not None:
            day = as_date(day)
            frame = frame[frame["event_date"].notna() & (frame["event_date"] <= day)]
        return self._newest_first(frame)

    def article_text(self, article_id: str) -> str | None:
        """Return the text of `article_id` from the store (None if not stored)."""
        with Store.open(self.data_dir) as store:
            return store.article_text(article_id)


@dataclass(frozen=True)
class StoredBuild:
    """What the last build left in the store, before any review: the build's row, the articles,
    the events (Store.events_frame()), what the timeline reads of them (stored_facts) and the
    timeline's span. Reviews change none of it, so a reader may keep it across reviews."""

    data_dir: Path
    last_build: dict[str, Any]
    articles: pd.DataFrame
    events: pd.DataFrame
    facts: tuple
    span: tuple[dt.date | None, dt.date | None]


def read_stored(store: Store, data_dir: Path) -> StoredBuild:
    """Return what the last finished build left in the open `store` of `data_dir`.

    Raises NothingBuilt when no build finished."""
    last = store.last_build()
    if last is None:
        raise NothingBuilt(f"nothing built in {data_dir} (no finished build in {store.path.name}); "
                           "run `frontmap build` first")
    return StoredBuild(data_dir=data_dir, last_build=last, articles=store.articles_frame(),
                       events=store.events_frame(), facts=tuple(stored_facts(store)), span=timeline_span(store))


def built_from(stored: StoredBuild, reviews: ReviewLog, districts: pd.DataFrame, verified_only: bool = False) -> Built:
    """Return the Built of `stored` with `reviews` applied (as load_built gives it) over `districts`."""
    timeline = timeline_from_facts(stored.facts, stored.span, districts, reviews, verified_only)
    events = apply_reviews(stored.events, reviews)
    for column in ("event_date", "published"):
        events[column] = [dt.date.fromisoformat(v) if isinstance(v, str) and v else None
                          for v in events[column].tolist()]
    return Built(data_dir=stored.data_dir, articles=stored.articles, events=events, timeline=timeline,
                 last_build=stored.last_build, reviews=reviews, verified_only=verified_only)


def load_built(data_dir: Path | str | None = None, gazetteer: Gazetteer | None = None,
               verified_only: bool = False) -> Built:
    """Return what the last build left in `data_dir` (default paths.data_dir()), reviews applied
    (events with frontmap.review's columns; the timeline of the verified events only when
    `verified_only`).

    Raises NothingBuilt when the data directory has no store or no finished build.
    """
    data = paths.data_dir(data_dir)
    store_file = paths.store_path(data)
    if not store_file.exists():
        raise NothingBuilt(f"nothing built in {data} (no {store_file.name}); run `frontmap build` first")
    with Store.open(data) as store:
        stored = read_stored(store, data)
        reviews = read_log(store)
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
    return built_from(stored, reviews, gazetteer.districts(), verified_only)
