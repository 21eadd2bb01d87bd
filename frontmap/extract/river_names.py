"""Names of rivers formed from a place's name.

"The Farah Rud bridge", "the Helmand river", "across the Kunduz River": the name there is the
river's, which runs through many districts, and a bridge or bank taken on it is not the town the
river is named after. A river port ("the Hairatan river port") is the town's own facility and keeps
its place.
"""

from __future__ import annotations

import re

__all__ = ["names_a_river"]

# the river word right after the name ("Rud" is Dari for river), unless a port of the town follows
_RIVER_AFTER = re.compile(r"[ \t]+(?:[Rr]iver|Rud)\b(?![ \t]+ports?\b)")


def names_a_river(text: str, end: int) -> bool:
    """Return True when the place name ending at `end` is a river's name ("Farah Rud", "Helmand river")."""
    return _RIVER_AFTER.match(text, end) is not None
