"""Border locatives: where a place lies, told right after its name ("Zaranj near the border with
Iran fell", "Torghundi on the Turkmen border became the first crossing to fall").

Written without commas, such words stand between the subject and its verb as an aside does: they
say where the place is, not that something else fell. Only the frontier and the neighbour it
faces may stand there; any other name ("X near Kabul fell") is left to the other readings. So
may the capital left unnamed ("the Anaba district near the provincial capital has been seized"):
it only places the district beside the seat of its province.
"""

from __future__ import annotations

import re

__all__ = ["without_border_locative"]

_NEIGHBOURS = r"(?:Iran|Pakistan|Tajikistan|Uzbekistan|Turkmenistan|China)"
_ADJECTIVES = r"(?:Iranian|Pakistani|Tajik|Uzbek|Turkmen|Chinese)"
_BORDER_LOCATIVE = re.compile(
    r"^\s+(?:near|on|along|by|at|close\s+to|next\s+to)\s+the\s+(?:" + _ADJECTIVES + r"\s+)?(?:border|frontier)"
    r"(?:\s+with\s+" + _NEIGHBOURS + r")?(?=\s)"
)
# wherever it stands in a list of subjects ("X and the Y district near the provincial capital have fallen")
_CAPITAL_LOCATIVE = re.compile(r"\s+(?:near|close\s+to|next\s+to|not\s+far\s+from)\s+the\s+(?:provincial|national)\s+capital(?=\s)")


def without_border_locative(gap: str) -> str:
    """Return `gap` (the words between a place and a verb) without the frontier words that open it
    ("near the border with Iran") and without a "near the provincial capital" anywhere in it, else
    `gap` unchanged."""
    match = _BORDER_LOCATIVE.match(gap)
    gap = gap[match.end() :] if match else gap
    return _CAPITAL_LOCATIVE.sub("", gap) if "capital" in gap else gap
