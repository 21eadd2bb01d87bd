"""A count made definite by "the": "left the three districts of X, Y and Z in Balkh, W in Kunduz".

"The three districts of X, Y and Z" (or "the last two districts of X, Y and Z") names the very
districts it counts, so the names after it are the verb's objects, and so is every name the list
goes on with past them: the count reads like "the districts of". Without the article a count is of units the text leaves unnamed ("took three
districts of Kandahar", "10 of its 16 districts in Herat"): what follows only locates them.
"All seven districts of X" and "all of the 11 districts in X" count every unit of X: they read like
"all the districts of X", the whole place.
"""

from __future__ import annotations

import re

__all__ = ["count_dropped"]

_DEFINITE_COUNT = re.compile(
    r"(?<![\w’'-])(?P<the>the\s+)(?:(?:last|final|remaining|other)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?=(?:districts|cities|towns|capitals|crossings)\s+(?:of|in)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)

_ALL_COUNTED = re.compile(
    r"(?<![\w’'-])all\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\d{1,2})\s+"
    r"(?=(?:districts|cities|towns|capitals|crossings)\s+(?:of|in|across)\b)",
    re.IGNORECASE,
)


def count_dropped(gap: str) -> str:
    """Return `gap` (the words between a verb and a place) with the number of each definite count
    dropped ("the three districts of X" reads "the districts of X"), else `gap` itself."""
    lowered = gap.lower()
    if "all" in lowered:
        gap = _ALL_COUNTED.sub("all the ", gap)
    if "the" not in lowered:
        return gap
    return _DEFINITE_COUNT.sub(lambda m: m.group("the"), gap)
