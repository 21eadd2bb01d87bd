"""A place's own parts named through "its": "pushed into its outskirts", "fighting on its edges".

"Faizabad was on the verge of falling as fighters pushed into its outskirts": the outskirts are
the city's, so the push is a fight at the city, as "pushed into the city's outskirts" is. The
"its" stands where a control verb (or the preposition after it) governs it, and means the town or
district named before it (`frontmap.extract.references.resolve_pronoun`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["possessive_areas"]

# "its" before a part of a town: the outskirts, the edges, the gates, the suburbs, the centre
_ITS_AREA = re.compile(
    r"(?<![\w'’])its\s+(?:(?:northern|southern|eastern|western|outer|inner|main|old)\s+)?"
    r"(?:outskirts|edges?|gates?|suburbs?|outer\s+districts|cent(?:re|er)|streets|bazaar|perimeter|outlying\s+\w+)\b"
)
# the preposition a fighting verb takes before the part ("fighting on", "pushed into" ends in its own)
_PREPOSITION_BEFORE = re.compile(r"\s+(?:on|at|in|into|to|near|around|along|outside|inside|toward|towards)\s*$")


def possessive_areas(sentence: str) -> Iterator[tuple[int, tuple[int, ...]]]:
    """Yield (where "its" stands, where the verb governing it may end) for each "its" before a part
    of a town ("its outskirts"): right before it ("pushed into"), or before a preposition there
    ("fighting on")."""
    if "its " not in sentence:
        return
    for match in _ITS_AREA.finditer(sentence):
        before = sentence[: match.start()].rstrip()
        preposition = _PREPOSITION_BEFORE.search(before)
        yield match.start(), (len(before), preposition.start()) if preposition else (len(before),)
