"""Where a sentence's event happens: "Elsewhere," opening a sentence turns to another place (the
place named is where the event is, kind `ground`), while "elsewhere" after the event keeps it `nearby`.
A state that goes on after a comma belongs to the next clause: the taking before it is no hold."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, HOLD, NEARBY, event_kind


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



def test_a_state_after_the_comma_is_the_next_clause_s():
    assert event_kind("take", "Taliban take Kunduz, Mazar-i-Sharif remains tense", "taliban") == GROUND
    assert event_kind("fell", "Once Farah city fell on Tuesday, the remaining police withdrew to the airport.", "taliban") == GROUND
    assert event_kind("fallen", "The ministry rejected claims that Kishim had fallen, adding that police still held it.", "government") == HOLD
