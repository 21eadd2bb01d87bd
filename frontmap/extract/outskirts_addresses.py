"""The outskirts of a town named only as an address: where a camp, a mosque or a settlement lies.

"Families sheltering in a makeshift settlement on the outskirts of Kandahar city" or "a blast at a
mosque on the outskirts of the capital" say where something stands, not that anyone fights there:
the bare word "outskirts" is fighting only when it tells where fighters are or press ("the Taliban
are on the outskirts of X", "pressed on Herat's outskirts"). A fight word of its own in the sentence
("clashes", "attacked") still tells the fighting.
"""

from __future__ import annotations

import re

__all__ = ["is_an_address"]

# a standing place, or a verb of lying or living, then a few words and "on (at, in) the outskirts"
_ADDRESS_BEFORE = re.compile(
    r"\b(?:camps?|settlements?|shelters?|mosques?|hospitals?|clinics?|schools?|universit(?:y|ies)|shrines?|cemeter(?:y|ies)"
    r"|graveyards?|factor(?:y|ies)|weddings?|funerals?|(?:refugee|displacement)\s+sites?"
    r"|located|situated|lying|based|living|lives|live|settled|sheltering|sheltered|displaced|stranded|housed)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:on|at|in)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$"
)


def is_an_address(view: str, start: int) -> bool:
    """Return True when the word "outskirts" starting at `start` of `view` (a sentence's lower-case
    view) only says where a camp, a mosque, a settlement or people living there lie."""
    return _ADDRESS_BEFORE.search(view, max(0, start - 80), start) is not None
