"""The context a name shared by two provinces' districts is read in.

A report filed from the national capital ("KABUL, July 14 -", "Kabul [Afghanistan] July 27 (ANI):")
names Kabul only as where the wire desk sits: the dateline tells nothing of which Qarabagh, Nawa or
Arghandab the report means, so it does not count for Kabul province when the other places the
report names (Andar and Giro in Ghazni) decide. A provincial dateline ("LASHKAR GAH, July 14 -")
is kept: a report filed there is most often about that province.
"""

from __future__ import annotations

import re

__all__ = ["without_capital_dateline"]

# "KABUL, July 14 -", "KABUL (AP) -", "Kabul [Afghanistan] July 27 (ANI):", "Kabul, Afghanistan -" at a line's start
_CAPITAL_DATELINE = re.compile(
    r"(?m)^([ \t]*)(KABUL\b|Kabul(?=\s*[\[(]|\s*,\s*(?:Afghanistan\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))"
)


def without_capital_dateline(text: str) -> str:
    """Return `text` with the national capital's name blanked where it opens a line as a dateline
    (same length, so positions keep); any other text is returned unchanged."""
    if "abul" not in text and "ABUL" not in text:
        return text
    return _CAPITAL_DATELINE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
