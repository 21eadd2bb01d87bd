"""Seats of government named with a place: when they stand for the place, and when not.

- Between a verb and a place: "took the governor's office in X" took X's seat. The seat counts only
  when it is what the verb took: "seized a truck in the centre of X" took a truck, located by "in";
  the centre of X is where it stood.
- Named by its buildings: "took key government buildings in X", "the main government offices in X"
  are the seat; "government buildings" with no such word may be a few of them (a part).
- In a list: the seat of government named first among the parts of a place before it. "the
  governor's office, the police headquarters and all government buildings in X" tells of X's seat
  (so of X), where "the police headquarters in X" alone is a part of it. A saying verb between ends
  the list: "the governor's office said ... in X" names a speaker, not a building taken.
"""

from __future__ import annotations

import re

#: The buildings a governor's seat is called by ("the governor's compound", "the governor's house").
SEAT_BUILDINGS = r"(?:office|offices|compound|residence|house|palace|mansion|headquarters)"
SEAT_WORDS = frozenset({"governor", "governor's", "governors", "palace", "presidential", "centre", "center", "centres", "centers", "administrative"})
_LOCATING = frozenset({"in", "at", "inside", "near", "around", "outside", "surrounding", "beside", "behind", "across"})  # "checkpoints around the centre of X"
_NEXT_TO_NAME = 4  # "centre of", "governor's office in", "presidential palace gate in"
_NO_THING = frozenset({"the", "a", "an", "of", "and", "its", "their"})
# "seized key government buildings in X", "the (main) government compound in X": the seat, where
# "government buildings" alone may be a few of them
_KEY_BUILDINGS = re.compile(r"\b(?:(?:key|main|major|all)\s+government\s+(?:buildings|offices|compounds?)|(?:the|provincial)\s+government\s+compound)\b")

# "the governor's office, the police headquarters and all government buildings in X": the seat named
# first in a list of the parts before the place (no saying verb between: "the governor's office said")
_SEAT_LISTED = re.compile(
    r" governor s " + SEAT_BUILDINGS + r"\b"
    r"(?:(?!\b(?:said|says|told|added|confirmed|reported|denied|claimed)\b)[\w ]){0,100}$"
)


def names_seat(lowered: list[str]) -> bool:
    """Return True when the gap's lower-case words name the place's seat of government ("the
    governor's compound in", "the district centre of"), not a thing located at it ("a monument in
    the centre of")."""
    if _KEY_BUILDINGS.search(" ".join(lowered)):
        return True
    for i, word in enumerate(lowered):
        if word in SEAT_WORDS:
            # only the seat next to the name can be located at a thing ("a truck in the centre of")
            return len(lowered) - i > _NEXT_TO_NAME or not _thing_located_before(lowered[:i])
    return False


def _thing_located_before(words: list[str]) -> bool:
    """Return True when `words` hold "<thing> in" / "<thing> at": the verb's object came before."""
    return any(w in _LOCATING and k and words[k - 1] not in _NO_THING for k, w in enumerate(words))


def seat_listed_before(view: str, clause_start: int, start: int) -> bool:
    """Return True when the lower-cased `view` names a place's seat of government in the list of
    its parts that ends right before the place at `start` ("the governor's office, the police
    headquarters and all government buildings in X")."""
    before = " " + view[max(clause_start, start - 140) : start]
    return "governor s" in before and _SEAT_LISTED.search(before) is not None


_FORCE_WORDS = frozenset("police army military intelligence corps nds security border".split())
_DISTRICT_SEATS = frozenset("building buildings compound office offices".split())
_SEAT_MODIFIERS = frozenset("government administration administrative".split())  # "the district government buildings of": the district's own still


def district_seat(lowered: list[str]) -> bool:
    """Return True for a unit's own headquarters ("the headquarters of", "the district headquarters
    of", "the district and police headquarters of", "the district building of"), not the police's
    or the army's alone ("the police headquarters in"); "the district government buildings of" too."""
    lowered = [w for k, w in enumerate(lowered) if not (w in _SEAT_MODIFIERS and k and lowered[k - 1] == "district")]
    if any(w in _DISTRICT_SEATS and k and lowered[k - 1] == "district" for k, w in enumerate(lowered)):
        return True
    if "headquarters" not in lowered:
        return False
    i = lowered.index("headquarters")
    before = lowered[i - 1] if i else ""
    after = lowered[i + 1] if i + 1 < len(lowered) else ""
    # "the district and police headquarters of X": the district's own seat, named with another
    paired = i >= 3 and lowered[i - 2] == "and" and lowered[i - 3] in ("district", "provincial", "administrative")
    return before in ("district", "provincial", "administrative") or paired or (after == "of" and before not in _FORCE_WORDS)
