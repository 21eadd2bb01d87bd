"""Lists a speaker fears for: "named the districts it feared would go next, including X and Y".

A list opened by "including", "namely" or "viz." after a verb of capture is that verb's object
("captured 13 districts, including X"). When the words before the list foresee what it holds (a
modal, a fear, an expectation, a danger to them), the list names places at risk, not places the
verb took.
"""

from __future__ import annotations

import re

# a modal, a fear, or a danger to what the list holds ("the fall of X is dangerous for the central provinces, including Y")
_FORESEEN = re.compile(
    r"\b(?:would|could|might|will|fear(?:s|ed)?|expected\s+to|dangerous\s+(?:for|to)|(?:a\s+)?(?:threat|danger|risk)\s+(?:for|to)|threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def foreseen_before(gap: str, list_start: int) -> bool:
    """Return True when the words of `gap` before `list_start` foresee the list that opens there."""
    return _FORESEEN.search(gap, 0, list_start) is not None
