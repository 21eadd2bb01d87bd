"""Qualified denials: "Officials deny X has fallen" above a body that says "denied X had fallen,
but said fighting was still going on there".

An official's bare denial that a place fell is read as the government's hold on it. When the body
tells the same denial with a qualification, fighting the speaker grants at the place, the body's
fuller words are the measure: the headline's hold gives way to the fighting the body reads from
the same denied fall (a body that only repeats the denial leaves the headline alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from frontmap.status import CONTESTED, GOVERNMENT

# the words of a fall or capture a denial is about ("deny X has fallen", "reject claims X was seized")
_FALL_WORD = re.compile(r"(?:fall|fell|fallen|captur|seiz|taken|took|overr[au]n|lost|los[st]|collaps)", re.IGNORECASE)


class _Draft(Protocol):
    key: str
    status: str
    index: int
    trigger: str


def qualified_below(draft: _Draft, headline: int, drafts: Sequence[_Draft]) -> bool:
    """Return True when `draft`, the headline's hold read from a denied fall, gives way to a body
    draft of the same place that reads the denied fall as fighting (the denial qualified)."""
    if draft.index != headline or draft.status != GOVERNMENT or not _FALL_WORD.match(draft.trigger):
        return False
    return any(d.index != headline and d.key == draft.key and d.status == CONTESTED and _FALL_WORD.match(d.trigger)
               for d in drafts)
