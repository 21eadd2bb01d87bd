"""Operation tallies: a count of operations across a list of provinces contests none of them.

The defence ministry's daily toll ("120 insurgents were killed in military operations by security
forces in Logar, Wardak, Ghor, Uruzgan and Paktia provinces over the past 24 hours") spreads
routine operations over half the country: it tells no fight at any one place, so the provinces
of such a list (four names or more, closed by "provinces") get no event from it. A single named
operation ("a clearance operation in Dawlatabad district") stays fighting there.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

_NAME = r"[a-z][\w-]*(?: +[a-z][\w-]*){0,2}?"
# after the operations word: an optional agent ("by security forces"), "in", then a list of four
# names or more closed by "provinces" (the view: lower case, punctuation blanked to spaces)
_TALLY_AFTER = re.compile(
    r"(?: +(?:by|of) +(?:the +)?(?:[a-z]+ +){0,3}?[a-z]+)? +(?:in|across) +(?:the +)?(?:provinces +of +)?"
    r"(?:" + _NAME + r" +(?:and +)?){3,}?" + _NAME + r" +provinces\b"
)


def tallied_across_provinces(view: str, trigger: Trigger) -> bool:
    """Return True when the fight word `trigger` is a count of operations over a list of four
    provinces or more ("operations in X, Y, Z and W provinces"): no fight at any one of them."""
    if not view[trigger.start : trigger.end].rstrip().endswith(("operation", "operations")):
        return False
    return _TALLY_AFTER.match(view, trigger.end) is not None
