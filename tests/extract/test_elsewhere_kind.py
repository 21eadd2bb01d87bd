"""Where a sentence's event happens: "Elsewhere," opening a sentence turns to another place (the
place named is where the event is, kind `ground`), while "elsewhere" after the event keeps it `nearby`."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, NEARBY, event_kind


@pytest.mark.parametrize("excerpt", [
    "Elsewhere, Taliban fighters seized Aybak without a fight.",
    "Elsewhere in the north, the insurgents captured Aybak on Monday.",
    "Meanwhile, elsewhere, militants seized Aybak after the police fled.",
])
def test_a_sentence_opening_with_elsewhere_is_on_the_ground(excerpt):
    trigger = "seized" if "seized" in excerpt else "captured"
    assert event_kind(trigger, excerpt, "taliban") == GROUND


def test_elsewhere_after_the_event_stays_nearby():
    assert event_kind("Fighting", "Fighting raged in Kunduz and elsewhere, officials said.", "contested") == NEARBY

