"""Names listed before "villages": "Murghab and Hassan Tabbin villages near Sheberghan" names two
villages, so neither name is the district that shares it (Bala Murghab). Several names before the
plural are several villages; one name before it ("Andar villages") stays the district that holds
them (`frontmap.extract.villages`).
"""

from __future__ import annotations

import re

_NAME = r"(?!(?:The|Taliban|Afghan|Government)\b)(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# the names after this one up to "villages" (or a loosely singular "village"): ", Y and Z villages"
_REST_BEFORE_VILLAGES = re.compile(rf"(?:{_JOIN}{_NAME})*\s+villages?\b(?![’'])", re.IGNORECASE)
# a name just before this one in the list: "X and ", "X, "
_NAME_BEFORE = re.compile(rf"(?<![\w’'-]){_NAME}{_JOIN}$", re.IGNORECASE)
_JOINS = re.compile(r",|\band\b", re.IGNORECASE)  # one more name after each


def listed_as_villages(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `text` is one of several names listed before
    "villages" ("X and Y villages", "X, Y and Z villages"), so a village's name."""
    rest = _REST_BEFORE_VILLAGES.match(text, end)
    if rest is None:
        return False
    return _JOINS.search(rest.group(0)) is not None or bool(_NAME_BEFORE.search(text, max(0, start - 60), start))
