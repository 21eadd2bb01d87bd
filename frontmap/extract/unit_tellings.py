"""One event per unit, status and date: which of the article's tellings it keeps.

An article often tells one day's fighting at a place twice: "clashes on the outskirts of Kunduz
on Sunday ... later in the day the fighters entered the city". Both are the same contested event
of Kunduz that day, and the first sentence is kept as its source; but the kind of fighting
(`frontmap.extract.kinds`) the map reads is what the article finally says happened there. So the
event keeps the first telling unless a later one tells more of the place itself: fighting inside
it over an entry, an entry over fighting near it or from the air, any change over a line saying
a side still holds it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from frontmap.extract.kinds import ADVANCE, GROUND, HOLD, NEARBY, STRIKE

# how much of the place itself a telling says happened
_INSIDE = {GROUND: 3, ADVANCE: 2, NEARBY: 1, STRIKE: 1, HOLD: 0}


def closer_telling(kept: Any, excerpt: str, trigger: str) -> Any:
    """Return `kept` (a ControlEvent) told by `excerpt` and `trigger` instead when that telling's
    kind says more of the place itself (see the module docstring), else `kept` unchanged."""
    other = dataclasses.replace(kept, excerpt=excerpt, trigger=trigger, kind="")
    return other if _INSIDE.get(other.kind, 0) > _INSIDE.get(kept.kind, 0) else kept
