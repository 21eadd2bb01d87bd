"""Villages named like districts: "Qalandar village", "a village called Murghab", "the village of
Qarabagh" name a village, not the district that shares its name. A district named after "village
of" stays one when the word district (or city, province) follows it: "a village of Andar district"
is in Andar."""

from __future__ import annotations

import re

from frontmap.extract.village_lists import listed_as_villages

# "Qalandar village", "Murghab village in ...": the name is the village's (but not "villages", which
# a district holds: "Andar villages")
_VILLAGE_AFTER = re.compile(r"\s+village\b(?![s’'])", re.IGNORECASE)
# "a village called ", "the village named ", "a village known as ", "the village of "
_VILLAGE_BEFORE = re.compile(
    r"\bvillage\s*,?\s+(?:(?:locally\s+)?(?:called|named|known\s+as)|of)\s+[\"“'‘]?$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?:district|city|town|province)s?\b", re.IGNORECASE)
_UNIT_AT_END = re.compile(r"\b(?:district|city|town|province)s?$", re.IGNORECASE)  # a name read with its unit word


def names_a_village(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `text` is written as a village's name."""
    if _UNIT_AT_END.search(text, start, end):
        return False
    if _VILLAGE_AFTER.match(text, end) or listed_as_villages(text, start, end):
        return True
    return bool(_VILLAGE_BEFORE.search(text, max(0, start - 40), start)) and not _UNIT_AFTER.match(text, end)
