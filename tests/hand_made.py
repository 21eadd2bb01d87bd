"""A hand-made build over the real districts, shared by the snapshot and export tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from frontmap.built import Built
from frontmap.extract.events import ControlEvent
from frontmap.timeline import build_timeline
from geodata.boundaries import load_boundaries
from geodata.gazetteer import Gazetteer

KUNDUZ = "17698898B60886536033067"  # the district holding Kunduz city, capital of AF-KDZ
START, END = dt.date(2021, 5, 10), dt.date(2021, 7, 30)  # the span of the placed events below


def _event(n: int, district_id: str, province_code: str, status: str, day: dt.date) -> ControlEvent:
    return ControlEvent(
        event_id=f"e{n:03d}", article_id=f"a{n:03d}", file="f.txt", item=None, place=district_id,
        district_id=district_id, province_code=province_code, status=status, event_date=day,
        date_basis="explicit", excerpt="...", confidence=0.9, trigger="",
    )


def hand_made_built(boundaries, data_dir: Path) -> Built:
    """Return a Built over the real districts: 60 fall to the Taliban in July, 30 are contested
    from 15 June, 20 are claimed on 10 May and held by the government from 20 June, and Kunduz
    falls on 30 July (after a 2015 report that is history, not 2021)."""
    districts = Gazetteer.load().districts()
    province_of = dict(zip(districts["district_id"], districts["province_code"]))
    pool = [d for d in boundaries.districts["district_id"] if d != KUNDUZ]
    plan = [(d, "taliban", dt.date(2021, 7, 1) + dt.timedelta(days=n % 30), "Pajhwok") for n, d in enumerate(pool[:60])]
    plan += [(d, "contested", dt.date(2021, 6, 15), "TOLOnews") for d in pool[60:90]]
    plan += [(d, "claimed", dt.date(2021, 5, 10), "Ariana") for d in pool[90:110]]
    plan += [(d, "government", dt.date(2021, 6, 20), "BBC") for d in pool[90:110]]
    plan += [(KUNDUZ, "contested", dt.date(2015, 9, 28), "Reuters"), (KUNDUZ, "taliban", END, "Reuters")]
    events = [_event(n, d, province_of[d], status, day) for n, (d, status, day, _) in enumerate(plan)]
    articles = pd.DataFrame(
        {"article_id": [e.article_id for e in events], "outlet": [outlet for *_, outlet in plan],
         "published": [e.event_date + dt.timedelta(days=1) for e in events]}
    )
    frame = pd.DataFrame([dataclasses.asdict(e) for e in events]).merge(articles, on="article_id")
    timeline = build_timeline(events, districts)
    return Built(data_dir=data_dir, articles=articles, events=frame, timeline=timeline, last_build={})


@pytest.fixture(scope="session")
def boundaries(geodata_dir):
    return load_boundaries(geodata_dir)


@pytest.fixture(scope="session")
def built(boundaries, tmp_path_factory) -> Built:
    return hand_made_built(boundaries, tmp_path_factory.mktemp("built"))
