"""City spellings: unlisted spellings of towns and provincial capitals, read where the text itself
calls the name a city or a town ("captured the city of Qondūz", "fighting in Shebarghan city").

The mention automaton knows every spelling the gazetteer lists; wire copy still writes capitals
its own way (vowels and diacritics of another romanisation). As `cued_names` does for "district",
the cue keeps ordinary capitalised words out and the gazetteer's loose lookup folds the spelling.
Only a name that resolves to one place, and that place a province's capital or a town, is taken:
a city cue says nothing of which province, but few places are cities.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer, Place

# one or two capitalised words, letters of any script after the first ("Qondūz", "Pol-e Khomri")
_WORD = r"[A-Z][^\W\d_]{2,}(?:-[A-Za-z][^\W\d_]*)*"
NAME = rf"{_WORD}(?:\s+{_WORD})?"
_CITY_OF = re.compile(rf"\b(?:city|town)\s+of\s+({NAME})")  # "the city of Qondūz"
_NAME_CITY = re.compile(rf"(?=[A-Z])(?<![\w'’-])({NAME})\s+city\b")  # "Qondūz city"
NOT_NAMES = frozenset({"the", "this", "that", "a", "an", "taliban", "afghan", "capital", "provincial", "key", "northern",
                        "southern", "eastern", "western", "central", "strategic", "besieged", "embattled"})
_MIN_SCORE = 0.8


def name_at(match: re.Match[str]) -> tuple[int, str] | None:
    """Return (start, name) of the name `match` caught in its group 1, a leading word that is no name
    ("The", "Provincial") left out; None when nothing is left."""
    low, name = match.start(1), match.group(1)
    first, _, rest = name.partition(" ")
    if first.lower() not in NOT_NAMES:
        return low, name
    return (low + len(first) + 1, rest) if rest else None


def may_name_city(sentence: str) -> bool:
    """Return True when `sentence` may hold a city cue `city_places` reads (a cheap test)."""
    return " city" in sentence or "town of" in sentence


def city_places(
    sentence: str, offset: int, gazetteer: Gazetteer, covered: Callable[[tuple[int, int]], bool],
) -> list[tuple[int, int, Place, float]]:
    """Return (start, end, place, score) for each name in `sentence` (starting at `offset` in the
    text) that the sentence calls a city or town, that no mention covers (`covered`: whether a span
    in the text is) and that the gazetteer finds loosely as one capital or town."""
    found: list[tuple[int, int, Place, float]] = []
    for pattern in (_CITY_OF, _NAME_CITY):
        for match in pattern.finditer(sentence):
            if (named := name_at(match)) is None:
                continue
            low, name = named
            span = (offset + low, offset + low + len(name))
            if covered(span):
                continue  # a known spelling ("Kunduz city"): the mention is there already
            place = city_place(name, gazetteer, _MIN_SCORE)
            if place is not None:
                found.append((*span, place[0], place[1]))
    return found


def city_place(name: str, gazetteer: Gazetteer, min_score: float) -> tuple[Place, float] | None:
    """Return (place, score) when the loose lookup of `name` finds exactly one capital or town at
    `min_score` or better, else None."""
    capitals = capital_ids(gazetteer)
    matches = [m for m in gazetteer.lookup(name) if m.score >= min_score and m.place.kind != "province"
               and (m.place.kind == "town" or m.place.district_id in capitals)]
    if len({m.place.district_id for m in matches}) != 1:
        return None
    return matches[0].place, matches[0].score


@functools.lru_cache(maxsize=4)
def capital_ids(gazetteer: Gazetteer) -> frozenset[str]:
    """Return the district ids of the provinces' capitals."""
    return frozenset(gazetteer.provinces()["capital_district_id"])
