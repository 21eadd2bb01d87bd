"""?unit= by name: resolved with the gazetteer (province context), ids and unknown names untouched."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from dashboard.unit_names import gazetteer_resolver, resolve_query
from geodata.gazetteer import Gazetteer

KUNDUZ = "17698898B60886536033067"
MAZAR = "17698898B70189679586713"


@pytest.fixture(scope="module")
def resolve():
    return gazetteer_resolver(Gazetteer.load())


@pytest.fixture(scope="module")
def unit_ids():
    districts = Gazetteer.load().districts()
    return {"district": list(districts["district_id"]), "province": sorted(set(districts["province_code"]))}


def query(search):
    return {key: values[0] for key, values in parse_qs(search.lstrip("?")).items()}


@pytest.mark.parametrize("search, layer, unit", [
    ("?unit=Kunduz", "district", KUNDUZ),
    ("?date=2021-08-13&unit=Mazar-i-Sharif", "district", MAZAR),
    ("?layer=province&unit=Kunduz", "province", "AF-KDZ"),
    ("?unit=Badghis", "province", "AF-BDG"),  # only a province bears the name
    ("?unit=Kunduz&province=AF-KDZ", "district", KUNDUZ),
])
def test_names_resolve_to_ids(resolve, unit_ids, search, layer, unit):
    found = query(resolve_query(search, unit_ids, resolve))
    assert (found["layer"], found["unit"]) == (layer, unit)
    assert "province" not in found


@pytest.mark.parametrize("search", [f"?unit={KUNDUZ}", "?unit=Quetta", "?date=2021-08-01", None, ""])
def test_ids_unknown_names_and_no_unit_are_left_alone(resolve, unit_ids, search):
    assert resolve_query(search, unit_ids, resolve) == search
