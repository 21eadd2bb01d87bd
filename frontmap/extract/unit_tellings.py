"""One event per unit, status and date: which of the article's tellings it keeps.

An article often tells one day's fighting at a place twice: "clashes on the outskirts of Kunduz
on Sunday ... later in the day the fighters entered the city". Both are the same contested event
of Kunduz that day, and the first sentence stays its source (excerpt and trigger, which the
article's later readings compare); but the kind of fighting (`frontmap.extract.kinds`) the map
reads is what the article finally says happened there. So the event takes the kind of a later
telling that says more of the place itself: fighting inside it or an entry over fighting near it
or from the air, any change over a line saying a side still holds it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from frontmap.extract.kinds import ADVANCE, GROUND, HOLD, NEARBY, STRIKE, event_kind

# how much of the place itself a telling says happened: in it (on the ground, or moving in), near
# it or from the air, or nothing new (a side still holds it)
_INSIDE = {GROUND: 2, ADVANCE: 2, NEARBY: 1, STRIKE: 1, HOLD: 0}


def closer_telling(kept: Any, excerpt: str, trigger: str) -> Any:
    """Return `kept` (a ControlEvent) with the kind of the telling `excerpt` and `trigger` when that
    kind says more of the place itself (see the module docstring), else `kept` unchanged."""
    kind = event_kind(trigger, excerpt, kept.status)
    return dataclasses.replace(kept, kind=kind) if _INSIDE.get(kind, 0) > _INSIDE.get(kept.kind, 0) else kept
