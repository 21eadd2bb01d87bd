"""Facilities that stand for the whole place when they are lost: a military base, and a district's
own headquarters.

A police headquarters or a compound inside a city is a part of it (taking it is fighting in the
city), but a base is mapped to the district that holds it (never to a whole province), and in a rural district the police
headquarters is the district centre itself: losing either is losing the place ("the headquarters of
the 217th Corps at Kunduz airport fell", "forces retreated from the police headquarters of Gizab
district"; taking the police's building alone stays fighting in the district). A besieged base
relieved in a district ("reached the besieged base in X district") is the district held.
"""

from __future__ import annotations

import re

from frontmap.extract.facilities import BASE_WITH_SEAT, OFFICE
from frontmap.extract.gaps import PART, WHOLE
from frontmap.extract.triggers import CAPTURE, EXPEL, FALL, HANDOVER, LEAVE, LOSE

_LOSING = (CAPTURE, FALL, HANDOVER, LEAVE, LOSE)  # kinds that tell a place changing hands
_GIVING_UP = (HANDOVER, LEAVE)  # its defenders leaving or handing over
# "the base at Hassan Karez in X district": a base named by its village, then the district that holds it
_VILLAGE_HOP = r"(?:at|near)\s+(?!the\s|a\s|an\s|its\s|their\s)[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+in"  # "sar e hawza": a joined particle is a word of the view
_BASE_AT_VILLAGE = re.compile(rf"\b{BASE_WITH_SEAT}\s+{_VILLAGE_HOP}\s+(?:the\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    rf"\b{BASE_WITH_SEAT}"
    r"(?:\s+(?:and|as\s+well\s+as)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:airport|airfield))?"
    rf"\s+(?:{_VILLAGE_HOP}|at|in|of|near|beside|next\s+to|outside|inside|on\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of)\s+(?:the\s+)?(?:(?:city|town|province|district)\s+of\s+)?$"
)
_HEADQUARTERS_BEFORE = re.compile(
    rf"\b(?P<district>district\s+)?(?P<police>police\s+)?(?:{OFFICE})\s+(?:of|in|at)\s+(?:the\s+)?$"
)
_DISTRICT_AFTER = re.compile(r" +district\b(?! +(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_CITY_AFTER = re.compile(r" +(?:city|town)\b")
_RELIEVED = re.compile(r"\bbesieged\s+(?:[\w-]+\s+)?(?:base|outpost|garrison|post|compound|district\s+cent(?:re|er))\s+(?:in|of|at)\s+(?:the\s+)?$")  # the relief of a besieged base (`triggers`: "reached the besieged base in X")
_PROVINCE = re.compile(r"[\w -]*?\bprovince\b")  # "the base in Kunduz province": not the province lost


def widened(role: str, kind: str, view: str, span: tuple[int, int]) -> str:
    """Return WHOLE for a PART role that is a district's own headquarters (its police headquarters
    only when left or handed over), or a base lost by a `kind` verb (an army holding its base says
    nothing of the city around it), else `role` unchanged (`view`: the sentence's lower-case view;
    `span`: the place)."""
    if role != PART:
        return role
    start, end = span
    before = view[max(0, start - 70) : start]
    if kind in _LOSING and _BASE_BEFORE.search(before) and not _PROVINCE.match(view[start : end + 12]):
        return WHOLE
    if kind == EXPEL and _RELIEVED.search(before) and (view[start:end].endswith(" district") or _DISTRICT_AFTER.match(view, end)):
        return WHOLE  # "reached the besieged base in X district": a rural district's base relieved is the district held
    found = _HEADQUARTERS_BEFORE.search(before)
    if found is None or _CITY_AFTER.match(view, end) or (found["police"] and kind not in _GIVING_UP):
        return role  # the police's building alone taken is fighting there; its men leaving it give the district up
    district = found["district"] or view[start:end].endswith(" district") or _DISTRICT_AFTER.match(view, end)
    return WHOLE if district else role


def base_at_village(before: str) -> bool:
    """Return True when `before` (the words up to a place) ends with a base named by its village
    ("a large army base at Hassan Karez in"): the place after holds the base, it locates no other place."""
    return _BASE_AT_VILLAGE.search(before[-70:]) is not None
