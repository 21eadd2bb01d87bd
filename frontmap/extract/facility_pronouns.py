"""Facility pronouns: "it" after "a checkpoint in X" stands for the checkpoint, not for X.

"The Taliban set fire to a checkpoint in Zurmat district after capturing it", "attacked a police
post in X and captured it", "surrounded an army base in X and overran it": the object "it" takes
up the post the sentence has just introduced, and X only locates it. Such an "it" is no reference
to the town or district ("attacked X district and captured it" still is).
"""

from __future__ import annotations

import re

# an indefinite post, base or position, then the words locating it up to the place ("a checkpoint
# of the uprising forces in Mandi area of"): no comma, no verb of its own, a locative among them
_FACILITY_BEFORE = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:checkpoints?|check\s*posts?|security\s+posts?|posts?|outposts?|bases?|bunkers?|garrison|compound|positions?)"
    r"(?P<gap>(?:\s+[\w-]+){0,9}?)\s+$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|on|of|inside)\b", re.IGNORECASE)
_VERB_IN_GAP = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had|and|but|which|that|who)\b", re.IGNORECASE)


def facility_object(sentence: str, place_start: int, pronoun_at: int) -> bool:
    """Return True when the object "it" at `pronoun_at` takes up an indefinite post or base the
    sentence names just before the place at `place_start` ("a checkpoint in X ... captured it");
    else False."""
    if not 0 <= place_start < pronoun_at:
        return False
    match = _FACILITY_BEFORE.search(sentence, max(0, place_start - 120), place_start)
    if match is None:
        return False
    gap = match.group("gap")
    return bool(_LOCATIVE.search(gap)) and not _VERB_IN_GAP.search(gap)
