"""Tests for dashboard.state: projection, change points, counts, URL query."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest
from browser.fakes import fake_built, square_boundaries
from hand_made import boundaries, built  # noqa: F401  (shared fixtures: real boundaries, a real Timeline)

from dashboard.series import build_series, candidate_days, day_label, unit_changes
from dashboard.state import (
    ViewState,
    codes_on,
    count_codes,
    parse_query,
    project_layers,
    state_at,
    to_query,
)
from frontmap.status import status_code


@pytest.fixture(scope="module")
def series():
    return build_series(fake_built(), square_boundaries())


def square(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}


def test_project_layers_frames_every_layer_together():
    layers = {
        "a": {"features": [{"id": "w", "geometry": square(60, 30, 61, 31)}]},
        "b": {"features": [{"id": "e", "geometry": square(61, 30, 62, 32)}]},
    }
    out = project_layers(layers, width=100)
    assert out["width"] == 100
    assert out["a"]["ids"] == ["w"] and out["b"]["ids"] == ["e"]
    # the west square starts at x=0, the east one ends at the right edge; north is y=0
    assert out["a"]["paths"][0].startswith("M0 ")
    assert out["b"]["paths"][0].startswith("M50 ")
    assert out["b"]["paths"][0].split("l")[1].split()[0] == "50"  # first step: to the right edge
    assert out["height"] > 100  # 2 degrees of latitude > 2 degrees of longitude scaled by cos(31°)


def test_project_layers_rejects_empty_input():
    with pytest.raises(ValueError, match="geojson"):
        project_layers({"a": {"features": []}})


def test_multipolygon_gives_one_subpath_per_ring():
    multi = {"type": "MultiPolygon", "coordinates": [square(0, 0, 1, 1)["coordinates"], square(2, 0, 3, 1)["coordinates"]]}
    out = project_layers({"a": {"features": [{"id": "m", "geometry": multi}]}})
    assert out["a"]["paths"][0].count("M") == 2 and out["a"]["paths"][0].count("z") == 2


def test_ring_path_relative_steps_without_repeats():
    from dashboard.state import _ring_path

    assert _ring_path([(0, 0), (10, 0), (10, 0), (10, 5), (0, 0)]) == "M0 0l10 0 0 5 -10 -5z"


def test_unit_changes_records_only_changes():
    frames = [
        (0, pd.DataFrame({"id": ["a", "b"], "status": ["unknown", "contested"], "since": [None, "2021-08-01"],
                          "event_ids": [(), ("e1",)]})),
        (3, pd.DataFrame({"id": ["a", "b"], "status": ["taliban", "contested"], "since": ["2021-08-04", "2021-08-01"],
                          "event_ids": [("e2",), ("e1",)]})),
    ]
    changes = unit_changes(frames, "id", ["a", "b", "c"], lambda row: len(row["event_ids"]))
    assert changes[0] == [[3, status_code("taliban"), "2021-08-04", 1]]
    assert changes[1] == [[0, status_code("contested"), "2021-08-01", 1]]
    assert changes[2] == []  # never in a table: unknown throughout, no change point


def test_state_at_and_codes_on(series):
    days = series["days"]
    kunduz = series["district"]["ids"].index("D1")
    aug5, aug9 = days.index("2021-08-05"), days.index("2021-08-09")
    assert state_at(series["district"]["changes"][kunduz], 0) == (status_code("unknown"), None, 0)
    assert state_at(series["district"]["changes"][kunduz], aug5)[:2] == (status_code("contested"), "2021-08-01")
    assert state_at(series["district"]["changes"][kunduz], aug9) == (status_code("taliban"), "2021-08-08", 1)
    codes = codes_on(series, "district", aug9)
    assert codes[kunduz] == status_code("taliban")
    assert codes[series["district"]["ids"].index("D2")] == status_code("unknown")


def test_sources_count_distinct_articles(series):
    # e2 and e3 come from the same article: one source
    kunduz = series["district"]["ids"].index("D1")
    assert series["district"]["changes"][kunduz][-1][3] == 1


def test_province_follows_its_capital(series):
    kdz = series["province"]["ids"].index("AF-KDZ")
    aug9 = series["days"].index("2021-08-09")
    assert state_at(series["province"]["changes"][kdz], aug9)[0] == status_code("taliban")


def test_count_codes_sum_to_units(series):
    counts = count_codes(series, "district")
    assert len(counts) == len(series["days"])
    assert all(sum(day) == 4 for day in counts)
    last = counts[-1]
    assert last[status_code("taliban")] == 1 and last[status_code("claimed")] == 1


def test_candidate_days_cover_row_boundaries():
    built = fake_built()
    days = built.timeline.days()
    wanted = [days[n] for n in candidate_days(built.timeline, days)]
    assert days[0] in wanted
    for day in (dt.date(2021, 8, 1), dt.date(2021, 8, 8), dt.date(2021, 8, 10)):
        assert day in wanted


class _NoRows:
    """The same timeline without `rows`: build_series must then ask it about every day."""

    def __init__(self, timeline):
        self.days, self.state_on, self.province_state_on = timeline.days, timeline.state_on, timeline.province_state_on


def test_sampling_change_days_equals_asking_every_day():
    built = fake_built()
    boundaries = square_boundaries()
    fast = build_series(built, boundaries)
    built.timeline = _NoRows(built.timeline)
    slow = build_series(built, boundaries)
    assert fast == slow


def test_day_label():
    assert day_label(dt.date(2021, 8, 13)) == "Friday 13 August 2021"


DAYS = ["2021-08-01", "2021-08-02", "2021-08-03"]
UNITS = {"district": ["D1", "D2"], "province": ["AF-KDZ"]}


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", ViewState(2, "district", None)),
        (None, ViewState(2, "district", None)),
        ("?date=2021-08-02", ViewState(1, "district", None)),
        ("?date=2021-08-02&layer=province&unit=AF-KDZ", ViewState(1, "province", "AF-KDZ")),
        ("?date=2020-01-01", ViewState(0, "district", None)),
        ("?date=2030-01-01&layer=nonsense", ViewState(2, "district", None)),
        ("?date=garbage&unit=D2", ViewState(2, "district", "D2")),
        ("?unit=AF-KDZ", ViewState(2, "district", None)),  # not a district
        ("?unit=%3Cscript%3E", ViewState(2, "district", None)),
    ],
)
def test_parse_query(search, expected):
    assert parse_query(search, DAYS, UNITS) == expected


def test_query_round_trip():
    view = ViewState(1, "province", "AF-KDZ")
    query = to_query(view, DAYS)
    assert query == "?date=2021-08-02&layer=province&unit=AF-KDZ"
    assert parse_query(query, DAYS, UNITS) == view


def sampled(built):
    """`built` with its timeline hidden behind the sampling interface only (state_on per day)."""
    timeline = built.timeline
    proxy = SimpleNamespace(rows=timeline.rows, days=timeline.days, state_on=timeline.state_on,
                            province_state_on=timeline.province_state_on)
    return dataclasses.replace(built, timeline=proxy)


def test_series_read_off_the_timeline_rows_equals_sampling_it(built, boundaries):
    fast = build_series(built, boundaries)
    assert any(len(points) > 1 for points in fast["district"]["changes"])
    assert any(fast["province"]["changes"])
    assert fast == build_series(sampled(built), boundaries)


def test_series_of_the_sample_corpus_read_off_the_rows_equals_sampling_it(tmp_path, boundaries):
    from frontmap.build import build_corpus
    from frontmap.built import load_built
    from frontmap.paths import SAMPLE_CORPUS

    build_corpus(SAMPLE_CORPUS, data_dir=tmp_path)
    built = load_built(tmp_path)
    assert build_series(built, boundaries) == build_series(sampled(built), boundaries)
