"""Ended fights: fighting a report tells only as the past cause of what it leaves behind.

Aid agencies' updates look back: "huge needs resulting from weeks of heavy fighting in cities like
X", "in the wake of months of clashes in X", or, after the government's fall, "fighting between the
Taliban and forces of the former government in X led to a dire situation". With no day of its own
such a fight is not of the report's day: it is the span that ended before the needs the report is
about, and once one side is gone the fight with it is over. A fight told as still going on ("clashes
continue", "the ongoing fighting ... has led to") stays, and so does one with a day of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.status import CONTESTED

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_FIGHT = r"(?:fighting|clashes|battles?|combat|conflict|war|violence|hostilities)"
# "resulting from weeks of heavy fighting", "in the wake of months of clashes": a span told as a cause
_AFTERMATH = re.compile(
    r"\b(?:result(?:ing|ed)\s+from|caused\s+by|(?:the\s+)?(?:result|toll|aftermath|legacy)\s+of|in\s+the\s+(?:wake|aftermath)\s+of|left\s+(?:behind\s+)?by)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:weeks|months)\s+of\s+(?:[\w-]+\s+){0,2}?" + _FIGHT + r"\b",
    re.IGNORECASE,
)
# one side gone: "forces of the recently-overthrown government", "the ousted administration's troops"
_FORMER_SIDE = re.compile(
    r"\b(?:former|ousted|overthrown|toppled|collapsed|deposed|defunct|now-defunct|fallen)\s+(?:afghan\s+)?"
    r"(?:government|republic|regime|administration)\b",
    re.IGNORECASE,
)
# the fight told in the simple past as the cause of what followed: "led to", "left", "caused"; not
# its toll ("left dozens dead"), which tells of a fight of the report's day
_CAUSED = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\b(?:led\s+to|left(?!\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|wounded|injured|hurt)\b)"
    r"|caused|resulted\s+in|forced|destroyed|damaged|displaced|uprooted)\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:still|continu\w*|goes\s+on|going\s+on|ongoing|remain\w*|rag(?:es|ing))\b", re.IGNORECASE)
# dates the text does not give the fight itself: the report's own day stands in
_UNDATED = frozenset({"publication", "manifest", "undated", "retold"})


def without_ended_fights(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return the events without the contested readings of fights told only as the past cause of
    their aftermath (see the module docstring)."""
    return [e for e in events if not (e.status == CONTESTED and e.date_basis in _UNDATED and _ended(e.excerpt))]


def _ended(excerpt: str) -> bool:
    """Return True when the sentence tells its fighting as over: the span behind an aftermath, or a
    fight with a side since gone told as the cause of what followed."""
    if _STILL.search(excerpt):
        return False
    if _AFTERMATH.search(excerpt):
        return True
    return _FORMER_SIDE.search(excerpt) is not None and _CAUSED.search(excerpt) is not None
