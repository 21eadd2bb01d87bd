"""Entry colons: a factbox or bullet line that opens on its place and a colon and goes on with the
place's own predicate ("* KUNDUZ: fell to the Taliban on Sunday", "- Taloqan: now under Taliban
control"). The colon stands where prose would have nothing or a verb's auxiliary, so the place is
the subject of the verb after it.
"""

from __future__ import annotations

import re

# only the colon (and an adverb of time) between the place and its verb
_COLON_ONLY = re.compile(r"\s*:\s*(?:(?:now|still|already|also)\s+)?", re.IGNORECASE)


def colon_only(gap: str) -> bool:
    """Return True when `gap` (the words between a place and a verb after it) is only an entry's
    colon ("KUNDUZ: fell"), so the place is the verb's subject."""
    return ":" in gap and _COLON_ONLY.fullmatch(gap) is not None


# a line's opening name before its colon, after bullet marks and an optional date ("* KUNDUZ:",
# "- Aug 9 - Aybak:"); at most four capitalised words
_HEAD = re.compile(
    r"[\s\-–—•*]*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*[-–—,:]+\s*)?"
    r"[A-Z][\w’'.-]*(?:[\s-]+[A-Z][\w’'.-]*){0,3}"
)


def head_colon(sentence: str, at: int) -> bool:
    """Return True when the colon at `at` closes the name a line opens on ("* KUNDUZ: fell on
    Sunday"): the name and what follows are one clause."""
    return sentence.startswith(":", at) and at <= 60 and _HEAD.fullmatch(sentence, 0, at) is not None
