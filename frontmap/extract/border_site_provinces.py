"""A border site told by its province: "days after taking crossings in Herat and Kunduz", "the
customs post of Nangarhar", "border ports in Kandahar". A crossing lies on the frontier, so a name
after it that is both a province's and its capital's (Herat, Kunduz, Kandahar) says in which
province the crossing lies, not that the capital was fought over or taken.

Only frontier sites count (crossings, border posts, ports, customs posts): "police posts in
Kandahar" may stand in the city. A crossing that is itself a town ("the crossing at Spin Boldak")
is named by a name no province shares, and is not read here.
"""

from __future__ import annotations

import re

# the site, "in", "of" or "at", then any names of a list before the one read
_SITE_THEN_NAMES = re.compile(
    r"\b(?:(?:border\s+)?crossings?(?:\s+points?)?|border\s+(?:posts?|points?|gates?)|(?:dry\s+|border\s+|trade\s+)?ports?"
    r"|customs(?:\s+(?:posts?|offices?|points?|houses?))?)"
    r"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:provinces?\s+of\s+)?[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*$",
)
_REACH = 120  # characters read before the name


def site_in(sentence: str, start: int) -> bool:
    """Return True when the name starting at `start` of `sentence` follows a frontier site ("crossings
    in Herat and Kunduz"): the province it lies in, not the capital named like it."""
    return _SITE_THEN_NAMES.search(sentence[max(0, start - _REACH) : start]) is not None
