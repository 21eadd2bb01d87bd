"""Defenders overrun: "the Taliban overran government forces in Kunduz and Ghazni" takes the towns.

Capturing soldiers says nothing of where they stood ("captured government troops in X" is people
taken); overrunning the forces that held a town is taking the town itself, as "overran X" is. The
forces may be named with their town's description and a list of names after it ("overran
government forces in two large cities, Kunduz and Ghazni").
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


def defenders_overrun(trigger_text: str, gap: str) -> bool:
    """Return True when `gap`, the words between the verb `trigger_text` and a place, makes the
    place the home of forces the verb overran ("overran government forces in X")."""
    return bool(_OVERRAN.search(trigger_text)) and _DEFENDERS_IN.fullmatch(gap) is not None
