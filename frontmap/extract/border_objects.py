""""The border of X" as the object of a verb: the crossing of a border town, or a boundary.

"The Taliban captured the strategic border of Spin Boldak" names the crossing the town is known for
(`gaps` reads "the border of X" as X itself, the way it reads "the border crossing of X"). "The border
of Kandahar province", "the border of Nad Ali district" or "the border of Herat" (a province's name,
its capital's too) is a boundary line: no place taken. "Along the border with Pakistan" names no
place of the map at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.targets import Target

_BORDER_OF = re.compile(r"\bborder\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "captured the strategic border of", "took control of the key border at": a border taken, the words right before the name
_BORDER_TAKEN = re.compile(
    r"\b(?:captured|captures?|seized|seizes?|took|takes?|taken|overran|overrun|retook|retaken|recaptured|lost|loses?|control\s+of|(?:capture|seizure|fall|loss)\s+of)"
    r"\s+the\s+(?:(?:strategic|key|main|vital|important|busy|major|lucrative|southern|northern|eastern|western)\s+){0,2}border\s+(?:of|at)\s+$",
    re.IGNORECASE,
)
# another end of a boundary after the name: "the border of X and Y", "the border of X-Y", "X province"
_BOUNDARY_GOES_ON = re.compile(r"\s*(?:and\b|[-–]|,\s*and\b)|\s+(?:provinces?|districts?)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?:province|district|city)\b", re.IGNORECASE)


def border_taken(before: str, after: str) -> bool:
    """Return True when the name between `before` and `after` follows "captured the (strategic)
    border of" and no other end of a boundary follows it: the border town's crossing was taken."""
    return _BORDER_TAKEN.search(before[-80:]) is not None and _BOUNDARY_GOES_ON.match(after) is None


def boundary_not_crossing(sentence: str, target: Target) -> bool:
    """Return True when `target` follows "the border of" in `sentence` and is a unit whose border is
    a boundary, not a crossing: a province, a city named like its province, or a name written with
    "province", "district" or "city"."""
    if _BORDER_OF.search(sentence, max(0, target.start - 20), target.start) is None:
        return False
    place = target.place
    if place.kind == "crossing":
        return False
    written_unit = sentence[target.start : target.end].lower().endswith(("province", "district", "city"))
    return (place.kind == "province" or place.name.lower() == place.province.lower() or written_unit
            or _UNIT_AFTER.match(sentence, target.end) is not None)
