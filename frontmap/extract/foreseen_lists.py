"""Lists a speaker fears for: "named the districts it feared would go next, including X and Y".

A list opened by "including", "namely" or "viz." after a verb of capture is that verb's object
("captured 13 districts, including X"). When the words before the list foresee what it holds (a
modal, a fear, an expectation), the list names places at risk, not places the verb took.
"""

from __future__ import annotations

import re

_FORESEEN = re.compile(r"\b(?:would|could|might|will|fear(?:s|ed)?|expected\s+to)\b", re.IGNORECASE)


def foreseen_before(gap: str, list_start: int) -> bool:
    """Return True when the words of `gap` before `list_start` foresee the list that opens there."""
    return _FORESEEN.search(gap, 0, list_start) is not None
