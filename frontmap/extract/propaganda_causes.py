"""Propaganda told as a cause, not as a denial: "under the Taliban propaganda, the forces left X".

"Propaganda" is a denial word when it labels a report ("the claim is enemy propaganda"); after a
word of cause ("under", "amid", "due to", "because of", "fell for") it tells why men did what the
sentence says they did, and the sentence stands as told.
"""

from __future__ import annotations

import re

__all__ = ["propaganda_as_cause"]

_CAUSE_BEFORE = re.compile(
    r" (?:under|amid|amidst|due +to|because +of|owing +to|thanks +to|following|through|fell +for|(?:victims?|result|influence|effect|pressure) +of|in +the +face +of)"
    r" +(?:(?:the|a|an|their|its|this|that)\s+)?(?:(?!(?:is|was|are|were|be|been|said|say|says|called|calls)\b)\w+ +){0,3}$"
)


def propaganda_as_cause(padded: str, position: int) -> bool:
    """Return True when the denial word at `position` of the padded lower-case view is "propaganda"
    after a word of cause ("amid intense Taliban propaganda"), which denies nothing."""
    return padded.startswith(" propaganda", position) and _CAUSE_BEFORE.search(padded, max(0, position - 60), position + 1) is not None
