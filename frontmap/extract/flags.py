"""Whose flag a flag-raising trigger names, when its own words say so.

"Commandos drove the Taliban out of X and raised the national flag": the nearest actor before the
verb is the Taliban, but the republic's flag goes up only where the government holds; the
movement's white flag only where the Taliban do. The flag's words outrank the nearest actor. A flag
taken down ("fighters pulled down the Afghan flag at X", "replaced the national flag") is the other
way round: the state's comes down where the Taliban take over.
"""

from __future__ import annotations

import re

from frontmap.status import GOVERNMENT, TALIBAN

__all__ = ["FLAG_DOWN", "flag_side", "flown_over"]

# "taking down the Afghan flag", "pulled down the national flag", "replaced the government's flag":
# the flag that comes down is the losing side's (a trigger of `frontmap.extract.triggers`)
FLAG_DOWN = (
    r"\b(?:(?:took|taken|take|takes|taking|pulled|pulling|pulls|tore|torn|tearing|tears|brought|bringing|hauled|hauling)\s+down"
    r"|replac(?:ed|es|ing))\s+(?:\w+['’]?s?\s+){0,3}flags?\b"
)
_FLAG_DOWN = re.compile(FLAG_DOWN, re.IGNORECASE)

_STATE_FLAG = re.compile(
    r"\b(?:national|afghan|country['’]?s|republic['’]?s|government['’]?s|state|tricolou?r)\s+(?:\w+\s+)?flags?\b|\btricolou?rs?\b",
    re.IGNORECASE,
)
# what a flag flies over or in ("over the main square of X", "raised their flag in X": X itself)
_FLAG_OVER = re.compile(r"\b(?:over|above|on|atop|(?:main|central|city)\s+(?:square|roundabout|bazaar|market)\s+(?:of|in))\b", re.IGNORECASE)
_FLAG_IN = re.compile(r"^\s*\b(?:in|at|inside)\b", re.IGNORECASE)
_MOVEMENT_FLAG = re.compile(r"\b(?:white|taliban['’]?s?|emirate['’]?s?|group['’]?s|their\s+white)\s+(?:\w+\s+)?flags?\b", re.IGNORECASE)


def flag_side(trigger_text: str, before: str = "") -> str | None:
    """Return GOVERNMENT for a trigger raising the state's flag ("raised the national flag") or
    taking down the movement's, TALIBAN for one raising the movement's ("hoisted their white flag")
    or taking down the state's ("pulled down the Afghan flag"), None otherwise. A passive
    trigger opens at the flag, so its owner stands in the words `before` it ("the white flag was
    hoisted")."""
    if "flag" not in trigger_text.lower() and "tricol" not in trigger_text.lower():
        return None
    if trigger_text.lower().startswith("flag"):
        trigger_text = before.rsplit(".", 1)[-1][-25:] + trigger_text
    lowered = _FLAG_DOWN.match(trigger_text) is not None
    if _STATE_FLAG.search(trigger_text):
        return TALIBAN if lowered else GOVERNMENT
    if _MOVEMENT_FLAG.search(trigger_text):
        return GOVERNMENT if lowered else TALIBAN
    return None


def flown_over(gap: str) -> str:
    """Return what is left of the words between a flag-raising trigger and a place once what the
    flag flies over is read ("raised their flags, inscribed with ..., over the city of X": " the
    city of"; "raised their flag in X": nothing)."""
    return _FLAG_IN.sub(" ", _FLAG_OVER.split(gap)[-1])
