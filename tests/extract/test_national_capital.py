""""The Afghan capital", "the country's capital" with no name after it is Kabul, not the last city
told (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.national_capital import _NATIONAL


@pytest.mark.parametrize(("text", "expected"), [
    ("the Afghan capital", True),
    ("Afghanistan's capital", True),
    ("the country's capital", True),
    ("the provincial capital", False),
    ("the Afghan capital of the 1990s", False),
    ("the Afghan presidential palace", True),
    ("the presidential palace", True),
    ("the presidential palace in Kabul", False),  # the name after it is the mention
    # what the government is left with as the cities fall
    ("leaving only the capital in government hands", True),
    ("is left holding the capital and a few towns", True),
    ("said the capital was still in government hands", False),  # a local report's own capital
])
def test_a_description_of_the_national_capital(text, expected):
    assert bool(_NATIONAL.search(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters took Jalalabad. By evening they were on the outskirts of the Afghan capital.", {("Jalalabad", T), ("Kabul", C)}),
    ("Officials in the Afghan capital said Jalalabad had fallen.", {("Jalalabad", T)}),
])
def test_the_afghan_capital_is_kabul(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters took Jalalabad, and by evening they had occupied the Afghan presidential palace.", {("Jalalabad", T), ("Kabul", T)}),
    ("Jalalabad fell on Sunday as the president met his ministers at the presidential palace.", {("Jalalabad", T)}),
    # a time of day after the palace names no place of its own
    ("Jalalabad fell, and Taliban fighters took over the presidential palace in the evening.", {("Jalalabad", T), ("Kabul", T)}),
    ("Jalalabad fell on Sunday as the president met envoys at the presidential palace in the morning.", {("Jalalabad", T)}),
])
def test_the_presidential_palace_is_the_seat_in_kabul(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a report filed in Kabul: "the capital" is its own city, unless the sentence opens on a
    # province or puts the capital in a where-clause of one
    ("Taliban attack\nKABUL, Aug 1 (AP) - Fighters stormed the capital on Sunday.", {("Kabul", C)}),
    ("Taliban attack\nKABUL, Aug 1 (AP) - In the southern province of Zabul, fighters stormed the capital on Sunday.", {("Qalat", C)}),
    ("Taliban attack\nKABUL, Aug 1 (AP) - Clashes went on in Faryab province, where fighters stormed the capital on Sunday.", {("Maimana", C)}),
    ("Taliban attack\nKABUL, Aug 1 (AP) - Fighters who overran Wardak province stormed the capital on Sunday.", {("Kabul", C), ("Wardak", T)}),
])
def test_the_capital_after_a_province_set_as_the_scene(finder, text, expected):
    assert statuses(finder, text) == expected
