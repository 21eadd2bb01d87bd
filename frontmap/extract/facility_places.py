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
# a border crossing named after its town ("Spin Boldak crossing"): the town is what "the city" means
_SITE_NAME = re.compile(r"\b(?:air\s*field|airport|air\s*base|camp|dam|tunnel|crossing)\b", re.IGNORECASE)


def is_facility(place: Place) -> bool:
    """Return True when `place` is a town-like gazetteer entry that is really a facility (its name
    says airfield, air base, camp, dam or tunnel), not a settlement."""
    return place.kind == "town" and _FACILITY_NAME.search(place.name) is not None


def facility_town(facility: Mention, ordered: Sequence[Mention], fits: Callable[[Mention], bool]) -> Mention | None:
    """Return the mention (of `ordered`, an article's mentions by position) of the town whose name
    the `facility`'s name starts with ("Kandahar" for Kandahar Airfield, "Spin Boldak" for the Spin
    Boldak crossing) and that `fits` (the kind a
    reference asks for): the nearest one before the facility,
    else the first after it; None when the article names no such town."""
    town = _SITE_NAME.split(facility.place.name)[0].strip().lower()
    named = [m for m in ordered if m.place.name.lower() == town and not is_facility(m.place) and fits(m)]
    before = [m for m in named if m.start < facility.start]
    return before[-1] if before else (named[0] if named else None)


def site_town(site: Mention, ordered: Sequence[Mention], kind_of: Callable[[Mention], str],
              preferred: tuple[str, ...], accepted: tuple[str, ...]) -> Mention | None:
    """Return the mention of the town a facility or a border crossing (`site`) is named after, for
    "the city" told after it (`facility_town`): a town of the `preferred` kinds (`kind_of` reads a
    mention's kind), or for a crossing of the `accepted` kinds too, since the border town it takes
    its name from is often a district ("the Spin Boldak crossing ... the city"); None when none."""
    kinds = preferred + accepted if site.place.kind == "crossing" else preferred
    return facility_town(site, ordered, lambda m: kind_of(m) in kinds)
