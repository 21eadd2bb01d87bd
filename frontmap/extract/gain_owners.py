"""Whose gain a nominal capture is, told by what it does for them: "the capture of X extends the
resistance's reach", "the seizure of X strengthens the Taliban's grip on the north".

A nominal capture often names no captor before it ("the group's capture of X") nor after it ("the
capture of X by the army"); the clause then says whom the capture serves, as the owner of the
ground, hold or reach it widens. That owner is the captor. Verbs that take something from the owner
("ends the army's hopes", "weakens the government's hold") name the loser, not the winner, and are
not read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors

# the verb of widening (one clause: single spaces, no punctuation before it), then the owner's phrase
_WIDENS = re.compile(
    r" (?:[a-z]+ ){0,5}?(?:extend|expand|widen|strengthen|boost|bolster|consolidate|increase|tighten|deepen|secure|cement)(?:s|ed|ing)?"
    r" +(?:the +)?(?=\S)"
)
# the owner (up to three words: "the Panjshir resistance"), then the folded apostrophe and what it gains ("the resistance s reach")
_OWNER = re.compile(
    r"(?:[a-z]+ +){0,2}?[a-z]+(?= +s +(?:[a-z]+ +)?(?:reach|hold|grip|control|territory|foothold|presence|position|footprint|gains|sway|influence)\b)"
)


def owner_of_gain(view: str, actors: Actors, after: int) -> str | None:
    """Return the side whose reach or hold the capture ending at `after` widens (the captor), or None."""
    verb = _WIDENS.match(view, after)
    owner = _OWNER.match(view, verb.end()) if verb is not None else None
    return actors.inside(verb.end(), owner.end()) if owner is not None else None
