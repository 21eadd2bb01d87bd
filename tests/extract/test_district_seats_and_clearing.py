"""A district's own building, compound or office named before it ("the district building of X
fell") is its seat: the district falls, not a part of it; a place cleared "of" or "from" the
Taliban is retaken, also with an adverb after "able to" or "managed to" ("were able to completely
clear X from the Taliban"); a hope or plan to clear a place is no event. Sentences of our own,
in the style of July 2021 district reports."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The district building of Pasaband district fell to the Taliban on Monday.", {("Pasaband", T)}),
    ("Insurgents seized the district compound of Khwaja Omari late on Monday.", {("Khwaja Omari", T)}),
    ("Fighters took over the district office of Qaisar after the police withdrew.", {("Qaisar", T)}),
    # the police's building alone is still a part of the district
    ("Insurgents seized the police headquarters in Shahrak on Friday.", {("Shahrak", C)}),
])
def test_a_districts_own_building_is_its_seat(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Security forces were able to completely clear Qala-e-Naw from the Taliban last night.", {("Qala-e Naw", G)}),
    ("Commandos managed to clear Dawlatabad district of militants on Wednesday.", {("Dawlatabad", G)}),
    ("Afghan forces were able to swiftly retake Kahmard district on Thursday.", {("Kahmard", G)}),
])
def test_clearing_a_place_of_the_taliban_is_a_retake(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "Forces hope to quickly clear Shahrak district of the Taliban in the coming days.",
    "It is not clear whether Shahrak district is still held by the army.",
])
def test_a_hope_to_clear_or_an_unclear_state_is_no_event(finder, text):
    assert statuses(finder, text) == set()
