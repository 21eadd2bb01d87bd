"""Own relatives: a relative clause after a landmark that tells the landmark's own control.

"A journalist based in Kabul, the capital, which is still under control of the government", "a
reporter from Ghazni, which fell to the Taliban on Thursday": the place is named as where someone
is (a reference point, no event of its own), yet the clause right after it says who holds it or
that it fell. That clause is the place's own event, so the reference reading gives way to it.
"""

from __future__ import annotations

import re

__all__ = ["tells_own_control"]

_OWN_CONTROL_AFTER = re.compile(
    # an apposition first: ", the capital,", ", the provincial capital of Ghazni,"
    r"(?:\s*,\s*(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?:capital|city|town)(?:\s+of\s+[A-Z][\w'’-]*)?)?"
    r"\s*,\s*(?:which|that)\s+"
    r"(?:(?:is|was|are|were|remains|remained|has\s+remained|stays|stayed)\s+(?:(?:still|now|also|firmly|largely|fully)\s+)?"
    r"(?:(?:under|in)\s+(?:the\s+)?(?:full\s+|firm\s+)?(?:control|hands)\b|(?:under|in)\s+(?:the\s+)?(?:government|taliban|afghan|insurgent|militant)s?\b)"
    r"|fell\b|(?:was|were|has\s+been|had\s+been)\s+(?:captured|seized|taken|overrun|retaken|recaptured)\b)",
    re.IGNORECASE,
)


def tells_own_control(sentence: str, end: int) -> bool:
    """Return True when a relative clause right after the place ending at `end` of `sentence` tells
    who holds it or that it fell (", which is still under control of the government")."""
    return _OWN_CONTROL_AFTER.match(sentence, end) is not None
