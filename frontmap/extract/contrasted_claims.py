"""Contrasted claims: a confirmation that stands behind one clause of a sentence and not the claim a
contrast opens after it ("Officials confirmed that X and Y fell, while the Taliban claimed they had
also taken Z": the officials confirm X and Y, Z is only the Taliban's word).
"""

from __future__ import annotations

import re

# ", while" / ", but" / ", whereas" / "; ": a contrast that opens another statement
_CONTRAST = re.compile(r"(?:,|  ) *(?:while|whereas|but) +| ; *| +; +")


def confirms_clause(padded: str, confirms: list[int], clause_start: int) -> bool:
    """Return True when a confirmation (offsets `confirms` in `padded`, the view with one leading
    space) speaks for the clause starting at `clause_start` of the view: not one told before a
    contrast that opens before the clause."""
    return any(at > clause_start or _CONTRAST.search(padded, at, clause_start + 10) is None for at in confirms)
