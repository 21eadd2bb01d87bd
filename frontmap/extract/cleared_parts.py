"""Parts cleared: a clearing of some part of a place is fighting there, not its retake.

"Special forces cleared the main square in the city of X", "commandos evicted the Taliban from
several villages around X", "the sixth district of X city was cleared": the object of the expel
verb is a part of the place (a square, its villages, one of a city's wards), so the place itself is
fought over, as a capture of such a part is (`frontmap.extract.place_scope.only_a_part_taken`).
"Forces cleared X of the Taliban", "drove the insurgents out of X" clear the place itself.
"""

from __future__ import annotations

from frontmap.extract import city_wards
from frontmap.extract.gaps import PART


def part_or_ward(role: str, sentence: str, start: int, end: int) -> str:
    """Return PART when `role` (read from the words before the place at sentence[start:end]) is
    already PART, or when those words name one of the city's wards ("the sixth district of X
    city"); else `role`."""
    if role == PART or not city_wards.ward_of_city(sentence, start, end):
        return role
    return PART
