"""Passive gerunds: "X was retaken on Saturday after being lost to the Taliban on July 24".

An "after" or "before" with a passive gerund ("after being lost", "before being captured") tells a
change of its own whose subject goes unsaid: the place the main clause is about, as "after it was
lost" would have it (the town "it" would mean at that point, `references.resolve_pronoun`). The
word "being" stands in for the place (inside the preposition's complement, so "a week after being
lost" counts back from the main clause's day), so the gerund's change reads as a passive with its own day.
Only a main clause that is itself a passive with a name for subject ("Jurm district was retaken ...")
lends its subject so: "The governor of X was freed after being captured" is the governor's, and
"the Taliban retook X after being driven out" the Taliban's.
"""

from __future__ import annotations

import re

# "after being lost", "before quickly being overrun", "since being taken": up to the participle
_PASSIVE_GERUND = re.compile(r"\b(?:after|before|since)\s+(?:\w+ly\s+)?(being)\s+")
# the main clause before it: a name (after the dateline's dash), its unit word, then a passive verb
_NAMED_PASSIVE = re.compile(
    r"(?:^|[-–—]\s+)(?:the\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|wa|e|i|ul|al|ye)\s+){0,3}(?:(?:district|city|town|province)\s+)?(?:(?:was|were)|(?:has|had)\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|un|ost|ook)\b[^,;]*,?\s*(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|hours?)\s+)?$")


def passive_gerunds(sentence: str) -> list[tuple[int, int]]:
    """Return (start, end) of each "being " after "after" in `sentence`: where the unsaid subject
    stands, and where the participle (its verb) starts."""
    if "being" not in sentence:
        return []
    return [(m.start(1), m.end()) for m in _PASSIVE_GERUND.finditer(sentence.lower()) if _NAMED_PASSIVE.search(sentence, 0, m.start())]


def subject_span(sentence: str, at: int) -> int:
    """Return the length of the word at `at` that stands in for the gerund's subject ("being")."""
    return len(sentence[at:].split(None, 1)[0])
