"""The ends of a route ("the highway that connects Kabul with Kandahar") are landmarks."""

from __future__ import annotations

import pytest

from frontmap.extract.rules import place_role_blocks


def _role(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    return place_role_blocks(sentence, start, start + len(name), 0)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The fall of the town cuts the highway that links Kabul with Kandahar.", "Kabul"),
    ("The fall of the town cuts the highway that links Kabul with Kandahar.", "Kandahar"),
    ("Clashes closed the road connecting Kunduz to Taloqan.", "Kunduz"),
    ("Clashes closed the road connecting Kunduz to Taloqan.", "Taloqan"),
    ("The district, which connects the city of Herat and the border, fell.", "Herat"),
])
def test_a_route_end_is_a_reference_point(sentence, name):
    assert _role(sentence, name) == "reference point"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Taliban seized Kunduz, linked to the capital by road, on Sunday.", "Kunduz"),
    ("The Taliban captured Ghazni and Kandahar on Thursday, linking their fronts.", "Ghazni"),
    ("Officials linked the attack to fighters who captured Ghazni on Thursday.", "Ghazni"),
    ("The Taliban claimed a crossing connecting Spin Boldak to the Pakistani side.", "Spin Boldak"),
])
def test_a_place_before_or_past_a_route_verb_is_not(sentence, name):
    assert _role(sentence, name) is None
