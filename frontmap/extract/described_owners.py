"""The owner of a noun of change set apart from it by a word or two that describe it: in "the
Taliban's dramatic recapture of X" the Taliban win the place back, as in "the Taliban's recapture
of X", though "dramatic" stands between the possessive and the noun.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

# "the taliban s swift capture", "the insurgents  dramatic recapture": a possessive, then words that only describe the noun
_DESCRIBED_NOUN_GAP = re.compile(r" +s? +(?:(?!(?:and|or|but|of|in|on|at|to|for|from|with|by|after|before|that|which|who)\b)[a-z]+ +){1,2}")


def owner(view: str, found: Sequence[tuple[int, int, str, bool]], position: int) -> str | None:
    """Return the side of the actor among `found` (start, end, side, subject) owning the noun at
    `position` of the lower-case `view` across a word or two that describe it, else None."""
    i = bisect.bisect_left([f[0] for f in found], position) - 1
    if i < 0 or not _DESCRIBED_NOUN_GAP.fullmatch(view, found[i][1], position):
        return None
    return found[i][2]
