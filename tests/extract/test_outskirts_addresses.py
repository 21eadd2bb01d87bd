"""The outskirts named only as where a camp, a mosque or a settlement lies tell no fighting; fighters
on (or pressing on) the outskirts still do. Sentences of our own, in the style of spring 2021 reports."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.outskirts_addresses import is_an_address
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("text", "expected"), [
    ("Displaced families are sheltering in a tent camp on the outskirts of Kandahar city.", set()),
    ("An explosion at a mosque on the outskirts of Kabul killed four worshippers on Friday.", set()),
    ("He spoke by phone from a settlement on the northern outskirts of Kunduz.", set()),
    ("Army units pulled back to a base on the outskirts of Qalat on Saturday.", set()),
    # ... while fighters there, or a fight word of its own, still tell fighting near the town
    ("Taliban fighters were on the outskirts of Ghazni city on Friday.", {("Ghazni", C)}),
    ("Clashes broke out on Friday near a camp on the outskirts of Lashkar Gah.", {("Lashkar Gah", C)}),
])
def test_outskirts_as_an_address(finder, text, expected):
    assert statuses(finder, text) == expected


def test_an_address_needs_a_standing_place_before_it():
    view = text_view("The insurgents pressed on the outskirts of Herat.")
    assert not is_an_address(view, view.index("outskirts"))
    view = text_view("Families live in a camp on the outskirts of Herat.")
    assert is_an_address(view, view.index("outskirts"))


def test_where_a_retreat_ended_is_an_address():
    view = text_view("Soldiers withdrew to their base on the outskirts of Qalat.")
    assert is_an_address(view, view.index("outskirts"))
    view = text_view("Soldiers withdrew to the outskirts of Qalat.")  # no place on the outskirts: the retreat reached the town's edge
    assert not is_an_address(view, view.index("outskirts"))
