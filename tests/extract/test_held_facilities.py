"""A side in control of a town's airport or prison, or taking it over as foreign troops evacuate it,
says nothing of the town itself; holding parts or the outskirts of the town, or taking its airport
from the government, is still fighting there."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "Taliban fighters were in full control of Kabul's international airport on Tuesday morning.",
    "The insurgents now control Kandahar's main prison, a guard said.",
    "Taliban gunmen remained in control of Kunduz airport on Monday, witnesses said.",
    # a facility taken over as the foreign troops evacuate it
    "Taliban fighters took control of parts of Kunduz airport on Friday as American troops pressed on with the evacuation.",
    "The insurgents took over Kunduz airport after the last US plane left, a spokesman for the movement said.",
])
def test_a_facility_held_is_no_event_of_its_town(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize("text", [
    "The Taliban were in control of parts of Kunduz city on Thursday, officials said.",
    "The Taliban now control Herat's southern outskirts, a police officer said.",
    "Taliban fighters seized Kunduz airport on Saturday, officials said.",
    # an evacuation without foreign troops, or foreign troops without an evacuation
    "Taliban fighters seized Kunduz airport on Monday, forcing the evacuation of wounded soldiers.",
    "Insurgents seized part of Herat airport on Sunday, weeks after the last US troops left the west.",
])
def test_parts_held_or_a_facility_taken_stay_a_fight(finder, text):
    assert statuses(finder, text) == {(_place(text), C)}


def _place(text: str) -> str:
    """Return the town a near-miss sentence names."""
    return next(name for name in ("Kunduz", "Herat") if name in text)
