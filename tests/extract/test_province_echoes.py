"""A province's fight that retells a district of it told before is dropped; a fight that spread
wider, or has a day of its own, stays. Sentences of our own, in the style of June 2021 reports."""

from __future__ import annotations

from dataclasses import dataclass

from frontmap.extract.province_echoes import without_province_echoes
from frontmap.extract.text import text_view
from frontmap.status import CONTESTED, TALIBAN


@dataclass(frozen=True)
class _Draft:
    key: str
    district_id: str | None
    province_code: str
    status: str
    basis: str
    index: int


_DISTRICT = _Draft("d-qaisar", "d-qaisar", "AF-FYB", TALIBAN, "weekday", 1)


def _kept(sentence: str, basis: str = "carried") -> bool:
    province = _Draft("AF-FYB", None, "AF-FYB", CONTESTED, basis, 2)
    views = {1: "the taliban overran qaisar district on friday ", 2: text_view(sentence)}
    return province in without_province_echoes([_DISTRICT, province], views.__getitem__)


def test_the_clashes_in_the_province_retell_the_district():
    assert not _kept("The clashes in Faryab come as reinforcements are delayed.")
    assert not _kept("Fifteen soldiers were killed in clashes in the province.")


def test_a_wider_fight_or_a_day_of_its_own_stays():
    assert _kept("The clashes spread across Faryab province.")
    assert _kept("The clashes in Faryab went on on Saturday.", basis="weekday")
    assert _kept("Fighting raged in Faryab.")  # not told as the fighting already reported


def test_a_province_fight_told_before_its_districts_stays():
    province = _Draft("AF-FYB", None, "AF-FYB", CONTESTED, "carried", 0)
    later = _Draft("d-qaisar", "d-qaisar", "AF-FYB", TALIBAN, "weekday", 1)
    views = {0: text_view("The clashes in Faryab went on."), 1: "the taliban overran qaisar district "}
    assert province in without_province_echoes([province, later], views.__getitem__)
