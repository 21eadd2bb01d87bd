"""People "held" at a place are captives there, not a side holding the place.

"The elders secured the release of 22 soldiers who had been held by the Taliban in X", "hostages
held in X", "the Taliban held them captive in X": the verb "held" tells who kept people prisoner
where, and says nothing of who controls X. Ground, posts or towns "held by the Taliban" are still
a hold.
"""

from __future__ import annotations

import re

__all__ = ["is_a_captive_hold"]

_HELD = re.compile(r"held\s")
# the people held just before the verb, with a relative and its auxiliaries between ("detainees who had been held");
# soldiers only in the passive ("soldiers who had been held by the Taliban"): "troops still held X" is their hold
_CAPTIVES_BEFORE = re.compile(
    r"\b(?:(?:prisoners|hostages|captives|detainees|civilians|workers|passengers|journalists|people|women|children|staff)"
    r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|is|being|been|reportedly)\s+){0,3}"
    r"|(?:soldiers|troops|policemen|officers|officials|men)\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|reportedly)\s+)?(?:been|being|were|was|are|is)\s+)$"
)
# "held them captive", "held two officials hostage (prisoner)"
_HELD_CAPTIVE = re.compile(r"held\s+(?:[\w-]+\s+){1,3}?(?:captive|hostage|prisoners?|incommunicado)\b")


def is_a_captive_hold(view: str, start: int) -> bool:
    """Return True when the word "held" starting at `start` of `view` (a sentence's lower-case view)
    keeps people prisoner ("soldiers who had been held by the Taliban in X", "held them hostage")."""
    if _HELD.match(view, start) is None:
        return False
    return _CAPTIVES_BEFORE.search(view, max(0, start - 60), start) is not None or _HELD_CAPTIVE.match(view, start) is not None
