"""Words that make a name a town, not the province that shares its name.

"the town of Balkh", "Balkh, a town on the outskirts of Mazar-i-Sharif", "Balkh, on the edge of
Mazar-i-Sharif", "Balkh, 20 km west of Mazar-i-Sharif": nobody calls a province a town or places
it at a city's edge, so a name that is both a province and a district of it means the district
there, as "Balkh city" or "Balkh district" already does.
"""

from __future__ import annotations

import re

_TOWN_NOUN = r"(?:town|city|township|village)"
_TOWN_BEFORE = re.compile(
    r"\b(?:(?:small|ancient|historic|old|strategic|key|northern|southern|eastern|western)\s+)?" + _TOWN_NOUN + r"\s+of\s+$",
    re.IGNORECASE,
)
_TOWN_APPOSITION_AFTER = re.compile(
    r"\s*,\s*(?:"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _TOWN_NOUN + r"|district)\b"  # ", a town", ", the ancient city"
    r"|(?:just\s+|located\s+|lying\s+|situated\s+)?(?:(?:on|at)\s+)?(?:the\s+)?(?:outskirts?|edges?|fringes?|gates?)\s+of\b"
    r"|(?:about\s+|some\s+|around\s+)?\d+\s*(?:km|kilomet\w*|miles?)\s+(?:\(\d+\s*\w+\)\s+)?"
    r"(?:north|south|east|west)\w*\s+of\b"  # ", 20 km west of Mazar-i-Sharif"
    r")",
    re.IGNORECASE,
)


def written_as_town(text: str, start: int, end: int) -> bool:
    """Return True when the words around the name at text[start:end] call it a town: "the town
    of X" before it, or an apposition after it calling it a town or placing it at a city's edge
    or some distance from another place."""
    before = text[max(0, start - 40) : start]
    if before.endswith(("of ", "of\n")) and _TOWN_BEFORE.search(before):
        return True
    return text.startswith(",", end) and _TOWN_APPOSITION_AFTER.match(text, end) is not None
