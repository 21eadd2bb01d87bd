"""Tests for frontmap.extract.facility_modifiers: a province named only as where a facility lies."""

from __future__ import annotations

import pytest

from frontmap.extract.facility_modifiers import names_a_facility_of_it


def after(sentence: str, province: str) -> bool:
    """Return what the module says of the first `province` in `sentence`."""
    return names_a_facility_of_it(sentence, sentence.index(province) + len(province))


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("Taliban seize Helmand army base", "Helmand"),
        ("Insurgents overran a Zabul police checkpoint at dawn.", "Zabul"),
        ("Guards left the Paktia province prison overnight.", "Paktia"),
        ("Fighters stormed a Badakhshan border outpost on Friday.", "Badakhshan"),
    ],
)
def test_a_province_before_a_facility_only_says_where_it_lies(sentence, province):
    assert after(sentence, province)


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("The Taliban captured Helmand province on Friday.", "Helmand"),
        ("Taliban take Helmand, base of foreign troops for years", "Helmand"),
        ("Fighting spread across Zabul on Monday.", "Zabul"),
        ("Uruzgan based elders brokered a deal.", "Uruzgan"),
    ],
)
def test_a_province_told_of_itself_is_no_facility_s_locator(sentence, province):
    assert not after(sentence, province)
