"""Defenders forced out: "stormed X, forcing border police to flee", "attacked X and forced the
troops to withdraw", "an assault on X forced the insurgents to retreat". The fight told of X ended
with one side gone from it, so X is the other side's: a Taliban gain when the government's men were
forced out, a government one when the insurgents were. Others forced to go ("forcing residents to
flee") say nothing of who holds the place.
"""

from __future__ import annotations

import re

from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

_TALIBAN_MEN = ("taliban", "militants", "insurgents", "fighters", "rebels", "attackers")
_FORCED_OUT = re.compile(
    r"\bforc(?:ed|ing|es)\s+(?:the\s+|its\s+|their\s+|all\s+|remaining\s+|hundreds\s+of\s+|dozens\s+of\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<who>police(?:men)?|troops|soldiers|forces|defenders|garrison|commandos|officials|army|"
    + "|".join(_TALIBAN_MEN) + r")\s+(?:to\s+)?(?:flee|retreat|withdraw|pull\s+(?:out|back)|abandon|leave|surrender"
    r"|evacuate|fall\s+back)\b"
)
# "forcing out the government", "forced the western-backed administration out (to flee)": the government gone
_GOVERNMENT = r"(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:government|administration|authorities)(?!\s+(?:s|forces|troops|soldiers|army|police)\b)"
_GOVERNMENT_OUT = re.compile(
    r"\bforc(?:ed|ing|es)\s+(?:out\s+" + _GOVERNMENT + r"|" + _GOVERNMENT + r"\s+(?:out|to\s+(?:flee|leave|quit|step\s+down)))\b"
)
_GOVERNMENT_AFTER = re.compile(r"\s+" + _GOVERNMENT + r"\b")  # right after an expel verb: "forced out the government"
_REACH = 140  # characters after the place in which the outcome of its fight is told


def outcome_of_fight(status: str | None, view: str, place_end: int) -> str | None:
    """Return the side that holds the place after a fight (`status` contested) when the words after
    the place (`view`: the sentence's lower-cased view) tell one side was forced out, else `status`."""
    if status != CONTESTED or "forc" not in view[place_end : place_end + _REACH]:
        return status
    if _GOVERNMENT_OUT.search(view, place_end, place_end + _REACH):
        return TALIBAN
    match = _FORCED_OUT.search(view, place_end, place_end + _REACH)
    if match is None:
        return status
    return GOVERNMENT if match.group("who") in _TALIBAN_MEN else TALIBAN


def government_expelled(view: str, trigger_end: int) -> bool:
    """Return True when the expel verb ending at `trigger_end` has the government itself as its
    object ("an offensive on X forced out the government"): what was driven out is no attack."""
    return _GOVERNMENT_AFTER.match(view, trigger_end) is not None
