"""A counted object and the named one after it: "captured several districts and the city of X",
"overran dozens of checkpoints as well as the provincial capital, X".

The count is of units the text leaves unnamed; the conjunction after it opens a second object of
the same verb, and that object is read on its own (the city of X is taken too). Only a count of
units ends the first object here: a count is no place of its own, so the words after "and" can only
be another object or a clause of their own, and the second object's words decide which
(`frontmap.extract.gaps.object_kind`). "Several districts of X" and "several districts in X" keep
locating the count (no conjunction stands between).
"""

from __future__ import annotations

import re

__all__ = ["past_counted_units"]

_COUNT = (r"(?:\d+|a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
          r"|several|some|many|numerous|more|other|dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:dozen|number|string|series|handful|host)\s+of)")
_UNITS = (r"(?:districts?|district\s+(?:centres?|centers?|headquarters)|towns?|villages?|cities|city|capitals?|checkpoints?"
          r"|check\s+posts?|outposts?|posts?|bases?|areas?|crossings?|border\s+crossings?)")
# the first object: a count, up to two words that describe the units ("key", "more rural"), the units
_COUNTED_FIRST = re.compile(
    rf"^\s*{_COUNT}\s+(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?{_UNITS},?\s+(?:and|as\s+well\s+as|along\s+with|plus)(?=\s)",
    re.IGNORECASE,
)


def past_counted_units(gap: str) -> str:
    """Return the words of `gap` (between a verb and a place) after a counted first object and its
    conjunction ("several districts and| the city of "), else `gap` itself."""
    if "and" not in gap and "as well" not in gap and "along" not in gap and "plus" not in gap:
        return gap  # most gaps hold no conjunction: no regex run
    first = _COUNTED_FIRST.match(gap)
    return gap[first.end() :] if first else gap
