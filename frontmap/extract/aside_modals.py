"""A modal after an aside: "The loss of Kandahar and Herat, the country's second- and third-largest
cities, would deal a heavy blow to Kabul" foresees the loss; it does not report it.

`cues.modal_after` reads a modal within a few words of a nominal trigger ("the fall of X would be a
turning point"). A long aside between the trigger's names and the modal (the cities' ranks, their
size) pushes the modal out of that reach. Read in the sentence itself, whose commas the aside
needs: the names, one aside set off by commas, and a modal right after the closing comma (the verb
of the nominal subject). A comma followed by anything else ("..., officials said it would ...")
opens another clause, whose modal is not the trigger's. The aside may hold a clause of its own
("the two biggest cities after the capital"): the commas bound the reading, not the clauses. Only
the modals of a prospect count: "the fall of X, the biggest prize yet, will embolden them" weighs
what a fall that happened brings.
"""

from __future__ import annotations

import re

# "could be heard" after a fight word reports a sound heard, not a fight foreseen ("fighting could be
# heard in X"): a modal followed by this is no modal (for the readers of a modal after the trigger)
NOT_HEARD = r"(?!\s+(?:clearly\s+|still\s+|also\s+)?be\s+heard\b)"

# the trigger's names (no comma), an aside between commas, then the modal as the next word
_ASIDE_THEN_MODAL = re.compile(
    r"[^,;:.!?]{1,80}?,[^,;:!?]{1,90}?,\s*(?:would|could|might|may)(?:\s+(?:not|also|surely|likely|probably))?\s+\w",
    re.IGNORECASE,
)
_NO_ASIDE_WORDS = re.compile(r"\b(?:said|says|told|according|officials?|sources?)\b", re.IGNORECASE)  # a speaker's tag, not an aside


def modal_after_aside(sentence: str, position: int) -> bool:
    """Return True when, after the nominal trigger ending at `position` of `sentence`, its names and
    one aside set off by commas lead straight to a modal ("the loss of X and Y, the largest cities,
    would mark ...")."""
    found = _ASIDE_THEN_MODAL.match(sentence, position)
    if found is None:
        return False
    aside = sentence[sentence.index(",", position) : found.end()]
    return _NO_ASIDE_WORDS.search(aside) is None
