"""Fighting said to go on with no place named: "Taliban fighters entered X on Wednesday. Fighting
was still going on on Thursday, residents said", "... attacked X on Monday. Clashes continued
into Tuesday".

A report that has just told a fight at a place often tells the next day's fighting without
naming it again: the fight goes on where it was, the place "it" would mean at that point
(`references.resolve_pronoun`), and is contested on the new sentence's day. Only a sentence that
names no place, whose fighting goes on with no place of its own after the verb ("clashes
continued in other districts", "fighting went on across the north" tell of somewhere else), and
only after a sentence that itself told fighting or an entry, so that the fight going on is the
one just told, not a capture's aftermath.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from frontmap.extract import references
from frontmap.extract.text import text_view
from frontmap.extract.triggers import ENTER, FIGHT, find_triggers

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# the fighting and its going on: "fighting was still going on", "clashes continued", "the battle raged on"
_GOES_ON = re.compile(
    r"\b(?:fighting|clashes|battles?|gunfights?|skirmishes)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:still\s+)?"
    r"(?:continu(?:ed|ing|es)|going\s+on|went\s+on|raged\s+on|rages\s+on|dragged\s+on|persisted|under\s*way)\b",
    re.IGNORECASE,
)
# a place of its own after the verb: somewhere else, or a place the sentence would name
_PLACED_AFTER = re.compile(
    r"\s+(?:(?:still|heavily|fiercely|sporadically)\s+)?(?:in|inside|at|around|across|near|nearby|elsewhere|along|outside|between|throughout|for\s+control|on\s+the\s+\w+|on\s+(?:several|other|many|two|three)\b)",
    re.IGNORECASE,
)
# what "it" never means here, as for an unsaid verb's place: a title's place
_NOT_MEANT = frozenset({"title or affiliation"})


def positions(text: str) -> Iterator[int]:
    """Yield where, in `text`, fighting may go on with its place unsaid (candidates only)."""
    for match in _GOES_ON.finditer(text):
        yield match.start()


def continued_place(antecedents: references.Antecedents, sentence: str, s_start: int, index: int) -> tuple[Mention, int] | None:
    """Return the place the fighting going on in sentence `index` (which names no place) is at,
    and where the fight word ends: the place named in the sentence before when that sentence told
    fighting or an entry; else None."""
    if index == 0:
        return None
    match = _GOES_ON.search(sentence)
    if match is None or _PLACED_AFTER.match(sentence, match.end()):
        return None
    previous = antecedents.sentence_text(index - 1)
    if not any(t.kind in (FIGHT, ENTER) for t in find_triggers(previous, text_view(previous))):
        return None
    mention = references.resolve_pronoun(antecedents, index, s_start + match.end(), also_not=_NOT_MEANT)
    if mention is None or mention.sentence_index != index - 1:
        return None
    return mention, match.end()
