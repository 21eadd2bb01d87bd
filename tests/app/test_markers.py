"""Small districts get a marker: in the dashboard's geometry and in the command-line images."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.markers import capital_ids, dashboard_markers, path_box
from dashboard.state import project_layers
from frontmap.status import CLAIMED, TALIBAN, UNKNOWN

MAZAR = "17698898B70189679586713"
KABUL = "17698898B53195345217503"


@pytest.fixture(scope="module")
def boundaries(geodata_dir):
    from geodata.boundaries import load_boundaries

    return load_boundaries(geodata_dir)


@pytest.fixture(scope="module")
def markers(boundaries):
    geometry = project_layers({"district": boundaries.district_geojson()})
    return dashboard_markers(geometry)


def test_path_box_reads_relative_steps():
    assert path_box("M10 20l5 0 0 5 -5 0zM40 40l1 1z") == (10, 20, 41, 41)


def test_every_capital_and_the_tiniest_districts_get_a_marker(markers, boundaries):
    ids = set(markers["ids"])
    assert len(capital_ids()) == 34 and capital_ids() <= ids
    assert {MAZAR, KABUL} <= ids
    names = dict(zip(boundaries.districts["district_id"], boundaries.districts["district"]))
    assert "Jalalabad" in {names[i] for i in ids}
    assert len(ids) < 80  # a few dozen dots, not a second map
    assert len(markers["x"]) == len(markers["y"]) == len(ids) and markers["r"] > 5


def test_command_line_image_draws_dots_for_known_small_districts_and_hatches_claimed(boundaries):
    from dashboard.static_map import map_shapes, static_figure

    table = boundaries.districts.copy()
    table["status"] = UNKNOWN
    table.loc[table["district_id"] == MAZAR, "status"] = TALIBAN
    table.loc[table["district"] == "Herat", "status"] = CLAIMED
    figure = static_figure(table, dt.date(2021, 8, 14), shapes=map_shapes(table, "district_id"))
    dots = [t for t in figure.data if t.name == "small districts"]
    assert len(dots) == 1 and len(dots[0].x) == 2  # Mazar-i-Sharif and Herat; no unknown capital
    claimed = [t for t in figure.data if t.fill == "toself" and t.legendgroup == CLAIMED]
    assert claimed[0].fillpattern.shape == "/"
    taliban = [t for t in figure.data if t.fill == "toself" and t.legendgroup == TALIBAN]
    assert not taliban[0].fillpattern.shape
