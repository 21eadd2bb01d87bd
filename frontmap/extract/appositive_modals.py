"""A noun of capture whose places carry an aside before the modal that weighs it: "The loss of X
and Y, the country's second and third largest cities, would mark a heavy blow". The fall is
weighed, not told, as in "the fall of X would be a blow" (`frontmap.extract.cues.modal_after`),
but the aside between the places and the modal puts the modal past that reading's reach.

Only the conditional modals count here ("would", "could", "might"): "the fall of X, the biggest
prize yet, will embolden the insurgents" weighs what a fall that happened will bring.
"""

from __future__ import annotations

import re

# the places (no comma among them), the aside between two commas, then the modal
_MODAL_PAST_ASIDE = re.compile(r"[^,;.]{1,60}?,[^,;.]{3,90}?,\s*(?:would|could|might)\b", re.IGNORECASE)


def modal_past_aside(sentence: str, trigger_end: int) -> bool:
    """Return True when, after the noun trigger ending at `trigger_end` of `sentence`, the places
    it governs, an aside set off by commas and then a conditional modal follow. The commas bound
    the reading, not the clauses: the aside may hold a clause of its own ("the two biggest cities
    after the capital")."""
    return bool(_MODAL_PAST_ASIDE.match(sentence, trigger_end))
