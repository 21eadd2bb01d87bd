"""The writer's doubt on a word: scare quotes around the verb, "so-called", "what the Taliban called".

"Taliban fighters 'captured' the district", "the so-called liberation of X", "what the group
called the conquest of X": the writer uses the group's word without standing behind it, so the
gain is the group's claim. The lower-cased view drops the quote marks, so they are read in the
sentence as written. A word quoted in a sentence that names an official is more likely the
official's own word, quoted in part ("the governor said the city had 'fallen'"), and is left
as it is; "so-called" is the writer's doubt whoever speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.told_drafts import DraftT as _T, as_claim
from frontmap.status import TALIBAN

_OPEN = r"(?:(?<![\w'’])['‘]|[\"“])"
_CLOSE = r"(?:['’](?![\w'’])|[\"”])"
_CALLED_WORDS = ("called", "calls", "termed", "described")
_ANY_OPEN = re.compile(_OPEN)
_CALLED = r"(?:so[- ]called|what +(?:it|they|(?:the +)?(?:taliban|group|insurgents|militants|movement)(?: +\w+)?) +(?:called|calls|termed|described +as)(?: +(?:the|a|its|their))?)"


def scare_quoted(sentence: str, word: str) -> bool:
    """Return True when `word` (a trigger's first word) stands alone in quote marks in the
    sentence as written ("'captured'", "\u201cliberation\u201d of")."""
    # The pattern is built for each word: without an opening quote mark it cannot match, and
    # compiling it for every draft costs more than the rest of the draft's reading.
    if not _ANY_OPEN.search(sentence):
        return False
    return bool(re.search(_OPEN + re.escape(word) + r"\w*(?: +\w+)?" + _CLOSE, sentence, re.IGNORECASE))


def so_called(sentence: str, word: str) -> bool:
    """Return True when the writer puts "so-called" or "what the Taliban called" before `word`."""
    lowered = sentence.lower()
    if not any(called in lowered for called in _CALLED_WORDS):
        return False
    return bool(re.search(_CALLED + r" +" + _OPEN + r"?" + re.escape(word), sentence, re.IGNORECASE))


def doubted_by_writer(drafts: Sequence[_T], view_of: Callable[[int], str], sourced: Callable[[str], bool]) -> list[_T]:
    """Return `drafts` with each Taliban gain whose trigger the writer marks as the group's word
    (scare quotes in a sentence with no official source, "so-called") turned into a claim."""
    return [as_claim(d) if _doubted(d, view_of, sourced) else d for d in drafts]


def _doubted(draft: _T, view_of: Callable[[int], str], sourced: Callable[[str], bool]) -> bool:
    """Return True when the writer marks the draft's trigger as the group's word."""
    if draft.status != TALIBAN:
        return False
    word = re.match(r"\W*(\w*)", draft.trigger).group(1)
    if not word:
        return False
    return so_called(draft.excerpt, word) or (scare_quoted(draft.excerpt, word) and not sourced(view_of(draft.index)))
