"""Sieges ended by a fall: "X was ceded to the insurgents on Tuesday, ending a three-day siege of the
district centre", "X fell on Monday, which ended a month-long siege". A siege broken or lifted
otherwise means its defenders were relieved (`triggers`), but a participle or relative clause
that follows a fall, capture or handover in the same sentence tells that the siege ended because
the place was lost: it says nothing of a relief, and the fall before it is the place's news.
"""

from __future__ import annotations

import re

__all__ = ["is_a_siege_ended_by_fall"]

# the ending as the result of what the clause before it told: ", ending the siege", ", which ended"
# (the view blanks a comma: two spaces)
_RESULT_ENDING = re.compile(r"(?:  (?:thus |effectively )?|  which |\band )$")
_ENDING_WORD = ("ending ", "ended ", "ends ", "end ")
# a loss told before the ending; a capture only with the insurgents as its doer ("commandos captured the
# hills around X, ending the siege" is a relief)
_FALL_BEFORE = re.compile(
    r"\b(?:fell|fallen|ceded|surrendered|handed\s+over|lost\s+to|(?:came|passed)\s+(?:under|into)\s+(?:[\w']+\s+){0,2}?(?:control|hands)"
    r"|abandoned|vacated|(?:captured|seized|overr(?:an|un)|taken)\s+by\s+(?:the\s+)?(?:taliban|insurgents|militants)"
    r"|(?:taliban|insurgents|militants)\s+(?:\w+\s+){0,2}?(?:captured|seized|overran|took))\b"
)


def is_a_siege_ended_by_fall(view: str, start: int) -> bool:
    """Return True when the siege-ending words at `start` of `view` (lower-case, padded) follow, as a
    result clause, a fall or capture told before them in the same sentence."""
    if not view.startswith(_ENDING_WORD, start) or "siege" not in view[start : start + 60]:
        return False
    before = view[max(0, start - 200) : start]
    return _RESULT_ENDING.search(before) is not None and _FALL_BEFORE.search(before) is not None
