"""Crossing links: a border crossing named by the Afghan town it links to a foreign one.

"Captured the crossing linking Torghundi to Turkmenistan", "took a crossing connecting the Spin
Buldak district to the Chaman sector", "seized the border crossing that links the Afghan town of
Spin Boldak with the Pakistani town of Chaman": a crossing stands in its Afghan town, so the town
linked first is the place taken, as "the crossing at X" is. A road, highway or bridge that links
two places is a route between them (`place_roles`), and neither end is taken with it.
"""

from __future__ import annotations

import re

# the crossing (or post, port, gate) and its linking verb, right before the name; the words before it
# describe the crossing ("the key border crossing"), the words after it call the name a town
_CROSSING_LINKING = re.compile(
    r"\b(?:(?:border\s+)?crossings?(?:\s+points?)?|border\s+(?:posts?|points?|gates?)|(?:dry\s+|border\s+|trade\s+)?ports?"
    r"|customs\s+(?:posts?|points?|gates?))"
    r"\s+(?:(?:that|which)\s+)?(?:links?|linking|linked|connects?|connecting|connected)\s+"
    r"(?:the\s+)?(?:afghan\s+|afghanistan[’'\s]s?\s*)?(?:(?:border\s+)?(?:town|city|district|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def crossing_end(before: str) -> bool:
    """Return True when `before` (the text right before a name) ends with a border crossing and the
    verb that links it to the name ("the crossing linking "): the name is the crossing's own town."""
    return _CROSSING_LINKING.search(before[-120:]) is not None
