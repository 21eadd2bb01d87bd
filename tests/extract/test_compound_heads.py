"""Tests for a known name that only opens a longer compound name ("Kushk" in "Kushk-e Kohnah"),
over the real gazetteer: the compound's own district is read when it names one the head cannot."""

from __future__ import annotations

import pytest

from frontmap.extract.compound_heads import longer_compound
from geodata.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _compound(gazetteer: Gazetteer, text: str, head: str) -> tuple[str, str] | None:
    """Return (text of the compound, district) that `head`, found first in `text`, opens, or None."""
    start = text.index(head)
    span = (start, start + len(head))
    head_places = [m.place for m in gazetteer.lookup(head)]
    found = longer_compound(gazetteer, text, span, head_places)
    return None if found is None else (text[start : found[0]], found[1].name)


@pytest.mark.parametrize("text, head, expected", [
    ("Forces left Kushk-i-Kuhnah on Thursday.", "Kushk", ("Kushk-i-Kuhnah", "Kushk-e Kuhna")),
    ("Forces left Kushk-e Kohnaa district on Thursday.", "Kushk", ("Kushk-e Kohnaa", "Kushk-e Kuhna")),
])
def test_a_compound_naming_another_district_is_read_whole(gazetteer, text, head, expected):
    assert _compound(gazetteer, text, head) == expected


@pytest.mark.parametrize("text, head", [
    ("Fighting went on in Kushk-i-Robat Sangi on Monday.", "Kushk"),  # the head's own district, spelt long
    ("Fighting went on in Kushk on Monday.", "Kushk"),  # no compound at all
    ("Fighting went on in Kushk-e Zzzqxw on Monday.", "Kushk"),  # a compound that names nothing
    ("The Kunduz-Takhar highway was cut.", "Kunduz"),  # a hyphen with no linking vowel: two places
])
def test_the_head_stands_when_the_compound_names_no_other_district(gazetteer, text, head):
    assert _compound(gazetteer, text, head) is None
