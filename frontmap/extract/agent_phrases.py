"""Agent phrases: the words a side's noun carries before it in its noun phrase.

"Held by the internationally recognised government", "retaken by US-trained Afghan commandos":
the side is the head of the phrase after "by", however many modifiers stand before it. Read a few
characters past "by", the head of a long phrase was out of reach and the agent unknown. Only
words that describe (adverbs, participles, a nationality) are skipped: a preposition or a verb
ends the phrase, so "seized by gunmen on Sunday and retaken by the army" keeps its two agents.
An owner in the possessive is skipped the same way ("captured by the people's resistance forces",
"retaken by the country's army"): the men are the head, whoever they belong to.
"""

from __future__ import annotations

import re

#: The describing words before a side's noun, in a lower-cased view (hyphens and commas read as
#: spaces): "internationally recognised", "western backed", "us trained", "afghan".
MODIFIERS = (
    r"(?:(?:the|a|an|its|their) +)?"
    r"(?:(?:(?:\w+ +){1,2}led|\w+ly|\w+ed|us|u +s|western|afghan|national|legitimate|official|new|former) +){1,3}"  # "the Massoud-led front"
)
_MODIFIERS_AT = re.compile(r" *" + MODIFIERS)
# an owner's possessive before the head, "'s" read as " s" in the view: "the people's", "the public's"
_POSSESSIVE_AT = re.compile(r" *(?:(?:the|a|an) +)?[a-z]+ +s +(?:(?:\w+ly|\w+ed|afghan|national|local|own) +){0,2}")


def modifiers_length(view: str, position: int) -> int:
    """Return how many characters of describing words (or an owner's possessive) stand at
    `position` of `view` before the head of a noun phrase (0: none)."""
    found = _MODIFIERS_AT.match(view, position) or _POSSESSIVE_AT.match(view, position)
    return 0 if found is None else found.end() - position
