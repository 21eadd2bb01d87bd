"""Forces regrouping after they left a place: "troops who withdrew from X have regrouped on the edge
of Y" (for `frontmap.extract.rules` and `frontmap.extract.idle_triggers`).

A withdrawal gives up the place it leaves; a place named after a later verb of regrouping is where the
leavers gathered again, as a destination after "to" is ("retreated to a base outside Y"): no fight
there and no part of it lost. The same holds for the outskirts where the government's men regroup
("soldiers regrouped on the outskirts of Y"); the Taliban massing there is pressure on the town.
"""

from __future__ import annotations

import re

# anchored on the verb's own letters: cheap on every gap a withdrawal reaches across
_REGROUPED = re.compile(
    r"\b(?:regroup(?:ed|ing|s)?|re-?deploy(?:ed|ing|s)?|re-?assembl(?:ed|ing|es?)|re-?grouped|dug\s+in"
    r"|(?:took|take|taking|taken)\s+up\s+(?:new\s+)?positions|set\s+up\s+(?:new\s+)?(?:positions|lines|camp)"
    r"|(?:took|taken|taking|sought|seeking)\s+(?:shelter|refuge)|shelter(?:ed|ing))\b",
    re.IGNORECASE,
)


def regrouped_in_gap(gap: str) -> bool:
    """Return True when `gap` (the words between a withdrawal and a place after it) holds a verb of
    the leavers regrouping, so the place is where they gathered, not what they left."""
    return _REGROUPED.search(gap) is not None


_VERB = _REGROUPED.pattern
_AT_EDGE = re.compile(r"(?:" + _VERB + r")\s+(?:on|at|in|to|around|along|near)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$")
_GOVERNMENT = re.compile(r"\b(?:government|afghan|army|troops|soldiers|police(?:men)?|commandos|militiam[ae]n|(?:security|defen[cs]e)\s+forces)\b")
_TALIBAN = re.compile(r"\b(?:taliban|insurgents?|militants?)\b")


def government_regrouped_at(view: str, start: int) -> bool:
    """Return True when the word "outskirts" at `start` of `view` (a sentence's lower-case view)
    is where the government's men regrouped or took up positions ("troops regrouped on the
    outskirts of X"): the last side named before the verb is theirs, not the Taliban."""
    at = _AT_EDGE.search(view, max(0, start - 60), start)
    if at is None:
        return False
    before = view[: at.start()]
    government = [m.start() for m in _GOVERNMENT.finditer(before)]
    taliban = [m.start() for m in _TALIBAN.finditer(before)]
    return bool(government) and (not taliban or taliban[-1] < government[-1])
