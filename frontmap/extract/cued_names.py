"""Unlisted spellings of districts, read where the text itself says "district".

The mention automaton knows every spelling the gazetteer lists, but wire reports translated from
Turkish, Russian or Persian write names their own way ("Gurzivan", "Karamkol", "Kishindeh"). Where
the text calls such a name a district ("the Gurzivan district", "Karamkol and Kurgan districts",
"the district of Andhoy"), the name is looked up loosely (the gazetteer folds spelling variants and
allows a letter or two of difference). The cue keeps ordinary capitalised words out; a province
named in the same sentence must hold the district found, so a near miss in another province is not
taken for it. A name the text calls a city or a town is looked up the same way, among the
provinces' capitals and the towns (`city_spellings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract import capital_spellings, city_spellings, listed_spellings

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer, Place

_NAME, _JOIN = listed_spellings.NAME, listed_spellings.JOIN  # up to three capitalised words ("Karamkol", "Khan Abad")
# "Gurzivan district", "Karamkol and Kurgan districts", "Sholgere, Kishindeh and X districts"
_BEFORE_WORD = re.compile(rf"(?<![\w'’-])({_NAME}(?:{_JOIN}{_NAME}){{0,6}})\s+districts?\b")
# "the district of Andhoy", "the districts of Karamkol and Kurgan"
_AFTER_WORD = re.compile(rf"\bdistricts?\s+of\s+({_NAME}(?:{_JOIN}{_NAME}){{0,6}})")
_ONE_NAME = re.compile(_NAME)
_NOT_NAMES = frozenset({
    "the", "this", "that", "these", "those", "both", "other", "several", "some", "many", "key", "all",
    "another", "each", "every", "remote", "strategic", "important", "neighbouring", "neighboring",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "taliban", "government", "afghan", "security", "police", "army", "provincial", "district",
})
_MIN_SCORE = 0.8


def cued_places(
    sentence: str, offset: int, taken: Sequence[tuple[int, int, Place]], provinces: set[str], gazetteer: Gazetteer,
) -> list[tuple[int, int, Place, float]]:
    """Return (start, end, place, score) for each name in `sentence` (starting at `offset` in the
    text) that no mention in `taken` ((start, end, place)) covers and that the gazetteer finds
    loosely as a district: of one of `provinces` (any province when that is empty) where the
    sentence calls it a district, of the one province the words around it name otherwise
    (`listed_spellings`)."""
    found: dict[int, tuple[int, int, Place, float]] = {}
    groups = [(span, provinces) for span in _named_groups(sentence)] if "district" in sentence else []
    for (low, high), allowed in groups + listed_spellings.placed_groups(sentence, offset, taken):
        for match in _ONE_NAME.finditer(sentence, low, high):
            start, end = offset + match.start(), offset + match.end()
            if start in found or match.group().split()[0].lower() in _NOT_NAMES or _overlaps((start, end), taken):
                continue
            place = _district(match.group(), allowed, gazetteer)
            if place is not None:
                found[start] = (start, end, place[0], place[1])
    if city_spellings.may_name_city(sentence):  # "the city of Qondūz": any province's capital
        for start, end, place, score in city_spellings.city_places(sentence, offset, gazetteer, lambda span: _overlaps(span, taken)):
            found.setdefault(start, (start, end, place, score))
    if capital_spellings.may_hold(sentence):  # "took Maymanah", "Zaranj and Shebirghan": a capital's role
        covered = [(s, e, p) for s, e, p, _score in found.values()]
        for start, end, place, score in capital_spellings.capital_places(sentence, offset, taken, gazetteer, lambda span: _overlaps(span, covered)):
            found.setdefault(start, (start, end, place, score))
    return list(found.values())


def may_cue(sentence: str) -> bool:
    """Return True when `sentence` may hold a cue `cued_places` reads: the word "district", a list
    or a name before a province (a cheap test: most sentences have none)."""
    return "district" in sentence or sentence.count(",") >= 2 or " in " in sentence or " of " in sentence or " city" in sentence or capital_spellings.may_hold(sentence)


def _named_groups(sentence: str) -> list[tuple[int, int]]:
    """Return the spans of the runs of names that a "district(s)" word before or after governs."""
    return [m.span(1) for pattern in (_BEFORE_WORD, _AFTER_WORD) for m in pattern.finditer(sentence)]


def _overlaps(span: tuple[int, int], taken: Sequence[tuple[int, int, Place]]) -> bool:
    """Return whether `span` shares a character with any mention's span in `taken`."""
    return any(start < span[1] and span[0] < end for start, end, _place in taken)


def _district(name: str, provinces: set[str], gazetteer: Gazetteer) -> tuple[Place, float] | None:
    """Return (district, score) for `name` when the gazetteer's loose lookup finds exactly one
    district for it (in `provinces` when any are named), else None."""
    matches = [m for m in gazetteer.lookup(name) if m.place.kind in ("district", "capital") and m.score >= _MIN_SCORE]
    if provinces:
        matches = [m for m in matches if m.place.province_code in provinces]
    units = {m.place.district_id for m in matches}
    if len(units) != 1:
        return None
    return matches[0].place, matches[0].score
