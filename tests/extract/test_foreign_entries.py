"""Entries abroad: troops who "entered Iranian territory" or "entered Tajikistan" fled across the
border, no advance into the Afghan place they stood at; fighters who entered a crossing named
beside the border did advance into it."""

from __future__ import annotations

import pytest

from frontmap.extract.foreign_entries import is_an_entry_abroad


@pytest.mark.parametrize("view", [
    "troops stationed at the crossing retreated and entered iranian territory for refuge",
    "about 300 soldiers entered tajikistan overnight",
    "the guards entered the neighbouring iranian soil",
])
def test_an_entry_into_a_neighbour_is_abroad(view):
    assert is_an_entry_abroad(view, view.index("entered"))


@pytest.mark.parametrize("view", [
    "taliban fighters entered islam qala, on the border with iran",
    "fighters entered the iranian border town of the crossing's district",
    "insurgents entered iran's side of the crossing",
])
def test_an_entry_into_an_afghan_place_is_no_entry_abroad(view):
    assert not is_an_entry_abroad(view, view.index("entered"))
