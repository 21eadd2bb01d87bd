"""District words: whether the text calls a name shared by a district and its province a district.

"Balkh" is a province and one of its districts. Written with "district" after it, alone ("Balkh
district") or closing a list of names ("Sholgar, Chamtal, Balkh and Kushanda districts"), it is the
district, even in a sentence about several districts, where the bare name would mean the province.
"two Balkh districts" (a number or a word before it) counts districts of the province instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.gazetteer import Place

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|wa|e|i|o))*"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# "Balkh district", "Balkh district's centre"; not "Balkh districts" on its own
_DISTRICT_AFTER = re.compile(r"\s+district\b(?!s)", re.IGNORECASE)
# "Balkh, Dawlatabad and Kushanda districts": other names, then the plural closing the list
# "the district of Balkh", "the northern district of Balkh" (not "the Chimtal district of Balkh": a locator)
# (not "the only district of Balkh", "the last district of Y": one of its districts, counted)
_DISTRICT_OF_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?!(?:only|last|first|second|third|other|remaining|same|sole|biggest|largest|smallest)\b)[a-z][\w-]*\s+)?district\s+of\s+$")
_LIST_CLOSED_AFTER = re.compile(rf"(?:{_JOIN}{_NAME}){{1,10}}\s+districts\b")
# "Chamtal and Balkh districts": the last name of a list whose earlier names come before it
_LIST_OPENED_BEFORE = re.compile(rf"{_NAME}{_JOIN}$")
_PLURAL_AFTER = re.compile(r"\s+districts\b")
# "several Kandahar and Helmand districts", "two Balkh districts": districts of the provinces named
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|all|other|more|few|key|remote)\s+"
    rf"(?:{_NAME}{_JOIN})*$", re.IGNORECASE,
)


def called_a_district(sentence: str, start: int, end: int) -> bool:
    """Return True when the text calls the name at [start, end) of `sentence` a district: "district"
    right after it, "the district of" right before it, or a list of names it belongs to that ends in
    "districts"."""
    if _DISTRICT_AFTER.match(sentence, end) or _DISTRICT_OF_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    # the count before the name overrules a list: searched for only once a list is found (most names have none)
    listed = _LIST_CLOSED_AFTER.match(sentence, end, end + 200) or (_PLURAL_AFTER.match(sentence, end) and closes_a_list(sentence, start))
    return bool(listed) and not _COUNTED_BEFORE.search(sentence, max(0, start - 80), start)


def closes_a_list(sentence: str, start: int) -> bool:
    """Return True when the name starting at `start` of `sentence` is the last of a list of names
    ("Chamtal and Balkh", "Zari, Kaldar and Balkh"), so that a plural after it is the list's."""
    return bool(_LIST_OPENED_BEFORE.search(sentence, max(0, start - 60), start))



def district_if_listed(place: Place, candidates: Sequence[Place], text: str, span: tuple[int, int]) -> Place:
    """Return the district named like the province `place` when the text calls the name at `span`
    a district ("Chamtal, Balkh and Kushanda districts"), else `place`; `candidates` are the places
    the name may mean."""
    if place.kind != "province" or not called_a_district(text, *span):
        return place
    return next((c for c in candidates if c.kind == "district" and c.province_code == place.province_code), place)
