"""Departures: a province named only as where people left from on their way elsewhere.

"Some 300 soldiers abandoned the province of Badakhshan for neighbouring Tajikistan" and "families
fled Kunduz province for Kabul" tell of people on the move, not of the province changing hands: the
province is where they came from, and no event of its own. A town or district left for elsewhere
("troops abandoned Kunduz city for the airport") is another matter: those who held it left, so the
control rules read it as usual.
"""

from __future__ import annotations

import re

__all__ = ["left_for_elsewhere"]

_LEFT_BEFORE = re.compile(
    r"\b(?:abandon(?:ed|ing)?|left|leaving|leave|fled|fleeing|flee|deserted|deserting|quit|escaped|escaping)\s+"
    r"(?:their\s+(?:homes?|posts?|positions?)\s+in\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province\s+of\s+)?$",
    re.IGNORECASE,
)
_FOR_ELSEWHERE_AFTER = re.compile(
    r"^(?:\s+province)?(?:\s+and\s+(?:crossed|fled|went|moved|escaped)(?:\s+the\s+border)?)?\s+(?:for|to|into|towards?|across)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|safer\s+)?(?:[A-Z]|capital\b|border\b)",
)


def left_for_elsewhere(sentence: str, start: int, end: int) -> bool:
    """Return True when the province named at sentence[start:end] is what people left for another
    place ("abandoned the province of X for Tajikistan", "fled X province to Kabul", "fled the X province
    and crossed the border into Tajikistan")."""
    return bool(_LEFT_BEFORE.search(sentence, max(0, start - 60), start) and _FOR_ELSEWHERE_AFTER.match(sentence[end : end + 60]))
