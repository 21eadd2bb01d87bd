"""Facilities the gazetteer lists as places: an airfield, an air base, a camp, a dam, a tunnel.

Such a place is never what "the city" or "the town" means: "Kandahar airport" names the airfield,
and "the airport and the city" that follow it speak of the airfield and of Kandahar, the city. "It"
may still stand for one ("rockets hit Bagram Airfield, which the army said it still held").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from geodata.gazetteer import Place

#: The kind `reference_choice.mention_kind` gives a facility.
FACILITY = "facility"
_FACILITY_NAME = re.compile(r"\b(?:air\s*field|airport|air\s*base|camp|dam|tunnel)\b", re.IGNORECASE)


def is_facility(place: Place) -> bool:
    """Return True when `place` is a town-like gazetteer entry that is really a facility (its name
    says airfield, air base, camp, dam or tunnel), not a settlement."""
    return place.kind == "town" and _FACILITY_NAME.search(place.name) is not None


def facility_town(facility: Mention, ordered: Sequence[Mention], fits: Callable[[Mention], bool]) -> Mention | None:
    """Return the mention (of `ordered`, an article's mentions by position) of the town whose name
    the `facility`'s name starts with ("Kandahar" for Kandahar Airfield) and that `fits` (the kind a
    reference asks for): the nearest one before the facility,
    else the first after it; None when the article names no such town."""
    town = _FACILITY_NAME.split(facility.place.name)[0].strip().lower()
    named = [m for m in ordered if m.place.name.lower() == town and not is_facility(m.place) and fits(m)]
    before = [m for m in named if m.start < facility.start]
    return before[-1] if before else (named[0] if named else None)
