"""The dateline's Kabul is no "the city" of a report about another province.

"KABUL, July 15 - The Taliban captured the Spin Boldak crossing on Wednesday. Security forces
regained control of the city hours later": Kabul is where the report was filed; the report has
since named a place in another province, and "the city" speaks of the story, not of the desk. A
place of Kabul's own province named between ("took Surobi district and entered the city") leaves
the dateline's city what it means. A headline naming another place is read by `references` as
before (the dateline then stands back as a fallback the headline's town may replace).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import headline_elsewhere, is_national_capital

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

__all__ = ["named_elsewhere"]


def named_elsewhere(ordered: Sequence[Mention], index: int, count: int) -> bool:
    """Return True when `ordered[index]` (a dateline's mention) is the national capital and a place
    of another province is named after it, among `ordered[index + 1 : count]`, and the headline
    names no other place (see the module docstring)."""
    dateline = ordered[index]
    if not is_national_capital(dateline.place) or headline_elsewhere(ordered, dateline):
        return False
    return any(m.place.province_code != dateline.place.province_code for m in ordered[index + 1 : count])
