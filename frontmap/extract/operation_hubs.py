"""A place described as the hub of operations: "X is the centre of British and US military
operations", "Y became the base for operations against the insurgents", or as the base attacks are
launched from: "officials fear X could become a base for attacks on Central Asia".

A copula that makes the place the centre, hub or base of operations describes what the place is
for, not fighting on a day: nobody is said to fight there. So does the same noun phrase set beside
the place ("X, a major hub for US military operations, fell"): the sentence's own verb tells what
happened to it. "Operations in X killed 30 insurgents" is still a fight. An attack, raid or strike from a base is
aimed elsewhere, so only the base named before the phrase is spared: "the militants used X as a
base for attacks on Y" still contests Y.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import FIGHT, Trigger

_HUB_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|has\s+been|had\s+been|have\s+been|became|becomes?|remains|remained|serve[sd]?\s+as|(?:be\s+|is\s+|was\s+|being\s+)?used\s+as|turn(?:s|ed)?\s+into)\s+(?:(?:for\s+\w+|long|once|still|now|also)\s+)*"
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
# violence launched from the base at someone else: the base is not where it happens
_LAUNCHED = re.compile(r"(?:[\w-]+\s+)?(?:attacks?|raids?|assaults?|strikes?|offensives?|incursions?)")


def operations_hub(view: str, trigger: Trigger, place_end: int | None = None) -> bool:
    """Return True when the fight trigger is "operations" told as what the place is the centre,
    hub or base of ("X is the centre of US military operations", "X, a hub for military operations,
    fell"), or attacks told as what the place ending at `place_end`, named before the phrase, is a
    base for ("X could become a base for attacks on its neighbours"), not as fighting there."""
    if trigger.kind != FIGHT:
        return False
    word = trigger.text.lower()
    window = max(0, trigger.start - 80)
    if _OPERATIONS.fullmatch(word):
        return _HUB_BEFORE.search(view, window, trigger.start) is not None or _HUB_ASIDE.search(view, window, trigger.start) is not None
    if place_end is None or place_end > trigger.start or not _LAUNCHED.fullmatch(word):
        return False
    hub = _HUB_BEFORE.search(view, window, trigger.start)
    return hub is not None and place_end <= hub.start() + 1
