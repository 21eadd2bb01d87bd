"""Facilities a place's name goes with: a military base, which stands for the district that holds
it, and the buildings and grounds that are only a part of a place.

One vocabulary, read on either side of the name: before it by `frontmap.extract.bases` ("the army
base in X", "the headquarters of the district of X") and after it by `frontmap.extract.gaps` ("X
army corps headquarters fell", "X police headquarters has fallen"); `frontmap.extract.kinds` reads
the sites a taking verb names from it too.
"""

from __future__ import annotations

import re

#: A military base: losing it is losing the district that holds it. A bare "base" is one only
#: after a name ("Bagram base"): before one, "a Taliban base in X" is no such thing.
BASE = r"corps|garrison|barracks|cantonment|air\s*base|(?:military|army|air|ana)\s+bases?"  # "ANA base": the Afghan National Army's
#: A base and what its seat is called ("the corps headquarters", "the garrison command").
BASE_WITH_SEAT = rf"(?:{BASE})(?:\s+(?:headquarters?|hq|command))?"  # "headquarter": a common misspelling
#: The seat of an authority: the district's or the police's headquarters, a compound.
OFFICE = r"headquarters|hq|compound"
#: Facilities only a part of the place: taking one is fighting there.
PART = rf"{OFFICE}|airport|airfield|prison|jail"
#: A site of a place a taking verb may name ("captured Kunduz airport", "seized the barracks"):
#: a base or a facility of the army or police.
SITE = r"airports?|airfields?|air\s*bases?|(?:army|military)\s+(?:bases?|camps?)|corps|garrisons?|barracks|cantonments?|(?:army|military|police)\s+headquarters"
#: The one-word nouns of a base ("overran the airbase in X", "the cantonment of X"): read as a part
#: of the place by the gap before it, then widened to the whole by `frontmap.extract.bases`.
BASE_WORDS = frozenset("corps garrison garrisons barracks cantonment cantonments airbase airbases".split())
#: A broadcaster's building ("the radio station", "the television and radio centre"): a part of the
#: town it stands in, its "centre" no district centre.
BROADCASTER = (r"(?:(?:state|provincial|regional|local|national|main|city)\s+)?(?:radio|television|tv|media)"
               r"(?:\s+(?:and|&)\s+(?:radio|television|tv))?\s+(?:stations?|cent(?:er|re)s?|offices?|buildings?)\b")
BROADCASTER_WORDS = re.compile(rf"\b{BROADCASTER}", re.IGNORECASE)
#: The open grounds of a town ("took the main square in X", "the central bazaar of X"): a part of it.
GROUND_WORDS = frozenset("square squares roundabout roundabouts bazaar bazaars market markets".split())

# "Kunduz prison", "Kunduz police headquarters": a facility only a town has, so the name before it
# is the town, not the province named like it
_TOWN_FACILITY_AFTER = re.compile(
    r"\s+(?:(?:main|central|provincial|city)\s+)?(?:prison|jail|airfield|police\s+(?:headquarters|hq|station|compound))\b",
    re.IGNORECASE,
)


def names_a_town_facility(text: str, end: int) -> bool:
    """Return True when the name ending at `end` of `text` qualifies a facility only a town has
    ("Kunduz prison", "Kunduz police headquarters")."""
    return _TOWN_FACILITY_AFTER.match(text, end) is not None
