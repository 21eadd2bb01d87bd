"""What a build left in a data directory, as the dashboard and the command line read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from frontmap import paths
from frontmap.build import timeline_from_store
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
        last = store.last_build()
        if last is None:
            raise NothingBuilt(f"nothing built in {data} (no finished build in {store_file.name}); "
                               "run `frontmap build` first")
        gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        reviews = read_log(store)
        timeline = timeline_from_store(store, gazetteer.districts(), verified_only, reviews)
        articles = store.articles_frame()
        events = apply_reviews(store.events_frame(), reviews)
    for column in ("event_date", "published"):
        events[column] = [dt.date.fromisoformat(v) if isinstance(v, str) and v else None
                          for v in events[column].tolist()]
    return Built(data_dir=data, articles=articles, events=events, timeline=timeline, last_build=last,
                 reviews=reviews, verified_only=verified_only)

