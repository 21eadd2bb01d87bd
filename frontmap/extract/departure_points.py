"""Departure points: a town named only as where civilians fled from ("the Taliban overran Nimroz
province, which caused families to cross the border into Iran from the provincial capital of Zaranj").

The town is where people set out, not a place the sentence tells changed hands, so it does not take
the province's event from it (`frontmap.extract.province_events.places_it_may_hold`): the province
was overrun, and the families left its capital.
"""

from __future__ import annotations

import re

__all__ = ["left_by_civilians"]

# the civilians, their flight, then "from" and at most a few words ("the provincial capital of") before the town
_FLED_FROM = re.compile(
    r"\b(?:famil(?:y|ies)|residents|civilians|people|refugees|villagers|locals|inhabitants)\b[^.;:]{0,70}?"
    r"\b(?:fled|flee(?:s|ing)?|escap(?:e|ed|es|ing)|cross(?:ed|es|ing)?|left|leav(?:e|es|ing)|mov(?:e|ed|ing)|displaced"
    r"|set(?:s|ting)?\s+out|head(?:ed|s|ing)?|pour(?:ed|s|ing)?|stream(?:ed|s|ing)?|trek(?:ked|s|king)?)\b"
    r"[^.;:]{0,60}?\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def left_by_civilians(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of `sentence` is named as where civilians fled from
    ("families crossed into Iran from Zaranj")."""
    return _FLED_FROM.search(sentence, max(0, start - 160), start) is not None
