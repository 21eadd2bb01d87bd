"""A place told as a goal by the words right after it, not as a place that changed hands.

Headlines and wire leads join a capture to the next target with a comma and a verbless predicate:
"Taliban take key town, Kabul in reach", "Taliban seize Ghazni, Kabul next", "... leaving Kandahar
in their sights", "with Kunduz city now within striking distance". The verb before the comma does
not reach the place after it: the place is only what the insurgents aim at. A predicate that
locates the place instead ("X, within striking distance of the Tajik border") says nothing of a
goal: only "of" the insurgents themselves keeps it one.
"""

from __future__ import annotations

import re

__all__ = ["goal_after"]

_ARMED = r"(?:the\s+)?(?:taliban|insurgents?|militants?|fighters|rebels|(?:insurgent|militant)\s+group|group)"
_REACH = (
    r"(?:with)?in\s+(?:(?:their|its|the|easy|striking|firing|artillery|rocket|taliban['’]?s?|the\s+group['’]?s|insurgents['’]?|militants['’]?)\s+)*"
    r"(?:reach|sights?|range|distance|crosshairs)"
    rf"(?!\s+of\s+(?!{_ARMED}\b))"
)
_GOAL_AFTER = re.compile(
    r"^(?:\s+(?:city|town|province|district))?"
    r"(?:\s+(?:is|are|was|were|lies|lay|looks?|looked|appears?|appeared|seems?|seemed|now|already|also|well|firmly|squarely))*"
    rf"\s+(?:{_REACH}|under\s+threat)"
    # "next" only bare or in the present ("Kabul next", "Kabul is next in line"): "X and Y were next" tells they followed
    r"|^(?:\s+(?:city|town))?(?:\s+(?:is|now))*\s+next(?:\s+in\s+line|\s+on\s+(?:the|their|its)\s+(?:list|agenda))?(?=\s*(?:[,.;:?!—–]|-\s|$))",
    re.IGNORECASE,
)


def goal_after(sentence: str, end: int) -> bool:
    """Return True when the words right after the place ending at `end` tell it only as a goal
    ("Kabul in reach", "Kabul next", "Kandahar in their sights", "Kunduz now within striking
    distance"), so no verb of the sentence changes its hands."""
    return _GOAL_AFTER.match(sentence[end : end + 90]) is not None
