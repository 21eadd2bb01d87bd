"""Possibilities left open: "the spokesman did not rule out the transfer of Mazar-i-Sharif under
Taliban control", "officials would not exclude an assault on Kunduz", "he refused to rule out the
fall of X", "police could not rule out that X had been overrun".

What a speaker will not rule out is a possibility he grants, not a report: nothing is told to have
happened to the place. The possibility runs from the verb to the trigger, an apposition on the place
included ("the passage of X, the capital of Y, under their control"); a clause of telling or a
conjunction between ends it ("did not rule out talks, but said X had fallen" keeps the fall).
"""

from __future__ import annotations

import re

__all__ = ["left_open"]

# the negated verb of ruling out, then only the words of its object up to the trigger
_NOT_RULED_OUT = re.compile(
    r" (?:(?:not|n t|never)(?: +\w+ly)? +|(?:refus|declin)(?:ed|es|e|ing) +to +)"
    r"(?:rule +out|exclude|dismiss +(?:the +)?(?:possibility|prospect|chance)(?: +of| +that)?)"
    r"(?: +(?!(?:but|and|said|says|saying|told|while|when|after|adding|although|though|however)\b)[a-z0-9]+){0,14} +$"
)


def left_open(view: str, clause_start: int, position: int) -> bool:
    """Return True when the trigger at `position` of the sentence's lower-case `view` stands in what
    a speaker will not rule out ("did not rule out the capture of X"): a possibility, no event."""
    return _NOT_RULED_OUT.search(" " + view[max(clause_start, position - 120) : position]) is not None
