"""Handovers told from the receiving side: "Taliban commanders accepted the surrender of X", "the
insurgents received the handover of X", "took the surrender of the garrison in X".

A handover noun whose subject is its receiver names the winner, not the loser: the Taliban who
accept X's surrender gain X. Without such a verb the agent of a handover gives the place up ("the
government's surrender of X").
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# the verb of receiving right before the noun, with at most a determiner between
_RECEIVING = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|took|tak(?:e|es|en|ing)|welcom(?:e|es|ed|ing)|secur(?:e|es|ed|ing))"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$"
)
_HANDOVER_NOUN = re.compile(r"(?:surrender|handover|hand-over|transfer|capitulation)\b")


def received(view: str, trigger: Trigger) -> bool:
    """Return True when the handover noun `trigger` in the lower-case `view` is the object of a verb
    of receiving ("accepted the surrender of X"): its agent is the one who gains the place."""
    if not _HANDOVER_NOUN.match(view, trigger.start):
        return False
    return _RECEIVING.search(view, max(0, trigger.start - 30), trigger.start) is not None
