"""Kept-out fights: a fight a clause means to keep away, or avoids, is no fight at the place.

"Elders talked to both sides to keep fighting out of the district", "trying to keep the war away
from the city", "want to avoid fighting in X": the fight is what the speakers work to prevent, so
the place is not fought over. "Troops kept fighting in X" (no "out of" after it) goes on, and is.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FIGHT, Trigger

# "to keep ", "keeping the ", "kept any ": the verb that holds the fight off, right before the fight
_KEEP_BEFORE = re.compile(r"\b(?:to +keep|keep(?:s|ing)|kept) +(?:the +|any +|all +)?$")
# "... out of the district", "... away from the city", "... at bay": where it is kept from
_OUT_AFTER = re.compile(r" *(?:[a-z'’-]+ +){0,2}?(?:out +of|away +from|at +bay)\b")
# "to avoid fighting in X", "avoided a battle for the city": the fight shunned
_AVOID_BEFORE = re.compile(r"\bavoid(?:s|ed|ing)? +(?:an? +|any +|the +|further +|more +)?$")
_REACH = 30  # characters before the fight in which the verb is looked for


def kept_away(view: str, trigger: Trigger) -> bool:
    """Return True when the fight `trigger` (in the text view `view`) is one a verb keeps away from
    the place or avoids ("to keep fighting out of the area", "to avoid fighting in X")."""
    if trigger.kind != FIGHT:
        return False
    before = view[max(0, trigger.start - _REACH) : trigger.start]
    if "avoid" in before and _AVOID_BEFORE.search(before):
        return True
    return ("keep" in before or "kept" in before) and _KEEP_BEFORE.search(before) is not None and _OUT_AFTER.match(view, trigger.end) is not None
