"""A landmark named by a name the gazetteer lacks, told between a place and "it".

"Fighting went on for two days at Malan Bridge, south of the city, but the Taliban also captured
it": "it" is the bridge, the last thing named, not a district named a sentence before. A landmark
the gazetteer lacks is known by its last word (Bridge, Dam, Pass, Hill, Bazaar, ...) after a
preposition of place; a name of no such word ("in Doha", "in Moscow") is left alone, since it may be
where someone spoke.
"""

from __future__ import annotations

import re

_LANDMARK = re.compile(
    r"\b(?:in|at|near|around|on|for|over)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:Bridge|Dam|Pass|Valley|Hills?|Village|Area|Camp|Bazaar|Market|Square|Road|Highway|Gate|Fort|Mountain)\b"
)


def landmark_between(text: str, start: int, end: int) -> bool:
    """Return True when `text` names, between `start` (where a candidate place ends) and `end`
    (where "it" stands), a landmark after a preposition of place ("at Malan Bridge"): "it" may mean
    that landmark, so not the place before it."""
    return _LANDMARK.search(text, start, end) is not None
