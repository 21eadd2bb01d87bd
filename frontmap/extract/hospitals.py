"""Hospitals that report: "X's Emergency Hospital received several dead from recent clashes" says
where the wounded were brought, not where the clashes were. The town only owns the hospital that
speaks or takes in the casualties, as a town owns a ministry or a council that speaks for it.
"""

from __future__ import annotations

import re

# "X's Emergency Hospital confirmed", "X hospital said", "the main hospital in X received": the
# hospital is the subject of a verb of reporting or of taking in the wounded
_REPORTING_HOSPITAL_AFTER = re.compile(
    r"^(?:['’]s?)?(?: +[A-Za-z-]+){0,2}? +[Hh]ospitals?\b"
    r"(?= +(?:[a-z]+ +){0,2}?(?:said|says|confirmed|reported|received|admitted|treated|recorded|registered)\b)"
)


def hospital_speaks(after: str) -> bool:
    """Return True when the words after a place (`after`) make it the owner of a hospital that
    reports or takes in casualties ("'s Emergency Hospital confirmed ...")."""
    return _REPORTING_HOSPITAL_AFTER.match(after) is not None
