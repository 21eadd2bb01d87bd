"""Participles that govern "it": "attacked X from three sides, seizing it by nightfall", "laid siege
to X for a week before capturing it". The participle tells a change as a finite verb would when a
comma or a word of sequence opens it; "the possibility of the militants overrunning it" or "a plan
for retaking it" tells none.
"""

from __future__ import annotations

import re

# ", seizing", "before capturing", "and then retaking": the participle opens its own phrase
_OPENED_PARTICIPLE = re.compile(
    r"(?:,|\b(?:before|after|while|then|and|eventually|finally|later|soon|quickly))\s+[a-z]+ing$", re.IGNORECASE
)


def governs_it(text: str, at: int) -> bool:
    """Return True when the word ending at `at` (right before " it") is a participle that opens its
    own phrase after a comma or a word of sequence, and so may govern the "it" as its object."""
    return text.endswith("ing", 0, at) and _OPENED_PARTICIPLE.search(text, max(0, at - 40), at) is not None
