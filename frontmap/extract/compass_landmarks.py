"""Compass landmarks: "west of Kunduz in X" names X as where it happens, Kunduz as the bearing.

A place after a compass phrase and "in" ("To the west of Kunduz in Maimana, ...", "South of Herat
city in Guzara district, ...") is no place located inside the landmark before it: the landmark
only gives the bearing (`frontmap.extract.place_roles` keeps it a reference point) and the place
after "in" is where the event is.
"""

from __future__ import annotations

import re

# a bearing, its landmark (one to three names, perhaps "city"), then "in": the end of the words before the place
_COMPASS_LANDMARK_IN = re.compile(
    r"\b(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?i:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?i:city|town|provincial\s+capital)\s+of\s+)?[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*){0,2}(?:\s+(?i:city|town))?\s+in\s+(?:the\s+)?$"
)


def after_compass_landmark(before: str) -> bool:
    """Return True when `before` (the words up to a place) ends in a compass phrase, its landmark
    and "in" ("south of Herat city in "): the place is where it happens, not inside the landmark."""
    return " of " in before and _COMPASS_LANDMARK_IN.search(before) is not None
