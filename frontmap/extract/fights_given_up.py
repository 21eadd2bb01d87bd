"""Fights given up: a fight for a place told up to the day its defenders gave it up.

"Fighting for X went on from Tuesday until Thursday, when the last policemen surrendered", "clashes
in X raged until late on Sunday, when the troops withdrew": the fight is one event, and the clause
after "when" tells a second one, the place's loss, with no place of its own. The place is read
again where that verb stands, so the loss is told of it and dated by the day "until" names (the
same ending of a hold is `held_until`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frontmap.extract.held_until import UNTIL_WHEN
from frontmap.extract.triggers import FIGHT, Trigger

# after the place: the fight's own words ("went on from Tuesday", "raged for three days"), then "until ..., when ..."
_FOUGHT_UNTIL = re.compile(r"(?:\s+[\w-]+){0,6}?" + UNTIL_WHEN, re.IGNORECASE)
# between the fight word and the place: "fighting for", "the battle for the district of", "clashes in"
_FIGHT_GAP = re.compile(r"\s+(?:for|in|over|around|at)\s+(?:the\s+)?(?:(?:district|city|town|centre|center)\s+of\s+)?")


def given_up_after(view: str, triggers: Sequence[Trigger], named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (i, position) for each place `named[i]` = (start, end) that a fight word right before
    it is about, when the fight is told up to the day its defenders gave the place up (`view` the
    sentence's lower-case view): `position` is where the verb of giving up stands."""
    starts = [t.start for t in triggers]
    found = []
    for n, (start, end) in enumerate(named):
        i = bisect.bisect_left(starts, start) - 1
        if i < 0 or triggers[i].kind != FIGHT or not _FIGHT_GAP.fullmatch(view, triggers[i].end, start):
            continue
        ended = _FOUGHT_UNTIL.match(view, end)
        if ended is not None:
            found.append((n, ended.start("verb")))
    return found
