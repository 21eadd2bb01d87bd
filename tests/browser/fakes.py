"""Hand-made data behind the pipeline's interfaces, for the dashboard's tests.

`FakeTimeline` answers `rows`, `start()`, `end()`, `days()`, `state_on()` and `province_state_on()`
like frontmap.timeline.Timeline; `square_boundaries()` builds a geodata.boundaries.Boundaries of a few
square districts; `fake_built()` ties them to events and articles (one of them carrying markup).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from geodata.boundaries import Boundaries, dissolve_provinces
from frontmap.timeline import TimelineRow as Row

D = dt.date


@dataclasses.dataclass
class FakeTimeline:
    """A timeline over `districts` (district_id, district, province_code, province) from `rows`.

    `valid_to` is the last day a row holds. A province's state is its first district's (the capital).
    """

    rows: list[Row]
    districts: pd.DataFrame
    first: dt.date
    last: dt.date

    def start(self) -> dt.date:
        return self.first

    def end(self) -> dt.date:
        return self.last

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def state_on(self, day: dt.date) -> pd.DataFrame:
        out = []
        for record in self.districts.to_dict("records"):
            status, since, events = "unknown", None, ()
            for row in self.rows:
                if row.district_id == record["district_id"] and row.valid_from <= day and (
                    row.valid_to is None or day <= row.valid_to
                ):
                    status, since, events = row.status, row.valid_from, row.event_ids
            out.append({**record, "status": status, "since": since, "event_ids": events})
        return pd.DataFrame(out)

    def province_state_on(self, day: dt.date) -> pd.DataFrame:
        state = self.state_on(day)
        if "is_capital" in state:
            capitals = state[state["is_capital"].fillna(False).astype(bool)]
        else:
            capitals = state.groupby("province_code", sort=False).head(1)
        return capitals[["province_code", "province", "status", "since", "event_ids"]].reset_index(drop=True)


@dataclasses.dataclass
class FakeBuilt:
    """What frontmap.built.load_built returns, as far as the dashboard reads it."""

    articles: list[dict]
    events: pd.DataFrame
    timeline: FakeTimeline


DISTRICTS = pd.DataFrame(
    {
        "district_id": ["D1", "D2", "D3", "D4"],
        "district": ["Kunduz", "Imam Sahib", "Herat", "Injil"],
        "province_code": ["AF-KDZ", "AF-KDZ", "AF-HER", "AF-HER"],
        "province": ["Kunduz", "Kunduz", "Herat", "Herat"],
    }
)


def square_boundaries(districts: pd.DataFrame = DISTRICTS) -> Boundaries:
    """Return Boundaries of one unit square per district, side by side along the equator-ish."""
    shapes = [box(62 + n, 34, 63 + n, 35) for n in range(len(districts))]
    frame = gpd.GeoDataFrame(districts.copy(), geometry=shapes, crs="EPSG:4326")
    return Boundaries(districts=frame, provinces=dissolve_provinces(frame), source="test squares")


EVIL = "<script>window.__pwned = 1</script>"


def fake_built(districts: pd.DataFrame = DISTRICTS) -> FakeBuilt:
    """Return a small built corpus over `districts`: Kunduz contested then taken, Herat claimed, one
    article with markup. `districts` must hold Kunduz and Herat (the first of each name is used)."""
    picks = pd.concat([districts[districts["district"] == name].head(1) for name in ("Kunduz", "Herat")])
    first_id, third_id = picks["district_id"]
    rows = [
        Row(first_id, "AF-KDZ", "contested", D(2021, 8, 1), D(2021, 8, 7), ("e1",)),
        Row(first_id, "AF-KDZ", "taliban", D(2021, 8, 8), None, ("e2", "e3")),
        Row(third_id, "AF-HER", "claimed", D(2021, 8, 10), None, ("e4",)),
    ]
    articles = [
        {"article_id": "a1", "title": "Fighting in Kunduz", "outlet": "Pajhwok", "url": "https://example.org/a1",
         "published": D(2021, 8, 2), "file": "x.txt", "item": None},
        {"article_id": "a2", "title": "Kunduz falls", "outlet": "TOLOnews", "url": "",
         "published": D(2021, 8, 8), "file": "y.txt", "item": 1},
        {"article_id": "a3", "title": f"Claim {EVIL}", "outlet": f"Outlet {EVIL}", "url": "javascript:alert(1)",
         "published": D(2021, 8, 10), "file": "z.txt", "item": 2},
    ]
    events = pd.DataFrame(
        [
            _event("e1", "a1", picks.iloc[0], "contested", D(2021, 8, 1), "Clashes erupted in Kunduz city on Sunday."),
            _event("e2", "a2", picks.iloc[0], "taliban", D(2021, 8, 8), "The Taliban captured Kunduz on Sunday."),
            _event("e3", "a2", picks.iloc[0], "taliban", D(2021, 8, 8), "Kunduz is now under Taliban control."),
            _event("e4", "a3", picks.iloc[1], "claimed", D(2021, 8, 10),
                   f"The Taliban said they took Herat {EVIL} overnight."),
        ]
    )
    timeline = FakeTimeline(rows, districts, D(2021, 7, 25), D(2021, 8, 20))
    return FakeBuilt(articles=articles, events=events, timeline=timeline)


def _event(event_id, article_id, district, status, day, excerpt) -> dict:
    return {
        "event_id": event_id, "article_id": article_id, "file": "f.txt", "item": None,
        "place": district["district"], "district_id": district["district_id"],
        "province_code": district["province_code"], "status": status, "event_date": day,
        "date_basis": "explicit", "excerpt": excerpt, "confidence": 0.9, "trigger": status,
    }


def real_district_table() -> pd.DataFrame:
    """Return the gazetteer's district table (398 districts, with is_capital)."""
    from geodata.gazetteer import Gazetteer

    return Gazetteer.load().districts()
