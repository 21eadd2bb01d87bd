"""Crossing links: a border crossing named by the Afghan town it links to a foreign one.

"Captured the crossing linking Torghundi to Turkmenistan", "took a crossing connecting the Spin
Buldak district to the Chaman sector", "seized the border crossing that links the Afghan town of
Spin Boldak with the Pakistani town of Chaman": a crossing stands in its Afghan town, so the town
linked first is the place taken, as "the crossing at X" is. A road, highway or bridge that links
two places is a route between them (`place_roles`), and neither end is taken with it.

A crossing named with the neighbour it leads to closes one object, and a name after "and" opens
the next ("took the Torghundi crossing with Turkmenistan and the Islam Qala crossing"): the second
town is taken whole, not as a part of the first crossing.
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


# a named crossing and the neighbouring country it leads to, then "and": the object ends with the country
# (not "checkposts near the crossing with Iran and the X office": parts of it)
_NEIGHBOUR_THEN_AND = re.compile(
    r"^\s+(?:the\s+)?(?:(?:key|main|strategic|vital|important|busy|major)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:border\s+|customs\s+|trade\s+)?(?:crossing|port|post|gate|checkpoint)(?:\s+point)?\s+(?:with|into|to|near|bordering|on\s+the\s+border\s+with)\s+"
    r"(?:iran|pakistan|turkmenistan|tajikistan|uzbekistan|china)\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def after_neighbour_crossing(gap: str) -> bool:
    """Return True when `gap` (the words between a verb and the place after it) is a named crossing
    to a neighbouring country and "and": the place opens a second object."""
    return len(gap) < 120 and _NEIGHBOUR_THEN_AND.match(gap) is not None
