"""A hold told as what went before a loss: "Afghan soldiers had held the city for years", "the
province has long been an insurgent stronghold, but troops were holding its capital", in a report
that tells the same place taken or claimed by the Taliban.

The hold word reads as the government keeping the place on the day in force, which is the day of
the loss the report is about, and on that day a hold outranks a claim. Told in the past perfect
("had held", "had been holding"), or by the reporter in the past progressive ("were holding", no
one quoted), the hold is the state the loss or the claim ended, not news of its own: it is dropped.
A hold the report sets against the claim stays ("officials said troops were holding the city",
"troops were still holding it"), and so does any hold of a place the report tells no loss of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from frontmap.status import CLAIMED, GOVERNMENT, TALIBAN

# the hold verb's tense right before its word: "had held", "had been holding", "were holding"
_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# what makes a past progressive an answer to the claim: a speaker, or "still"
_ANSWER = re.compile(r"\b(?:said|says|say|told|tells|according|insisted|insists|claimed|denied|still)\b", re.IGNORECASE)
_LOSSES = (TALIBAN, CLAIMED)
_HOLD_WORD = re.compile(r"(?:held|holding|controlled|controlling|control)\b", re.IGNORECASE)  # not "had retaken": a change
_HOLDING_BEFORE = re.compile(r"\b(?:holding|held|keeping|kept)\s+(?:full\s+)?$", re.IGNORECASE)  # "were holding control over X"
_TENSE_REACH = 30  # characters before the hold word where its auxiliary stands


def without_prior_holds(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts` less each government hold told as the state before a loss or claim the
    same report tells of the place on the hold's day or later (see the module notes)."""
    lost = {}
    for draft in drafts:
        if draft.status in _LOSSES and draft.date is not None:
            lost[draft.key] = max(lost.get(draft.key, draft.date), draft.date)
    return [d for d in drafts if not (d.status == GOVERNMENT and d.key in lost and d.date is not None
                                      and d.date <= lost[d.key] and told_before_a_loss(d.excerpt, d.trigger))]


def told_before_a_loss(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` of `sentence` is a hold word ("held", "holding", "holding control")
    in the past perfect, or in the past progressive of a sentence that quotes no one and says no
    "still"."""
    at = sentence.find(trigger) if trigger and _HOLD_WORD.match(trigger) else -1
    if at < 0:
        return False
    before = sentence[max(0, at - _TENSE_REACH) : at]
    if trigger.lower().startswith("control"):  # the noun: the tense is its verb's ("had held control")
        verb = _HOLDING_BEFORE.search(before)
        if verb is None:
            return False
        before = before[: verb.start()]
    if _PERFECT.search(before):
        return True
    return _PROGRESSIVE.search(before) is not None and _ANSWER.search(sentence) is None
