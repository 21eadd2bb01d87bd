"""Seat words between a verb and a place: "took the governor's office in X" took X's seat.

The seat counts only when it is what the verb took: "seized a truck in the centre of X" took a
truck, located by "in"; the centre of X is where it stood.
"""

from __future__ import annotations

SEAT_WORDS = frozenset({"governor", "governor's", "governors", "palace", "presidential", "centre", "center", "centres", "centers", "administrative"})
_LOCATING = frozenset({"in", "at", "inside", "near"})
_NEXT_TO_NAME = 4  # "centre of", "governor's office in", "presidential palace gate in"
_NO_THING = frozenset({"the", "a", "an", "of", "and", "its", "their"})


def names_seat(lowered: list[str]) -> bool:
    """Return True when the gap's lower-case words name the place's seat of government ("the
    governor's compound in", "the district centre of"), not a thing located at it ("a monument in
    the centre of")."""
    for i, word in enumerate(lowered):
        if word in SEAT_WORDS:
            # only the seat next to the name can be located at a thing ("a truck in the centre of")
            return len(lowered) - i > _NEXT_TO_NAME or not _thing_located_before(lowered[:i])
    return False


def _thing_located_before(words: list[str]) -> bool:
    """Return True when `words` hold "<thing> in" / "<thing> at": the verb's object came before."""
    return any(w in _LOCATING and k and words[k - 1] not in _NO_THING for k, w in enumerate(words))
