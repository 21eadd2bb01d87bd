"""A provincial capital's name that a district of another province shares (Faizabad of Badakhshan,
Fayzabad of Jowzjan): which one a text means when no province is written beside it.

The capital, when the text calls it so: a city word after it ("Faizabad city"), a capital or city
word before it ("the provincial capital Faizabad", "the city of Faizabad", "capitals such as
Faizabad"), an apposition after it ("Faizabad, the capital of ...", "Faizabad, a city of ..."), or a
list it stands in whose next or previous name is another province's capital ("captured Faizabad,
Kandahar and Herat"). A list neighbour that is the capital of the district's own province
("Sheberghan and Fayzabad") is no such cue. The district is left to the province named beside it
(`locators`) or around it (the mention finder's context reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.gazetteer import Place

_CITY_AFTER = re.compile(r"\s+(?:city|town)\b|\s*,\s+(?:the\s+|a\s+)?(?:(?:provincial|regional|northeastern|main|key|\w+est)\s+)?"
                         r"(?:capital|city|provincial\s+cent(?:er|re))\b", re.IGNORECASE)
_CITY_BEFORE = re.compile(r"\b(?:capitals?|capital\s+city|city\s+of|cities(?:\s+(?:of|such\s+as|like|including))?)[\s,]*(?:the\s+)?$",
                          re.IGNORECASE)
_NEXT_NAME = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+){0,2})")
_PREVIOUS_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+){0,2})\s*(?:,|,?\s+and)\s*$")
_REACH = 40  # characters read on each side


def cued_capital(pool: Sequence[Place], capital_ids: frozenset[str], text: str, span: tuple[int, int],
                 capital_of: Callable[[str], str | None]) -> Place | None:
    """Return the provincial capital of `pool` (the places a name may mean) when the words around
    the name at `span` call it a city or capital or list it among other provinces' capitals, else
    None. `capital_of(name)` gives the province code whose capital a name is, or None."""
    capitals = [p for p in pool if p.district_id in capital_ids and p.kind != "province"]
    if len(capitals) != 1:
        return None
    others = {p.province_code for p in pool if p is not capitals[0]}
    start, end = span
    if _CITY_AFTER.match(text, end, end + _REACH) or _CITY_BEFORE.search(text, max(0, start - _REACH), start):
        return capitals[0]
    return capitals[0] if _listed_with_capitals(text, span, capital_of, others) else None


def _listed_with_capitals(text: str, span: tuple[int, int], capital_of: Callable[[str], str | None], others: set[str]) -> bool:
    """Return True when the name next to the one at `span` in a list is the capital of a province
    none of the `others` (the provinces of the name's other readings) is."""
    start, end = span
    neighbours = [_NEXT_NAME.match(text, end, end + _REACH), _PREVIOUS_NAME.search(text, max(0, start - _REACH), start)]
    for match in neighbours:
        code = capital_of(match.group("name")) if match is not None else None
        if code is not None and code not in others:
            return True
    return False
