"""An entry or an assault read again by the outcome its own sentence tells: a Taliban entry that
took control is a capture, an assault that cleared the place of the Taliban a retaking (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters swept into Ghazni on Friday and took control of the city.", {("Ghazni", T)}),
    ("The insurgents rolled into Kunduz and seized full control of it, residents said.", {("Kunduz", T)}),
    ("Armed villagers attacked Nawur on Friday and cleared it of the Taliban.", {("Nawur", C), ("Nawur", G)}),
    ("Commandos stormed Malistan on Friday and drove the insurgents out.", {("Malistan", C), ("Malistan", G)}),
    ("The Taliban moved into Ghazni on Friday after elders negotiated the fall of the government there.", {("Ghazni", T)}),
    ("Taliban fighters entered Ghazni after the governor surrendered.", {("Ghazni", T)}),
])
def test_the_outcome_decides(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt, a prison emptied, an outcome at another place: the entry stays an entry
    ("Commandos attacked Malistan on Friday and tried to drive the Taliban out.", {("Malistan", C)}),
    ("Taliban fighters stormed Ghazni prison on Friday and freed hundreds of inmates.", {("Ghazni", C)}),
    ("Taliban fighters entered Ghazni on Friday and took control of Andar district.", {("Ghazni", C), ("Andar", T)}),
    ("Taliban fighters entered Ghazni on Friday after talks on a handover broke down.", {("Ghazni", C)}),
])
def test_no_outcome_for_the_entry(finder, text, expected):
    assert statuses(finder, text) == expected
