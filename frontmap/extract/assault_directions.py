"""The directions of an assault, listed after a colon.

"The Taliban attacked X from three sides: from the Y road, in Z district and from W": a direction
told as ground ("in Z district") is where the attackers fought, so Z is contested; one told as an
origin ("from W") is only where they came from and stays `origins`' (nothing). Only an assault told
as done counts: a plan to attack from three sides, or troops arriving from three sides, gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import FIGHT, Trigger
from frontmap.status import CONTESTED

__all__ = ["direction_fight"]

_ASSAULTED = re.compile(r"\b(?:attacked|assaulted|stormed|raided|(?:launched|mounted)\s+(?:an?\s+)?(?:attacks?|assaults?|offensives?))\b", re.IGNORECASE)
_COUNT = r"(?:two|three|four|five|several|multiple|different|various|many|all|\d+)"
# "from three sides on Tuesday: from the Kabul highway, in ": the heading, the items before, then "in"
_DIRECTIONS_BEFORE = re.compile(
    rf"\bfrom\s+{_COUNT}\s+(?:sides|directions|fronts|flanks)\b[^.:;]{{0,40}}:"
    r"(?:\s*(?:from|in|via|through|along)\s+[^,:;.]{1,50}?(?:,|\s+and\b))*"
    r"\s*(?:and\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
_REACH = 220  # characters before the place in which the assault and its directions are told


def direction_fight(sentence: str, triggers: Sequence[Trigger], place: tuple[int, int]) -> Trigger | None:
    """Return the assault as a fight trigger when the place at `place` = (start, end) of `sentence`
    is one of its directions told as ground ("attacked X from three sides: ... in Z district"),
    else None."""
    start = place[0]
    if ":" not in sentence[max(0, start - _REACH) : start]:
        return None  # a cheap test first: most places stand after no colon
    found = _DIRECTIONS_BEFORE.search(sentence, max(0, start - _REACH), start)
    if found is None:
        return None
    assault = _assault_before(sentence, triggers, found.start())
    return None if assault is None else Trigger(assault.start, assault.end, assault.text, CONTESTED, 0.7, False, FIGHT)


def _assault_before(sentence: str, triggers: Sequence[Trigger], heading: int) -> Trigger | None:
    """Return the fight trigger told as a done assault in the 80 characters before the directions'
    heading at `heading`, else None."""
    for trigger in triggers:
        if trigger.kind == FIGHT and heading - 80 <= trigger.start < heading and _ASSAULTED.match(sentence, trigger.start):
            return trigger
    return None
