"""An operation the clause says is only promised or has not begun: "a counter-offensive to recover X
has been promised for weeks", "an operation to retake X has yet to start", "... would begin once
reinforcements arrived". The noun names an
intended fight, not one that happened, so it says nothing about the place ("an operation to
recover X began on Monday" is not read here)."""

from __future__ import annotations

import re

__all__ = ["not_begun"]

# after the nominal trigger, within its clause: the predicate that keeps it a promise or a plan
_NOT_BEGUN_AFTER = re.compile(
    r"(?:(?! +(?:which|where|who)\b)[^,;]){0,70}?\b(?:(?:has|have|had|was|were|is|are)\s+(?:long\s+|repeatedly\s+|often\s+)?been\s+(?:promised|planned|pledged|announced|vowed|talked\s+about|discussed)"
    r"|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:begin|start|get\s+under\s*way|materiali[sz]e)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:begun|started|materiali[sz]ed)"
    # "a counter-offensive to recover X would begin once reinforcements arrived": still to come
    r"|(?:would|will|(?:is|are|was|were)\s+(?:due\s+)?to)\s+(?:soon\s+)?(?:begin|start|commence|be\s+launched|get\s+under\s*way))\b",
    re.IGNORECASE,
)


_OPERATION_NOUNS = frozenset({"offensive", "counter-offensive", "counteroffensive", "operation", "operations", "assault", "push", "campaign", "attack"})


def not_begun(view: str, trigger, clause_end: int) -> bool:
    """Return True when `trigger` names an operation ("offensive", "operation") and the clause after
    it calls the operation only promised, planned or not yet begun."""
    if _OPERATION_NOUNS.isdisjoint(trigger.text.lower().split()):  # "offensive", "operation to retake"
        return False
    return _NOT_BEGUN_AFTER.match(view, trigger.end, min(clause_end, trigger.end + 110)) is not None
