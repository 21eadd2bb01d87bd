"""Names a later clause says were among the plural object of a change: "those included X and Y".

"Forces have collapsed in 15 cities, and officials confirmed those included Kandahar and Herat",
"the Taliban took nine districts; they included X": the pronoun points back to the counted places
the change before it was told of, so the names share that change as "including X" would. Without
a counted plural before the pronoun ("officials said those included the governor") nothing is shared.
"""

from __future__ import annotations

import re

from frontmap.extract import gaps

__all__ = ["shared_start"]

# "those included", "they were", "these include", "among those were": the pronoun, then only names up to the place
_BACK_REFERENCE = re.compile(
    r"\b(?:(?:those|these|they|which)\s+(?:\w+ly\s+)?(?:included|include|includes|were|are)|among\s+(?:them|those|these)\s+(?:were|are))"
    r"\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
# the counted plural the pronoun points back to: "15 cities", "nine district centres", "several provincial capitals"
_COUNTED_PLURAL = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|many)\s+(?:more\s+|other\s+)?(?:[\w-]+\s+)?"
    r"(?:cities|capitals|districts|district\s+cent(?:res|ers)|provinces|towns)\b",
    re.IGNORECASE,
)
_PLURAL_REACH = 160  # characters before the pronoun in which the counted plural is told


def shared_start(sentence: str, window: int, start: int) -> int | None:
    """Return where the words that make the place at `start` of `sentence` share the outcome of the
    verb before them stand, counted from `window` (where the words read before the place begin):
    "then" / "as well as" (`gaps.coordination_start`), or a pronoun pointing back to a counted
    plural told before it ("15 cities, ... those included"); else None."""
    before = sentence[window:start]
    at = gaps.coordination_start(before)
    if at is not None:
        return at
    reference = _BACK_REFERENCE.search(before)
    if reference is None or not _COUNTED_PLURAL.search(sentence, max(0, window + reference.start() - _PLURAL_REACH), window + reference.start()):
        return None
    return reference.start()
