"""Held areas: the parts of a place a side holds, named before the holding words.

"Areas under Taliban control in Badghis", "villages held by the insurgents in Kunduz province",
"the parts controlled by the group in Faryab": the words before "under ... control" or "held by"
name a part ("areas", "villages", "parts"), and the place after "in" or "of" is only where those
parts lie. The side holds some of the place, not all of it: the place is fought over, as when
"the Taliban hold parts of X".
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import HOLD, Trigger

# a part right before the holding words: "areas under", "some villages held by", "parts controlled by"
_PART_BEFORE = re.compile(
    r" (?:areas?|parts?|pockets?|villages?|territor(?:y|ies)|regions?|neighbou?rhoods?|swathes?|swaths?|stretches?|zones?)(?: +(?:now|still|already|largely|mostly))? *$"
)
# the place after the holding words only locates the parts: "in X", "of X", "across X province" (the holder
# may stand between: "held by the insurgents in X"; "under their control in X" reaches here as a bare space)
_LOCATING_GAP = re.compile(
    r"\s*(?:(?:[\w'-]+\s+){0,3}?(?:in|of|across|inside|throughout|around)\s+(?:the\s+)?(?:(?:city|town|district|province)\s+of\s+)?)?$", re.IGNORECASE
)


def held_part_before(view: str, trigger: Trigger, gap: str) -> bool:
    """Return True when the holding `trigger` has a part noun right before it and the place after
    it (reached through `gap`) only locates that part ("areas under Taliban control in X")."""
    return trigger.kind == HOLD and bool(_PART_BEFORE.search(view, max(0, trigger.start - 30), trigger.start)) and bool(_LOCATING_GAP.match(gap))
