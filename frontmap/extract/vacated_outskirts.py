"""The outskirts of a town the Taliban left: no front there.

"The Taliban has evacuated the outskirts of X", "the militants withdrew from the outskirts of X":
the fighters who pressed on the town are gone from around it, so the word "outskirts" tells no
fighting at X (it does when they are there: "the Taliban are on the outskirts of X", or when the
government's men are the ones who leave: "troops pulled back from the outskirts of X").

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

__all__ = ["left_by_the_taliban", "outskirts_left_by_taliban"]

# the Taliban as the subject, a few words ("has", "reportedly"), a verb of leaving, then the outskirts
_LEFT_BEFORE = re.compile(
    r"\b(?:taliban|insurgents|militants)(?:\s+fighters)?\s+(?:[a-z’']+\s+){0,3}?"
    r"(?:evacuated|vacated|abandoned|left|withdrew\s+from|withdrawn\s+from|retreated\s+from|pulled\s+(?:back|out)\s+(?:from|of))"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$"
)


def left_by_the_taliban(view: str, start: int) -> bool:
    """Return True when the word "outskirts" at `start` of `view` (a sentence's lower-case view)
    is what the Taliban left ("the Taliban has evacuated the outskirts of X")."""
    return _LEFT_BEFORE.search(view, max(0, start - 80), start) is not None


def outskirts_left_by_taliban(view: str, leave_end: int, place_end: int) -> bool:
    """Return True when a verb of leaving ending at `leave_end` of `view` has the outskirts of the
    place ending at `place_end` as its object and the Taliban as its subject: it gives nothing up."""
    at = view.find("outskirts", leave_end, place_end)
    return 0 <= at - leave_end <= 12 and left_by_the_taliban(view, at)
