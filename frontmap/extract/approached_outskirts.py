"""The outskirts of a town only drawn near to, not reached: "the Taliban approached the outskirts of
Kabul", "fighters were nearing the outskirts of X", "the insurgents edged closer to the outskirts
of X".

The word "outskirts" is fighting when fighters are on them ("reached the outskirts", "were on the
outskirts", "heavy fighting on its outskirts"). A verb of coming near says they are not there
yet: it tells a distance, as "40 km from X" does, and no one fights in the town or at its edge.
A fight word of its own in the sentence ("clashes on the outskirts") still tells the fighting, but
an earlier verb does not reach through the approach to the town: "seized two districts and approached
the outskirts of X" took no part of X.
"""

from __future__ import annotations

import re

__all__ = ["approached_in_gap", "is_an_approach"]

# the view before "outskirts" (lower case, punctuation as spaces): a verb of nearing, then its
# article or owner ("approached the", "neared Kabul s", "edged closer to the city s northern")
_NEARING = re.compile(
    r"\b(?:approach(?:ed|es|ing)?|near(?:ed|s|ing)|(?:edg|inch|mov|creep|crept|drew|draw|com|came|got|get|push)\w*"
    r"\s+(?:ever\s+|even\s+|much\s+|still\s+)?(?:closer|nearer)\s+to)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:city|town|capital|[\w-]+)\s+s\s+)?(?:(?:north|south|east|west)\w*\s+)?$"
)


def is_an_approach(view: str, start: int) -> bool:
    """Return True when the word "outskirts" at `start` of `view` (a sentence's lower-case view)
    is only drawn near to ("approached the outskirts of X"): a distance, no fight there."""
    return _NEARING.search(view, max(0, start - 60), start) is not None


_EDGE = re.compile(r"\b(?:outskirts|edges?|gates)\b")


def approached_in_gap(gap: str) -> bool:
    """Return True when the words `gap` between a verb and a place end in an edge of it that is only
    drawn near to ("seized two districts and approached the outskirts of"): no part of the place."""
    view = re.sub(r"[^\w\s-]", " ", gap.lower())
    edges = list(_EDGE.finditer(view))
    return bool(edges) and is_an_approach(view, edges[-1].start())
