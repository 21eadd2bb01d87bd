"""Control said to be no one's: "neither the Taliban nor the government controls X".

A negated hold normally gives the place to the other side ("the Taliban do not control X": the
government's). When the negation names both sides, it gives the place to neither: the district is
in no one's hands, which is no event of control (the fighting there, if told, is read on its own).
"""

from __future__ import annotations

import re

_SIDE = (r"(?:the +)?(?:taliban|insurgents|militants|government|afghan +(?:government|forces|army)|security +forces|army|state"
         r"|authorities|kabul)(?: +forces| +troops| +fighters)?")
# "neither the Taliban nor the government", "neither the government nor the insurgents": both sides
_NEITHER_BOTH = re.compile(r" neither +" + _SIDE + r" +nor +" + _SIDE + r" +(?:\w+ +){0,3}$")


def neither_side(view: str, clause_start: int, position: int) -> bool:
    """Return True when the trigger at `position` of the lower-case `view` is negated by a
    "neither ... nor ..." naming one armed side and the other, so it gives the place to no one."""
    before = " " + view[max(clause_start, position - 90) : position]
    if "neither" not in before:
        return False
    found = _NEITHER_BOTH.search(before)
    return found is not None and ("taliban" in found.group() or "insurgent" in found.group() or "militant" in found.group()) and any(
        word in found.group() for word in ("government", "forces", "army", "troops", "state", "authorities", "kabul"))
