"""The side a first-person speaker fights, read from the speaker's own words.

A quote that says "our control" names its speaker's side only by the actors outside it; the
actor a speaker acts against inside the quote ("we are carrying out operations against the
Taliban", "our forces are fighting the Taliban") is the other side, never the one saying "our". A bare
name before the reporting verb ("..., Fawad Aman said") names no side, so the nearest actor
before that verb is often the opponent inside the quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.status import GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors

# the speaker's action aimed at the actor right after it ("operations against the Taliban",
# "we are fighting the insurgents", "we pushed back the militants", "we drove out the Taliban")
_AIMED_AT = re.compile(
    r"\b(?:against|(?:we|our +forces) +(?:are +|have +|were +)?(?:fighting|battling|pursuing|chasing|repell?(?:ed|ing)|pushed +back|drove +out|expelled|cleared +out))"
    r" +"
)
_REACH = 12  # characters from the end of the aiming words to the actor they aim at


def opponent_in(view: str, actors: Actors, start: int, end: int) -> str | None:
    """Return the side a first-person speaker acts against between `start` and `end` of `view`
    ("... against the Taliban in the suburbs"), or None when the words aim at no named actor."""
    for aimed in _AIMED_AT.finditer(view, start, end):
        side = actors.at(aimed.end(), _REACH)
        if side is not None:
            return side
    return None


def speaker_against(view: str, actors: Actors, start: int, end: int) -> str | None:
    """Return the side of a speaker whose quote, between `start` and `end`, acts against a named
    side: the other side ("we are carrying out operations against the Taliban": the government),
    else None."""
    opponent = opponent_in(view, actors, start, end)
    if opponent == TALIBAN:
        return GOVERNMENT
    if opponent == GOVERNMENT:
        return TALIBAN
    return None
