"""Seats in a list: the seat of government named first among the parts of a place before it.

"the governor's office, the police headquarters and all government buildings in X" tells of X's
seat (so of X), where "the police headquarters in X" alone is a part of it. A saying verb between
ends the list: "the governor's office said ... in X" names a speaker, not a building taken.
"""

from __future__ import annotations

import re

# "the governor's office, the police headquarters and all government buildings in X": the seat named
# first in a list of the parts before the place (no saying verb between: "the governor's office said")
_SEAT_LISTED = re.compile(
    r" governor s (?:office|offices|compound|residence|house|palace|headquarters)\b"
    r"(?:(?!\b(?:said|says|told|added|confirmed|reported|denied|claimed)\b)[\w ]){0,100}$"
)


def seat_listed_before(view: str, clause_start: int, start: int) -> bool:
    """Return True when the lower-cased `view` names a place's seat of government in the list of
    its parts that ends right before the place at `start` ("the governor's office, the police
    headquarters and all government buildings in X")."""
    before = " " + view[max(clause_start, start - 140) : start]
    return "governor s" in before and _SEAT_LISTED.search(before) is not None
