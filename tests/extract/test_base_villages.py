"""A base named by its village, then the district that holds it (`frontmap.extract.bases`; invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.bases import base_at_village


@pytest.mark.parametrize(("text", "expected"), [
    # a base lost at a village in a district is the district lost
    ("The Taliban overran an army base at Kariz Nazar in Maiwand district on Friday.", {("Maiwand", T)}),
    ("Government forces abandoned a large ANA base at Sar-e Hawza in the Arghistan district of the province on Friday.",
     {("Arghistan", T)}),
    # an attack on it is fighting there; troops going to it or holding it give nothing up
    ("The Taliban attacked an army base at Gorak in Khakrez district on Friday.", {("Khakrez", C)}),
    ("Soldiers withdrew to an army base at Gorak in Khakrez district on Friday.", set()),
    ("Security forces kept the army base at Gorak in Khakrez district on Friday.", set()),
])
def test_a_base_at_a_village_stands_for_its_district(finder, text, expected):
    assert statuses(finder, text) == expected


def test_only_a_base_named_by_a_village_opens_the_hop():
    assert base_at_village("captured a large ANA base at Hassan Karez in the ")
    assert base_at_village("seized the army base near Sar-e Hawza in ")
    assert not base_at_village("captured a village at Hassan Karez in the ")
    assert not base_at_village("captured the army base at the airport in ")
