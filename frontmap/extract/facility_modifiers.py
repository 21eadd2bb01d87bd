"""A province named only as where a facility lies: "Taliban seize Helmand army base".

A province's name right before a facility noun ("a Helmand army base", "Uruzgan checkpoint",
"Badakhshan police post", "the province's central prison") says where the facility is; taking the facility is not taking the
province, nor fighting across it. A city named like its province is left to the rules for parts
of a place ("Kunduz airport": fighting at Kunduz).
"""

from __future__ import annotations

import re

_FACILITY_AFTER = re.compile(
    r"(?:\s+province)?(?:['’]s)?\s+(?:(?:army|military|police|border|security|government|intelligence|main|key|former|old|central|provincial)\s+){0,2}"
    r"(?:base|airbase|air\s+base|camp|checkpoint|check\s+post|outpost|post|garrison|barracks|prison|jail|compound|airport"
    r"|airfield|dam|bridge|headquarters|depot)s?\b",
    re.IGNORECASE,
)


def names_a_facility_of_it(sentence: str, end: int) -> bool:
    """Return True when the province name ending at `end` qualifies a facility noun after it
    ("Helmand army base", "Paktia province prison")."""
    return _FACILITY_AFTER.match(sentence, end) is not None


# "the Kunduz border post", "the Herat border crossing of Islam Qala": a crossing on the frontier
_BORDER_SITE_AFTER = re.compile(
    r"(?:\s+province)?\s+(?:(?:main|key|official|customs)\s+)?border\s+(?:post|crossing|port|gate|checkpoint|outpost)s?\b",
    re.IGNORECASE,
)


def names_its_border_site(sentence: str, end: int) -> bool:
    """Return True when the name ending at `end` qualifies a border post or crossing after it ("the
    Kunduz border post of Shir Khan Bandar"): the province's frontier, which its capital of the same
    name does not hold; the post lies in the district on the border."""
    return _BORDER_SITE_AFTER.match(sentence, end) is not None
