"""A district a road runs through: named as the road's place, still what "the district" means next.

"The Taliban control the stretch of highway that runs through Sayedabad district after police at the
district centre surrendered": Sayedabad is only where the road lies (a reference point for the
road, no event of its own), but the district centre the sentence goes on to speak of is its own.
"""

from __future__ import annotations

import re

__all__ = ["road_through_district"]

# "(that|which) runs through", "passing through", "cuts across": the road's way, then the name
_THROUGH_BEFORE = re.compile(r"\b(?:runs?|running|ran|pass(?:es|ing|ed)?|cuts?|cutting|winds?|winding)\s+(?:through|across)\s+$", re.IGNORECASE)
# the name called a district right after it
_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)


def road_through_district(text: str, start: int, end: int, noun: str) -> bool:
    """Return True when the name at text[start:end] is a district a road runs through and `noun`
    (the definite reference being resolved) is "district": the reference may mean it."""
    called = text[start:end].lower().endswith(" district") or _DISTRICT_AFTER.match(text, end)  # "X district" is often one name
    if noun != "district" or not called:
        return False
    return _THROUGH_BEFORE.search(text, max(0, start - 40), start) is not None
