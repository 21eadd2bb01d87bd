"""Listed towns: a named town ending a list of things a verb takes ("seized weapons, vehicles and
the town of X", "captured ammunition, two tanks and X district"). The things before it are other
objects of the same verb; the town after the last "and" is one more of them, so the place is
taken too.
"""

from __future__ import annotations

import re

# lower-case items joined by commas, then "and" and the town's own noun phrase right before the place
_TOWN_ENDS_LIST = re.compile(
    r"^\s*(?:(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+){1,6}(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:the\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:town|city|district|village|district\s+cent(?:re|er))\s+of\s+)?)?$"
)


def town_ends_object_list(gap: str) -> bool:
    """Return True when `gap` (the words between a verb and the place after it) is a list of
    things taken whose last item, after "and", is the place."""
    return "," in gap and bool(_TOWN_ENDS_LIST.match(gap))
