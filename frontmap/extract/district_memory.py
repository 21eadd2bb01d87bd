"""Names shared by a district and its province, read as the district once the report does so.

"Balkh" is a province and one of its districts. A report that has told the district ("the Taliban
took Balkh district", "Balkh city") and then names it bare ("launched an attack on Balkh this
morning") still speaks of that town: the bare name does not widen to the whole province. A name
written with a word of the province after it ("Balkh province", "the Balkh provincial council",
"the Balkh governor") is still the province, and so is one the words before call so ("western
Balkh", read after this by `MentionFinder._province_if_written_so`) or one that may locate another
place ("Dawlatabad district of Balkh", "fighting in Balkh"). A province's namesake capital ("Kunduz")
is what the bare name means already, so only a district that is not its province's capital is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.gazetteer import Place

# the word before a name that may make it a locator of the province ("Dawlatabad district of Balkh",
# "fighting in Balkh"): left as it reads
_LOCATOR_BEFORE = frozenset({"of", "in", "across", "throughout"})
# the word after a name that makes it the province's, whatever was read before
_PROVINCE_SIDE = frozenset({
    "province", "provinces", "provincial", "governor", "police", "council", "wilayat", "officials", "lawmaker", "lawmakers", "mp", "mps",
})


class DistrictMemory:
    """The district each shared name has been read as so far in one article."""

    def __init__(self, capital_ids: frozenset[str]) -> None:
        # a province's namesake capital ("Kunduz", "Farah") is what its bare name means already: a
        # province read there was read so on purpose ("throughout Kunduz province")
        self._capital_ids = capital_ids
        self._districts: dict[tuple[str, str], Place] = {}  # (province code, name): "Balkh district" may be an alias of its own

    def recalled(self, place: Place, name: str, hint: str, before: str) -> Place:
        """Return the district read earlier under the name of `place`, a province reached by default,
        when neither the name as written (`name`), the word after it (`hint`) nor the word before it
        (`before`) makes it the province's; else `place`. A district read here is remembered."""
        if place.kind != "province":
            if place.district_id not in self._capital_ids:
                self._districts[place.province_code, place.name.lower()] = place
            return place
        known = self._districts.get((place.province_code, place.name.lower()))
        if known is None or hint in _PROVINCE_SIDE or "provinc" in name.lower() or before.lower() in _LOCATOR_BEFORE:
            return place
        return known
