"""A place described as the hub of operations: "X is the centre of British and US military
operations", "Y became the base for operations against the insurgents".

A copula that makes the place the centre, hub or base of operations describes what the place is
for, not fighting on a day: nobody is said to fight there. So does the same noun phrase set beside
the place ("X, a major hub for US military operations, fell"): the sentence's own verb tells what
happened to it. "Operations in X killed 30 insurgents" is still a fight.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FIGHT, Trigger

_HUB_BEFORE = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been|have\s+been|became|becomes|remains|remained|served\s+as)\s+(?:(?:for\s+\w+|long|once|still|now|also)\s+)*"
    r"(?:(?:the|a|an|one\s+of\s+the)\s+)?(?:\w+\s+)?(?:cent(?:re|er)s?|hubs?|focus|heart|bases?|headquarters|seat|launch\w*\s+pads?|staging\s+(?:grounds?|posts?))"
    r"\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}?$"
)
# the same noun phrase told as an aside on the place, no verb: "X, the second city and a major hub for US
# military operations, fell" (an article or "one of the" opens it)
_HUB_ASIDE = re.compile(
    r"\b(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cent(?:re|er)s?|hubs?|bases?|headquarters|staging\s+(?:grounds?|posts?))\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}?$"
)
_OPERATIONS = re.compile(r"(?:[\w-]+\s+)?operations?\b")


def operations_hub(view: str, trigger: Trigger) -> bool:
    """Return True when the fight trigger is "operations" told as what the place is the centre,
    hub or base of ("X is the centre of US military operations", "X, a hub for military operations,
    fell"), not as fighting there."""
    if trigger.kind != FIGHT or not _OPERATIONS.fullmatch(trigger.text.lower()):
        return False
    window = max(0, trigger.start - 80)
    return _HUB_BEFORE.search(view, window, trigger.start) is not None or _HUB_ASIDE.search(view, window, trigger.start) is not None
