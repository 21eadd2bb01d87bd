"""A known name that is only the head of a longer compound name: "Kushk" in "Kushk-e Kohnah".

Dari place names join their words with a linking vowel ("-e", "-i", "-ye"): "Sar-e Pul", "Qala-e
Naw", "Kushk-e Kuhna". The gazetteer knows many such names whole, and the longest hit wins; but a
spelling it does not know ("Kushk-e Kohnah") leaves only its head ("Kushk"), which is another
district. When the whole compound, looked up loosely, names one district that the head cannot
mean, the text names that district: reading the head alone would put the event on the wrong one.
A compound that names nothing, or the head's own district ("Kushk-i-Robat Sangi"), leaves the head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported for annotations only
    from geodata.gazetteer import Gazetteer, Place

__all__ = ["longer_compound"]

# the linking vowel written with a hyphen, then one or two capitalised words ("-e Kohnah", "-i-Robat Sangi")
_LINKED_AFTER = re.compile(r"-(?:e|i|ye|yi)[ \-‐‑][A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?")
_MIN_SCORE = 0.8


def longer_compound(
    gazetteer: Gazetteer, text: str, span: tuple[int, int], head_places: Sequence[Place]
) -> tuple[int, Place, float] | None:
    """Return (end, district, score) of the compound name that the name at `span` opens, joined to
    the next word by a hyphenated linking vowel, when a loose lookup of the whole compound finds one
    district that is none of `head_places` (the head's own candidates); else None."""
    start, end = span
    linked = _LINKED_AFTER.match(text, end)
    if linked is None:
        return None
    heads = {p.district_id for p in head_places}
    for stop in _stops(text, linked):
        matches = [m for m in gazetteer.lookup(text[start:stop]) if m.place.kind in ("district", "capital") and m.score >= _MIN_SCORE]
        units = {m.place.district_id for m in matches}
        if len(units) == 1 and not units & heads:
            return stop, matches[0].place, matches[0].score
    return None


def _stops(text: str, linked: re.Match) -> list[int]:
    """Return where the compound may end, longest first: after its second word, then its first."""
    first = text.find(" ", linked.start() + 3)
    first = linked.end() if first < 0 or first > linked.end() else first
    return [linked.end(), first] if first != linked.end() else [linked.end()]
