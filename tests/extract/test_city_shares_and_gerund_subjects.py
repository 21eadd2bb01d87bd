"""Tests for a share of a city's own districts told without a total ("nine of the X districts",
"all but one district of X", "most of X's districts"): the city is fought over, not taken; and for
a capture told as a gerund subject of a modal ("Capturing X would be ..."): weighed, not done."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text", [
    "The Taliban seized nine of the Lashkar Gah districts on Tuesday.",
    "Officials said all but one district of Lashkar Gah was under Taliban control.",
    "Fighters captured most of Lashkar Gah's districts overnight.",
])
def test_a_share_of_a_citys_districts_is_fighting_there(finder, text):
    found = statuses(finder, text)
    assert ("Lashkar Gah", "contested") in found
    assert ("Lashkar Gah", "taliban") not in found


def test_named_districts_of_a_province_stay_taken(finder):
    found = statuses(finder, "The Taliban captured Nad Ali and Nawa, two of the Helmand districts near Lashkar Gah.")
    assert {("Nad Ali", "taliban"), ("Nawa", "taliban")} <= found


@pytest.mark.parametrize("text, place", [
    ("Capturing Lashkar Gah would be a major victory for the insurgents.", "Lashkar Gah"),
    ("The Taliban taking full control of Kandahar could cut the south off.", "Kandahar"),
    ("They hold two capitals, but seizing Kunduz, a city of 370,000, would be their largest gain.", "Kunduz"),
])
def test_a_gerund_subject_of_a_modal_is_no_capture(finder, text, place):
    assert (place, "taliban") not in statuses(finder, text)


@pytest.mark.parametrize("text, place", [
    ("After taking Qalat on Friday the Taliban would turn north.", "Qalat"),
    ("They pushed on, but taking Farah, a city of some 100,000 people, was their biggest gain that day.", "Farah"),
    ("Fighters taking over Tarinkot on Friday met no resistance.", "Tarinkot"),
])
def test_a_gerund_after_a_preposition_or_without_a_modal_is_a_capture(finder, text, place):
    assert (place, "taliban") in statuses(finder, text)
