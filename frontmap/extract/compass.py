"""Compass words in a definite reference: "the northern city" can only mean a place in the north.

Wire reports name a place, then come back to it as "the northern city", "the southern provincial
capital", "the western town". When such a word is given, a candidate place whose province lies
nowhere near that part of the country ("the northern city" after a sentence naming Kabul) is not
what the reference means. The regions below are generous on purpose: a province that reports
call by either of two neighbouring regions (Ghazni: "southeastern", "eastern", "central") is in
both, so only a plain contradiction passes a candidate over.
"""

from __future__ import annotations

_NORTH = {"AF-BAL", "AF-KDZ", "AF-TAK", "AF-BDS", "AF-JOW", "AF-SAR", "AF-SAM", "AF-BGL", "AF-FYB"}
_NORTHEAST = {"AF-BDS", "AF-TAK", "AF-KDZ", "AF-BGL", "AF-NUR", "AF-KNR", "AF-PAN", "AF-KAP"}
_NORTHWEST = {"AF-FYB", "AF-BDG", "AF-JOW", "AF-SAR", "AF-HER"}
_SOUTH = {"AF-KAN", "AF-HEL", "AF-ZAB", "AF-URU", "AF-NIM", "AF-FRA", "AF-GHA"}
_SOUTHWEST = {"AF-NIM", "AF-HEL", "AF-FRA", "AF-KAN"}
_SOUTHEAST = {"AF-GHA", "AF-PKA", "AF-PIA", "AF-KHO", "AF-ZAB", "AF-LOG"}
_WEST = {"AF-HER", "AF-FRA", "AF-BDG", "AF-GHO", "AF-NIM"}
_EAST = {"AF-NAN", "AF-KNR", "AF-LAG", "AF-NUR", "AF-PIA", "AF-KHO", "AF-PKA", "AF-LOG", "AF-KAP", "AF-GHA"}
_CENTRE = {"AF-KAB", "AF-WAR", "AF-LOG", "AF-PAR", "AF-KAP", "AF-BAM", "AF-DAY", "AF-GHO", "AF-URU", "AF-PAN", "AF-BGL", "AF-GHA"}

_REGIONS: dict[str, set[str]] = {
    "northern": _NORTH | _NORTHEAST | _NORTHWEST,
    "northeastern": _NORTHEAST, "north-eastern": _NORTHEAST,
    "northwestern": _NORTHWEST, "north-western": _NORTHWEST,
    "southern": _SOUTH | _SOUTHWEST | _SOUTHEAST,
    "southwestern": _SOUTHWEST, "south-western": _SOUTHWEST,
    "southeastern": _SOUTHEAST, "south-eastern": _SOUTHEAST,
    "western": _WEST | _NORTHWEST | _SOUTHWEST,
    "eastern": _EAST | _NORTHEAST | _SOUTHEAST,
    "central": _CENTRE,
}


def fits(modifier: str | None, province_code: str) -> bool:
    """Return False only when `modifier` is a compass word ("northern") and the province with
    `province_code` lies in no part of the country it names; True otherwise."""
    region = _REGIONS.get(modifier or "")
    return region is None or province_code in region
