"""Forward names: a capture (or a retaking) told of an unnamed border crossing whose name the next
sentence gives.

"The insurgents said they had seized a strategic border crossing with Iran on Thursday. Footage
showed their flag over the Islam Qala crossing." "Afghan forces have retaken a major border crossing
with Pakistan. Taliban fighters had seized the Spin Boldak crossing on Wednesday." The first
sentence names no place; its verb is about the crossing the next sentence names ("the X crossing", "the border town of X"), when that
sentence names just one such and shows the captors there (not "the X crossing stayed open"). The verb is read for that place where its object would stand, so a
claim stays a claim and the verb's own day stays its day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.triggers import CAPTURE, HOLD, RETAKE

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents
    from frontmap.extract.triggers import Trigger

_IGNORE_CASE = re.IGNORECASE
# "a strategic border crossing", "an important border town", "another key border post": indefinite, so named later if at all
# (its first letter, then a look back at the word it opens: a scan over a whole text skips ahead fast)
_UNNAMED = re.compile(r"a(?<!\wa)(?:n|nother)?\s+(?:[a-z-]+\s+){0,2}?border\s+(?:crossing|town)\b", _IGNORE_CASE)
_CROSSING_AFTER = re.compile(r"\s+(?:border\s+)?(?:crossing|post|gate)\b", _IGNORE_CASE)
_TOWN_BEFORE = re.compile(r"\btown\s+of\s+$", _IGNORE_CASE)
# the next sentence shows the captors there ("their flag over the X crossing", "Taliban fighters in the town of X")
_CAPTORS_THERE = re.compile(r"\b(?:taliban|flag|fighters|militants|insurgents)\b", _IGNORE_CASE)
_VERB_REACH = 40  # characters between the verb and the unnamed crossing it takes


def forward_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """Return the indexes of the sentences of `text` that tell of an unnamed border crossing (the
    next sentence may name it)."""
    if "border" not in text:
        return set()
    starts = [a for a, _ in sentences]
    return {bisect.bisect_right(starts, m.start()) - 1 for m in _UNNAMED.finditer(text)}


def named_next(antecedents: Antecedents, index: int, sentence: str, triggers: Sequence[Trigger],
               places: Sequence[int]) -> tuple[Mention, int] | None:
    """Return the crossing the sentence after `index` names and where the verb of sentence `index`
    (`sentence`, with `triggers`, naming Afghan places at `places`) that takes an unnamed border
    crossing ends, or None (also when the sentence names a place after that verb)."""
    unnamed = _UNNAMED.search(sentence) if triggers and "border" in sentence else None
    if unnamed is None:
        return None
    verbs = [t for t in triggers if t.kind in (CAPTURE, HOLD, RETAKE) and t.end <= unnamed.start() <= t.end + _VERB_REACH]
    if not verbs or any(at >= verbs[-1].start for at in places):
        return None
    try:
        text, start, mentions = antecedents.sentence_text(index + 1), antecedents.sentence_start(index + 1), antecedents.mentions_of(index + 1)
    except IndexError:  # the last sentence
        return None
    if not _CAPTORS_THERE.search(text):
        return None
    named = [m for m in mentions if _named_as_crossing(text, m.start - start, m.end - start)]
    return (named[0], verbs[-1].end) if len({m.place for m in named}) == 1 else None


def _named_as_crossing(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `text` is given as a crossing ("the X crossing",
    "the border town of X")."""
    return _CROSSING_AFTER.match(text, end) is not None or _TOWN_BEFORE.search(text, max(0, start - 20), start) is not None
