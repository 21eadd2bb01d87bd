"""Defenders overrun: "the Taliban overran government forces in Kunduz and Ghazni" takes the towns.

Capturing soldiers says nothing of where they stood ("captured government troops in X" is people
taken); overrunning the forces that held a town is taking the town itself, as "overran X" is. The
forces may be named with their town's description and a list of names after it ("overran
government forces in two large cities, Kunduz and Ghazni"). Told in the passive, the forces come
before the verb and their town after it ("government forces were overrun in Farah on Tuesday").
"""

from __future__ import annotations

import re

__all__ = ["defenders_overrun"]

_OVERRAN = re.compile(r"\boverr[au]n(?:ning)?$", re.IGNORECASE)
_NAMES = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
_DEFENDERS_IN = re.compile(
    r"(?i:\s+(?:the\s+)?(?:(?:government|afghan|security|army|national|local|police|border)\s+){0,2}"
    r"(?:forces|troops|soldiers|garrisons?|defenders|policemen)\s+(?:in|at)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:cities|city|towns?|districts?|capitals?)(?:\s+of)?\s*,?\s*)?)" + _NAMES,
)


# the passive: the defenders as its subject ("government forces were overrun in", "troops had been overrun at")
_DEFENDERS_BEFORE = re.compile(
    r"\b(?:(?:government|afghan|security|army|national|local|police|border)\s+){1,2}(?:forces|troops|soldiers|garrisons?|defenders|policemen)"
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_GAP = re.compile(r"\s+(?:in|at|inside)\s+(?:the\s+(?:(?:provincial\s+)?capital|city|town|district(?:\s+cent(?:re|er))?)\s+of\s+)?", re.IGNORECASE)


def defenders_overrun(trigger_text: str, gap: str, before: str = "") -> bool:
    """Return True when `gap`, the words between the verb `trigger_text` and a place, makes the
    place the home of forces the verb overran ("overran government forces in X"), or, `before`
    being the sentence up to the verb, of forces overrun in the passive ("forces were overrun in X")."""
    if not _OVERRAN.search(trigger_text):
        return False
    if _DEFENDERS_IN.fullmatch(gap) is not None:
        return True
    return _PASSIVE_GAP.fullmatch(gap) is not None and _DEFENDERS_BEFORE.search(before[-80:]) is not None
