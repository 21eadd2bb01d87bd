""""N km southwest of Afghanistan's capital, Kabul" makes Kabul a distance landmark."""

from __future__ import annotations

import pytest

from frontmap.extract.rules import place_role_blocks


def _role(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    return place_role_blocks(sentence, start, start + len(name), 0)


@pytest.mark.parametrize("sentence", [
    "The town, some 60 miles southwest of Afghanistan's capital, Kabul, was besieged for weeks.",
    "Fighting raged in Maidan Shahr, 35 km west of Afghanistan's capital Kabul, on Sunday.",
    "Gardez lies south of Afghanistan's capital, Kabul, on the road to Khost.",
])
def test_a_distance_from_afghanistans_capital_is_a_landmark(sentence):
    assert _role(sentence, "Kabul") == "reference point"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Insurgents seized two districts in the east of Afghanistan, Kunar and Nuristan among them.", "Kunar"),
    ("Militants in the north of the country, Kunduz above all, pressed their attacks.", "Kunduz"),
])
def test_a_region_of_the_country_is_no_landmark(sentence, name):
    assert _role(sentence, name) is None
