"""A province named only as where a facility lies: "Taliban seize Helmand army base".

A province's name right before a facility noun ("a Helmand army base", "Uruzgan checkpoint",
"Badakhshan police post", "the province's central prison") says where the facility is; taking the facility is not taking the
province, nor fighting across it. A city named like its province is left to the rules for parts
of a place ("Kunduz airport": fighting at Kunduz), unless what it owns is the frontier ("all of
Herat's border crossings", "Herat's borders"): no city holds those, and what "it" takes up after
"the second crossing in Herat" is the crossing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract import border_site_provinces

if TYPE_CHECKING:
    from geodata.gazetteer import Place

_FACILITY_AFTER = re.compile(
    r"(?:\s+province)?(?:['’]s)?\s+(?:(?:army|military|police|border|security|government|intelligence|main|key|former|old|central|provincial)\s+){0,2}"
    r"(?:base|airbase|air\s+base|camp|checkpoint|check\s+post|outpost|post|garrison|barracks|prison|jail|compound|airport"
    r"|airfield|dam|bridge|headquarters|depot)s?\b",
    re.IGNORECASE,
)


def names_a_facility_of_it(sentence: str, end: int) -> bool:
    """Return True when the province name ending at `end` qualifies a facility noun after it
    ("Helmand army base", "Paktia province prison")."""
    return _FACILITY_AFTER.match(sentence, end) is not None


# "the Kunduz border post", "the Herat border crossing of Islam Qala": a crossing on the frontier;
# the crossing words alone say so: "all of Herat's border crossings", "Kunduz's two crossing points", "Herat crossing falls"
_SITE_ADJECTIVES = r"(?:(?:main|key|official|customs|two|three|four|both|busiest|biggest|largest|other|remaining)\s+){0,2}"
_BORDER_SITE_AFTER = re.compile(
    r"(?:\s+province)?(?:['’]s\s+" + _SITE_ADJECTIVES + r"(?:(?:border\s+)?(?:crossings?(?:\s+points?)?|(?:dry\s+|border\s+)?ports?|customs\s+posts?))"
    r"|\s+" + _SITE_ADJECTIVES + r"(?:border\s+(?:post|crossing|port|gate|checkpoint|outpost)s?|crossings?(?:\s+points?)?))\b",
    re.IGNORECASE,
)


def names_its_border_site(sentence: str, end: int) -> bool:
    """Return True when the name ending at `end` qualifies a border post or crossing after it ("the
    Kunduz border post of Shir Khan Bandar"): the province's frontier, which its capital of the same
    name does not hold; the post lies in the district on the border."""
    return _BORDER_SITE_AFTER.match(sentence, end) is not None


# "Herat's borders", "Kunduz's northern border": a frontier no city has, said with a city's name
_OWNED_BORDER_AFTER = re.compile(r"['’]s\s+(?:(?:western|eastern|northern|southern|long|entire|whole)\s+)?borders?\b", re.IGNORECASE)


def owns_frontier(place: Place, sentence: str, end: int) -> bool:
    """Return True when `place`, a province or a city named like its province, is named (ending at
    `end`) only as the owner of frontier sites ("all of Herat's border crossings", "the Kunduz border
    post"), or, a city, of a border ("Herat's borders"): the province's frontier, not the city's
    event nor the province's ("a border crossing in Kunduz province" is read as a part of it)."""
    if not _province_like(place):
        return False
    return names_its_border_site(sentence, end) or (place.kind != "province" and _OWNED_BORDER_AFTER.match(sentence, end) is not None)


def frontier_locator(place: Place, sentence: str, start: int, end: int) -> bool:
    """Return True when `place` is named at sentence[start:end] as the owner of frontier sites
    (`owns_frontier`) or as where one lies ("the second crossing in Herat"): what "it" after it
    takes up is the site, never the province or its capital."""
    if not _province_like(place):
        return False
    return owns_frontier(place, sentence, end) or border_site_provinces.site_in(sentence, start)


def _province_like(place: Place) -> bool:
    """Return True for a province or a city named like its province (Herat, Kunduz)."""
    return place.kind == "province" or place.name.lower() == place.province.lower()
