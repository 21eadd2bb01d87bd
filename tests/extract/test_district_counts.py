"""A place named only as the owner of a counted share of its districts ("five of X's seven
districts", "ten districts out of X's 16 districts") has no event of its own, like "five of the
seven districts of X"; "all of X's districts" is the whole of X. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.district_counts import counted_among_its_districts
from frontmap.extract.text import text_view


@pytest.mark.parametrize("text", [
    "The Taliban now hold 12 of Ghazni's 19 districts.",
    "Insurgents control eight districts out of Faryab's 14 districts.",
    "Six of Badghis' seven districts are in Taliban hands.",
    "Most of Helmand's districts are under Taliban control.",
])
def test_a_counted_share_of_its_districts_is_no_event_of_the_place(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban captured all of Badghis's districts on Monday.", {("Badghis", T)}),
    ("The Taliban captured Ghazni's Andar district on Monday.", {("Andar", T)}),
])
def test_the_whole_or_a_named_district_stays_an_event(finder, text, expected):
    assert statuses(finder, text) == expected


def test_the_share_needs_a_count_before_and_districts_after():
    view = text_view("They hold five of Ghazni's 19 districts and two of Zabul's.")
    ghazni, zabul = view.index("ghazni"), view.index("zabul")
    assert counted_among_its_districts(view, ghazni, ghazni + len("ghazni"))
    assert not counted_among_its_districts(view, zabul, zabul + len("zabul"))


@pytest.mark.parametrize("text", [
    "The outlook is grim in Ghazni, where the Taliban control 12 of 19 districts.",
    "Fighting spread across Faryab (the insurgents now hold nine of its 14 districts) this week.",
    "In Badghis, the militants have seized six of the seven districts.",
])
def test_a_count_told_in_an_aside_after_the_name_is_no_event_of_the_place(finder, text):
    assert statuses(finder, text) == set()


def test_an_aside_naming_a_district_is_no_count(finder):
    assert statuses(finder, "Clashes went on in Ghazni, where the Taliban seized Andar district on Monday.") == {("Andar", T), ("Ghazni", "contested")}
