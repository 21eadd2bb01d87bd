"""The context a name shared by two provinces' districts is read in.

A report filed from the national capital ("KABUL, July 14 -", "Kabul [Afghanistan] July 27 (ANI):")
names Kabul only as where the wire desk sits, and an outlet named after a city ("told Kabul Now")
names no place at all: neither tells which Qarabagh, Sarobi or Nawa the report means, so neither
counts for its province when the other places the report names (Andar in Ghazni, Urgun in
Paktika) decide. A provincial dateline ("LASHKAR GAH, July 14 -") is kept: a report filed there is
most often about that province. A road named after the towns it joins ("the Kabul-Kandahar
highway") places nothing in either: a convoy ambushed on it near Qarabagh is Ghazni's Qarabagh when
the report is filed from Ghazni.
"""

from __future__ import annotations

import re

from frontmap.extract.persons import OUTLET_AFTER

__all__ = ["informative_context"]

# "KABUL, July 14 -", "KABUL (AP) -", "Kabul [Afghanistan] July 27 (ANI):" at a line's start
_CAPITAL_DATELINE = re.compile(
    r"(?m)^([ \t]*)(KABUL\b|Kabul(?=\s*[\[(]|\s*,\s*(?:Afghanistan\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))"
)
# "Kabul Now": the city word of an outlet's name
_OUTLET = re.compile(r"()\b([A-Z][a-z]+)(?=" + OUTLET_AFTER.pattern + ")")
# "the Kabul-Kandahar highway", "Herat-Islam Qala road": the two ends of a road's name
_ROAD_ENDS = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)([-\u2013])([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= (?:highway|road|route)\b)")


def informative_context(text: str) -> str:
    """Return `text` with the national capital's dateline, outlets' city words and the ends of a
    road's name blanked (same length, so positions keep)."""
    text = _ROAD_ENDS.sub(_blank_ends, text) if "-" in text or "\u2013" in text else text
    return _OUTLET.sub(_blank, _CAPITAL_DATELINE.sub(_blank, text))


def _blank(match: re.Match[str]) -> str:
    """Return the match with its second group (the name) turned to spaces."""
    return match.group(1) + " " * len(match.group(2))


def _blank_ends(match: re.Match[str]) -> str:
    """Return a road's name with both town names turned to spaces (the dash kept)."""
    return " " * len(match.group(1)) + match.group(2) + " " * len(match.group(3))
