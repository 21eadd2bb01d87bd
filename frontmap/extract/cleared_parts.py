"""Parts cleared: a clearing of some part of a place is fighting there, not its retake.

"Special forces cleared the main square in the city of X", "commandos evicted the Taliban from
several villages around X", "the sixth district of X city was cleared": the object of the expel
verb is a part of the place (a square, its villages, one of a city's wards), so the place itself is
fought over, as a capture of such a part is (`frontmap.extract.place_scope.only_a_part_taken`).
"Forces cleared X of the Taliban", "drove the insurgents out of X" clear the place itself, and so
does "pushed the insurgents back to the outskirts of X": driven back to its edge, they are out of it.
So does clearing what was left of them there ("cleared the remaining Taliban positions in X", "the
last pockets of insurgents in X"): nothing of theirs is left in X.
"""

from __future__ import annotations

import re

from frontmap.extract import city_wards
from frontmap.extract.gaps import PART, WHOLE

_BACK_TO_EDGE = re.compile(
    r"\bback\s+(?:to|towards?|into)\s+(?:the\s+)?(?:outskirts|edges?|fringes?|outer\s+\w+)\s+of\s+(?:the\s+(?:city|town|district)\s+of\s+)?$",
    re.IGNORECASE,
)

# "the remaining Taliban positions in", "all the last pockets of militants in", "the last pockets of resistance in": all that was left of them
_REST_OF_THEM_BEFORE = re.compile(
    r"\b(?:the\s+|all\s+(?:the\s+)?)(?:remaining|last|final)\s+(?:(?:taliban|insurgent|militant|enemy)s?\s+)?"
    r"(?:positions?|pockets?|strongholds?|hideouts?|fighters|militants|insurgents)(?:\s+of\s+(?:the\s+)?(?:taliban|insurgents|militants|resistance))?"
    r"\s+(?:in|from|of|around)\s+(?:the\s+)?(?:(?:city|town|district)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_BACK_TO = re.compile(r"\bback\s+(?:to|towards?|into)\s+(?:the\s+)?$", re.IGNORECASE)


def driven_to_edge(sentence: str, at: int) -> bool:
    """Return True when the edge word at `at` ("outskirts") is where a side was driven back to
    ("pushed the insurgents back to the outskirts of X"): the push tells what happened to X."""
    return _BACK_TO.search(sentence, max(0, at - 30), at) is not None


def back_to_its_edge(sentence: str, start: int) -> bool:
    """Return True when the place at `start` is the one whose edge a side was driven back to
    ("back to the outskirts of X"): X's own event, not a destination elsewhere."""
    return _BACK_TO_EDGE.search(sentence, max(0, start - 80), start) is not None


def part_or_ward(role: str, sentence: str, start: int, end: int) -> str:
    """Return PART when `role` (read from the words before the place at sentence[start:end]) is
    already PART, or when those words name one of the city's wards ("the sixth district of X
    city"); WHOLE when the expelled were driven back to its edge or their last positions in it
    cleared; else `role`."""
    if role == PART and (back_to_its_edge(sentence, start) or _REST_OF_THEM_BEFORE.search(sentence, max(0, start - 90), start)):
        return WHOLE  # "pushed the insurgents back to the outskirts of X", "cleared the remaining positions in X": out of X itself
    if role == PART or not city_wards.ward_of_city(sentence, start, end):
        return role
    return PART
