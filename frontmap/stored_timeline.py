"""The timeline over a store: every stored event (one copy per story, reviews applied), or the
events of some districts only (what a merged build works out again)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from frontmap.intake.publication import SLACK
from frontmap.intake.stories import one_copy_per_story
from frontmap.review import ReviewLog, read_log, reviewed_facts
from frontmap.store import Store
from frontmap.timeline import Timeline, build_timeline, default_start


@dataclass
class DistrictSubset:
    """Some districts of a timeline, with what the merge already read of the store."""

    districts: set[str]
    stories: dict[str, str]  # article_id -> story, at least for the articles of those districts
    span: tuple[dt.date | None, dt.date | None]


def timeline_span(store: Store, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """Return (1 January of the earliest, 31 December of the latest) publication year in the store;
    (None, the day after `today`, default the real today) when every article is undated: an event
    its text dates later (a mistyped year) has not happened yet."""
    first, last = store.published_range()
    if first is None or last is None:
        return None, (today or dt.date.today()) + SLACK
    return dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)


def timeline_from_store(store: Store, districts: pd.DataFrame, verified_only: bool = False,
                        reviews: ReviewLog | None = None, only: DistrictSubset | None = None) -> Timeline:
    """Return the timeline of every event in `store` over `districts`, reviews applied
    (frontmap.review.reviewed_facts; `reviews` defaults to the store's log; only the
    person-checked events when `verified_only`); of the districts `only` names when given.

    Events dated before the year of the earliest published article are history, and events after
    the year of the latest are out of range: neither is placed. (Undated corpus: events after
    today are out of range, and those before the year most of the others fall in are history.)
    """
    reviews = reviews if reviews is not None else read_log(store)
    if only is None:
        return timeline_from_facts(stored_facts(store), timeline_span(store), districts, reviews, verified_only)
    facts = store.event_facts(sorted(only.districts))
    events = reviewed_facts(one_copy_per_story(facts, only.stories), reviews, verified_only)  # a story weighs once
    events = [e for e in events if e.district_id in only.districts]
    start, end = only.span
    return build_timeline(events, districts, start=start or default_start(events, end), end=end)


def stored_facts(store: Store) -> list:
    """Return what the timeline reads of the store's events, one copy per story (a story weighs once)."""
    return one_copy_per_story(store.event_facts(), store.stories())


def timeline_from_facts(facts: Sequence, span: tuple[dt.date | None, dt.date | None], districts: pd.DataFrame,
                        reviews: ReviewLog, verified_only: bool = False) -> Timeline:
    """Return the timeline of the stored `facts` (stored_facts) over `districts` and `span`
    (timeline_span), `reviews` applied: timeline_from_store without reading the store again."""
    events = reviewed_facts(facts, reviews, verified_only)
    start, end = span
    return build_timeline(events, districts, start=start or default_start(events, end), end=end)
