"""Falls told as a transfer to the Taliban or as a loss of government control."""

from __future__ import annotations

import pytest

from frontmap.extract.triggers import FALL, find_triggers, find_triggers_full_scan


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Jalalabad was transferred to the Taliban early on Sunday.", "transferred to"),
        ("Gilan and Khakrez have been taken out of government control.", "taken out of government control"),
        ("Officials said the district had slipped out of government control.", "slipped out of government control"),
        ("Officials said Almar slipped from government control overnight.", "slipped from government control"),
        ("Almar slipped out of the government's hands.", "slipped out of the government's hands"),
    ],
)
def test_a_transfer_or_a_loss_of_control_is_a_fall(sentence, text):
    found = [t for t in find_triggers(sentence) if t.kind == FALL]
    assert [t.text for t in found] == [text]
    assert len(find_triggers_full_scan(sentence)) == len(find_triggers(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prisoners from Ghazni were transferred to Kabul on Tuesday.",
        "Twelve police officers were transferred to the Taliban's prison in Shigal.",
    ],
)
def test_a_transfer_elsewhere_is_no_fall(sentence):
    assert not [t for t in find_triggers(sentence) if t.kind == FALL]
