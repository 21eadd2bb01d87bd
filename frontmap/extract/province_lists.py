"""A city named like its province, listed among provinces, is the province.

"Heavy fighting in Baghlan, Kunduz, Balkh and Takhar" and "clashes in Kandahar and the neighbouring
Helmand province" name provinces: a name that could be a city or its province (Kunduz, Kandahar)
takes the kind of the names coordinated with it when they are provinces (or, like it, may be one)
and at least one of them can only be a province. Its own province written after it to locate it
("Kandahar, in southern Kandahar province") is part of the name, not a second item of a list.
A list the text calls cities ("clashes in the cities of Kandahar and neighbouring Helmand province")
names the city, whatever the names after it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

__all__ = ["among_provinces"]

# What may stand between two names of one list: a comma, "and", "or", "the neighbouring", "province(s)"
_LIST_GAP = re.compile(
    r"^(?:\s+provinces?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:in\s+)?(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+|adjacent\s+|(?:north|south|east|west)\w*\s+)?$",
    re.IGNORECASE,
)
# "the cities of Kandahar and ...", "the city of Kunduz and ...": the list names cities
_CITIES_OF = re.compile(r"\bcit(?:y|ies)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# ", in southern " / " in ": what leads from a name to the province that locates it
_LOCATING_GAP = re.compile(r"^\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*(?:\s*-\s*\w+)?\s+)?$", re.IGNORECASE)


def among_provinces(sentence: str, s_start: int, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Return True when the name at [start, end) of `sentence` (which starts at `s_start` in the
    article; `mentions` the sentence's) is coordinated in a list whose other names are all provinces."""
    ordered = _located_names_joined(sentence, s_start, sorted(mentions, key=lambda m: (m.start, m.end)))
    spans = [(m.start - s_start, m.end - s_start) for m in ordered]
    at = next((i for i, (s, e) in enumerate(spans) if s == start and e >= end), None)  # e past end: its locator joined
    if at is None:
        return False
    chain = _list_around(sentence, spans, at)
    if _CITIES_OF.search(sentence, max(0, spans[min(chain)][0] - 30), spans[min(chain)][0]):
        return False  # "the cities of Kandahar and neighbouring Helmand province": Kandahar's city
    others = [_kind(ordered[i]) for i in chain if i != at]  # kinds of the list's names only
    return "province" in others and all(kind in ("province", "either") for kind in others)


def _located_names_joined(sentence: str, s_start: int, ordered: list[Mention]) -> list[Mention]:
    """Return `ordered` (a sentence's mentions) without each province that only locates the name
    before it ("Kandahar, in southern Kandahar province"), that name's span stretched over it."""
    joined: list[Mention] = []
    for mention in ordered:
        last = joined[-1] if joined else None
        if last is not None and _locates(sentence, s_start, last, mention):
            joined[-1] = dataclasses.replace(last, end=mention.end)
            continue
        joined.append(mention)
    return joined


def _locates(sentence: str, s_start: int, named: Mention, province: Mention) -> bool:
    """Return True when `province` is the province of the place `named` just before it, joined by
    the words of a location ("X, in western Y province")."""
    if province.place.kind != "province" or named.place.kind == "province" or named.place.province_code != province.place.province_code:
        return False
    return _LOCATING_GAP.match(sentence[named.end - s_start : province.start - s_start]) is not None


def _kind(mention: Mention) -> str:
    """Return "province", "either" (a city named like its province: Herat, Farah) or "place"."""
    place = mention.place
    if place.kind == "province":
        return "province"
    return "either" if place.name.lower() == place.province.lower() else "place"


def _list_around(sentence: str, spans: list[tuple[int, int]], at: int) -> list[int]:
    """Return the indexes of the names joined to name `at` by list gaps, on both sides."""
    chain = [at]
    i = at
    while i > 0 and _LIST_GAP.match(sentence[spans[i - 1][1] : spans[i][0]]):
        i -= 1
        chain.append(i)
    i = at
    while i + 1 < len(spans) and _LIST_GAP.match(sentence[spans[i][1] : spans[i + 1][0]]):
        i += 1
        chain.append(i)
    return chain
