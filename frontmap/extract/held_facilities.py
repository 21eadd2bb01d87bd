"""Facilities held: a side in control of a town's airport, prison or base says nothing of the town.

"Soldiers still hold X's airport" a day after the town fell, and "the Taliban were in full control
of X's international airport" weeks after they took it, tell who keeps a building or a field of the
town, not a fight for it: the town's own standing is told by other lines. (A side taking a
facility, or holding "parts" or the outskirts of the town, is another matter: that is fighting
there, unless the facility passes from evacuating foreign troops: `frontmap.extract.foreign_forces`.)
"""

from __future__ import annotations

import re

from frontmap.extract import facilities

_FACILITY = rf"(?:{facilities.PART}|{facilities.SITE})"
# "X's international airport", "X's main prison", "X airport", "X police headquarters"
_FACILITY_AFTER = re.compile(
    rf"(?:['’]s?\s+(?:\w+\s+)?|\s+(?:international\s+|police\s+|army\s+)?){_FACILITY}\b",
    re.IGNORECASE,
)


def facility_after(sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` of `sentence` names a facility right after it
    ("Kabul's international airport", "Kunduz airport"): the words are about the facility."""
    return _FACILITY_AFTER.match(sentence, end) is not None
