"""Facilities a place's name goes with: a military base, which stands for the district that holds
it, and the buildings and grounds that are only a part of a place.

One vocabulary, read on either side of the name: before it by `frontmap.extract.bases` ("the army
base in X", "the headquarters of the district of X") and after it by `frontmap.extract.gaps` ("X
army corps headquarters fell", "X police headquarters has fallen").
"""

from __future__ import annotations

#: A military base: losing it is losing the district that holds it. A bare "base" is one only
#: after a name ("Bagram base"): before one, "a Taliban base in X" is no such thing.
BASE = r"corps|garrison|barracks|cantonment|airbase|(?:military|army|air)\s+bases?"
#: A base and what its seat is called ("the corps headquarters", "the garrison command").
BASE_WITH_SEAT = rf"(?:{BASE})(?:\s+(?:headquarters|hq|command))?"
#: The seat of an authority: the district's or the police's headquarters, a compound.
OFFICE = r"headquarters|hq|compound"
#: Facilities only a part of the place: taking one is fighting there.
PART = rf"{OFFICE}|airport|airfield|prison|jail"
