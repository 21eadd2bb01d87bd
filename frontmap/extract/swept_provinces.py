"""A city's name that owns every district a sweep speaks of is its province.

"All the districts of Herat have fallen", "every district of Ghazni is in Taliban hands", "all of
Kunduz's districts are now with the Taliban": a province has districts, its capital does not, so the
name stands for the province, and the capital's own fate is told apart when it is ("except the city
itself"). A count of some of them ("Ghazni's 19 districts", "three districts of Herat") is read where
the count is (`frontmap.extract.district_counts`).
"""

from __future__ import annotations

import re

__all__ = ["owns_the_swept_districts"]

# "all the districts of", "every district in", "all six districts across", "all but two districts of"
_SWEEP_BEFORE = re.compile(
    r"\b(?:all|every|each)\s+(?:but\s+(?:one|two|three|four|five|\d+)\s+)?(?:of\s+)?(?:the\s+)?(?:(?:\d+|\w+)\s+)?districts?\s+(?:of|in|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ALL_OF_BEFORE = re.compile(r"\ball\s+(?:of\s+)?$", re.IGNORECASE)
_OWN_DISTRICTS_AFTER = re.compile(r"['’]s?\s+(?:\d+\s+|\w+\s+)?districts\b", re.IGNORECASE)


def owns_the_swept_districts(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` owns every district a sweep speaks of
    ("all the districts of X", "every district in X", "all of X's districts")."""
    if "istrict" not in sentence:
        return False
    if _SWEEP_BEFORE.search(sentence, max(0, start - 50), start):
        return True
    return bool(_OWN_DISTRICTS_AFTER.match(sentence, end) and _ALL_OF_BEFORE.search(sentence, max(0, start - 10), start))
