"""A share of a place's ground held by the government: "the government controls parts of X".

Forces holding a site of a place (its airport, a base, the governor's compound) say nothing of the
place itself; forces holding only some of its ground ("parts of X", "some areas of X", "half of X",
"pockets of X") say the rest is not theirs: the place is fought over, as when the Taliban hold
parts of it. "All parts of X", "every part of X" are the whole of it and no share.
"""

from __future__ import annotations

import re

__all__ = ["ground_share_before"]

# the share named before the place, the place ending the window ("parts of the city of X", "some
# areas in X district"): no list or clause between them ("parts of Balkh, including X" names a whole)
_NOT_NAME = r"(?!(?:and|or|including|such|as|but|while|where|which|except)\b)"
_SHARE_THEN_PLACE = re.compile(
    r"(?<!\w)(?<!all )(?<!all other )(?<!every )(?<!each )(?<!\d )(?<!two )(?<!three )(?<!four )(?<!five )(?:(?:some|many|several|most|large|small|remote|central|northern|southern|eastern|western) +)?"
    r"(?:parts?|portions?|sections?|areas?|pockets?|half|neighbou?rhoods?|quarters?|swathe?s|swaths)"
    r" +(?:of|in|within) +(?:the +)?(?:" + _NOT_NAME + r"\w+ +){0,5}" + _NOT_NAME + r"\w+ *$"
)


def ground_share_before(view: str, end: int, clause_start: int = 0) -> bool:
    """Return True when the place ending at `end` of `view` follows a share of its ground ("parts
    of X", "some areas of the X district"), not a site in it."""
    return _SHARE_THEN_PLACE.search(view, max(clause_start, end - 90), end) is not None
