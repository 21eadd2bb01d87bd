"""Arrivals at a place's edge: "advanced to the outskirts of X" tells of fighters who got there,
while "expected the Taliban to reach the outskirts of X" only foresees it.

The words of arriving before "outskirts", "edge" or "gates" are no cue of their own: a finished
advance ("pushed up to the gates of X") is dropped from what is read for plans, so that no earlier
"to" of the clause is taken as its aim; an infinitive of arriving ("to reach the edge of X") keeps its
"to", so that whatever governs it (a plan, a forecast, "managed to") is read as it would be for
"to take X".
"""

from __future__ import annotations

import re

_EDGES = ("outskirts", "edge", "gates")
# "advanced to the outskirts", "pushed up to its gates": a place reached, no infinitive
_REACHED_EDGE = re.compile(r" (?:advanc|push|march|press|clos|fought|fight)\w* +(?:\w+ +)?(?:up +)?to +(?:the|its|their) +$")
# "to reach the outskirts", "to get to the gates", "to arrive at the edge": the arriving an infinitive names
_ARRIVAL_INFINITIVE = re.compile(r" to +(?:reach|arrive +at|get +(?:up +)?to)(?: +(?:the|its|their))? +$")


def read_before(view: str, position: int, before: str) -> str:
    """Return the words before the edge word at `position` as they are read for plans: `before`
    cut before a finished advance, or cut after the "to" of an infinitive of arriving; unchanged
    when the trigger is no edge word or no arriving comes right before it."""
    if not view.startswith(_EDGES, position):
        return before
    reached = _REACHED_EDGE.search(before)
    if reached is not None:
        return before[: reached.start() + 1]
    arrival = _ARRIVAL_INFINITIVE.search(before)
    if arrival is not None:
        return before[: arrival.start() + 4]
    return before
