"""Inverted conditions: "Had the army held Pul-e Khumri, Mazar-i-Sharif might not have fallen".

A retrospective weighs what might have been with a condition that opens on "had" (or "were",
"should") before its subject, no "if" written. Like an "if" clause it tells no event: the army
did not hold the city. `frontmap.extract.clauses` makes it a subordinate clause ending at its
comma, and the rules read it as a hypothesis (`frontmap.extract.rules`). Only a condition whose
sentence goes on in the irreal mood ("would have", "might not have", "could have") is one: "Had
the Taliban taken X by then?" or a clause that merely opens on the auxiliary is not.
"""

from __future__ import annotations

import re

# "Had the army held", "Had Kabul's defenders fought", "Were the Taliban to take": the auxiliary, then a subject
_OPENING = re.compile(
    r"[\s,“”\"]*(?:had|were|should)\s+(?:(?:the|its|their|his|her|a|an|they|we|he|she|it|government|afghan|local)\b|(?-i:[A-Z]))"
    r"[^,;:.!?]{2,100},",
    re.IGNORECASE,
)
_IRREAL = re.compile(r"\b(?:would|might|could|may)(?:\s+not|n[’']t)?\s+(?:\w+\s+)?have\b", re.IGNORECASE)
_IRREAL_REACH = 200  # characters after the condition's comma in which its consequence is told

#: the first words of the clauses `opens_inverted_condition` finds (for the rules' test of a hypothesis)
AUXILIARIES = frozenset({"had", "were", "should"})


def opens_inverted_condition(sentence: str, start: int) -> bool:
    """Return True when the clause at `start` of `sentence` is an inverted condition ("Had the army
    held X, ...") whose sentence goes on in the irreal mood ("... might not have fallen")."""
    opening = _OPENING.match(sentence, start)
    return opening is not None and _IRREAL.search(sentence, opening.end(), opening.end() + _IRREAL_REACH) is not None
