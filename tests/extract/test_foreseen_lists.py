"""Tests for lists opened by "viz." and for lists of places a speaker fears for
(frontmap.extract.foreseen_lists)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.foreseen_lists import foreseen_before
from frontmap.extract.text import split_sentences

_DAY = dt.date(2021, 6, 22)


def test_viz_does_not_end_a_sentence():
    text = "Fighters overran two districts, viz. Qaisar and Almar, on Monday. Officials confirmed it."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("opener", ["viz.", "viz.,", "namely"])
def test_a_list_after_viz_is_what_the_verb_took(opener):
    text = f"Taliban fighters overran two districts of Faryab, {opener} Qaisar and Almar, on Monday, a council member said."
    assert {("Qaisar", "taliban"), ("Almar", "taliban")} <= real_events(text, _DAY)


@pytest.mark.parametrize("opener", ["viz.", "including", "namely"])
def test_a_list_of_places_feared_for_is_no_object(opener):
    text = ("Insurgents captured Qaisar district on Monday, the council said, and named the districts "
            f"it feared would go next, {opener} Almar and Pashtun Kot.")
    events = real_events(text, _DAY)
    assert ("Qaisar", "taliban") in events
    assert not {place for place, _ in events} & {"Almar", "Pashtun Kot"}


@pytest.mark.parametrize("gap, foreseen", [
    (" 13 districts, including ", False),
    (" Qaisar, and named the districts it feared would go next, including ", True),
    (" the towns that could fall next, namely ", True),
])
def test_foreseen_before(gap, foreseen):
    assert foreseen_before(gap, gap.rindex(",")) is foreseen
