"""Fighting named as what a place is far from: "Residents of Kabul, far from the fighting, said the
city was calm", "Bamyan, well away from the front lines, ...", "X has so far been spared the fighting".

The fight word there measures a distance (or an escape): it is somewhere else, not at the place the
sentence names, so it contests nothing there ("far from the fighting in X" still places the fight in X).

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# "far from the fighting", "well away from the clashes", "spared the fighting", "out of reach of the battle"
_DISTANT_BEFORE = re.compile(
    r"\b(?:(?:far|well|safely|miles|kilometres|kilometers)\s+(?:away\s+)?from|away\s+from|distant\s+from|spared(?:\s+from)?|out\s+of\s+reach\s+of)"
    r"\s+(?:the\s+|any\s+|most\s+of\s+the\s+)?(?:(?:heavy|worst|recent|latest|main)\s+)?$"
)
# the fight's own place right after it: "the fighting in Ghazni city", "the clashes around the city of X"
_LOCATED_AT = re.compile(r"\s+(?:in|at|around|near|for|over|inside)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+$")


def far_from(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fighting word `trigger` is what something is far from or spared, and the
    place ending at `place_end` is not the fight's own ("far from the fighting in X": X is where it is)."""
    if place_end > trigger.end and _LOCATED_AT.match(view, trigger.end, place_end):
        return False
    return _DISTANT_BEFORE.search(view, max(0, trigger.start - 45), trigger.start) is not None
