"""Near misses: "nearly", "almost" or "all but" right before a control verb ("the city has all but
fallen", "the Taliban almost captured X") say the change did not happen, so the verb is read as
negated; a siege is the exception ("X was all but encircled", "nearly surrounded"): a place the
fighters have almost closed around is already fought over, so it stays a fight at the place.
"""

from __future__ import annotations

import re

#: the words of a near miss, right before the verb (a window padded with a space)
NEAR_MISS_BEFORE = re.compile(r" (?:nearly|almost|all +but) +$")
_SIEGE_VERB = re.compile(r"(?:encircl|surround|besieg)", re.IGNORECASE)


def near_miss_negates(view: str, position: int) -> bool:
    """Return True when a near miss before the verb at `position` of `view` denies it: every verb
    but a siege's ("all but encircled" is still a siege)."""
    return _SIEGE_VERB.match(view, position) is None
