"""A negation stretched over years: "the Taliban have not held a provincial capital since 2001",
"has not occupied any part of the city since being overthrown", "Lashkar Gah has not fallen to the
Taliban in 20 years".

Such a sentence frames the news with history: it denies nothing anyone reported and says nothing of
who holds the place now (the same report may tell the city fought over), so it is no event. A
denial of a fresh report ("the Taliban have not captured Qalat, officials said") stays the
government's (`frontmap.extract.negation`).
"""

from __future__ import annotations

import re

__all__ = ["over_years"]

# the span the negation covers: since an earlier year or the Taliban's fall, or a count of years or decades
_SPAN = re.compile(
    r"\bsince\s+(?:(?:late|early|mid)\s+)?(?:19\d\d|20[01]\d|20 ?20)\b"
    r"|\bsince\s+(?:(?:being|they\s+were|it\s+was|the\s+group\s+was|the\s+taliban\s+were)\s+)?(?:ousted|overthrown|toppled|removed\s+from\s+power|driven\s+from\s+power)\b"
    r"|\bsince\s+the\s+(?:fall|ouster|overthrow|toppling)\s+of\s+(?:the\s+)?(?:taliban|their)\b|\bsince\s+the\s+(?:us|u\s?s|american)(?:-led)?\s+invasion\b"
    r"|\b(?:in|for|over)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:nearly\s+|almost\s+|more\s+than\s+)?(?:\d{2}|two|twenty|three)\s+(?:years|decades)\b"
)
_REACH = 90  # characters after the verb the span may stand


def over_years(view: str, after: int) -> bool:
    """Return True when the negated control word ending at `after` of `view` (a sentence's lower-case
    view) is told over a span of years before this one (the "since" clause may stand past its clause)."""
    return _SPAN.search(view, after, after + _REACH) is not None
