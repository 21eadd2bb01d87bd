"""Trailing doubts: a clause closing the sentence that doubts the news told before it ("the
Taliban took X on Tuesday, though officials have not confirmed it", "..., but there was no
official confirmation", "..., although this could not be independently verified").

`attribution` turns a gain into a claim when the next sentence doubts it; the same doubt in a
contrast clause of the gain's own sentence is read here. It covers the gain only when the clause
tells no news of its own (no trigger of its own) and no official stood behind the gain: an
official's word with "no independent confirmation" after it is still an official's word, unless
the doubt is on that word itself ("..., said a lawmaker, though his account could not be confirmed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.attribution import doubts, doubts_speaker, official_source
from frontmap.extract.own_doubts import doubts_own_news

# the contrast that opens the doubting clause ("but", "though"), after the gain's clause
_CONTRAST_OPEN = re.compile(r" *(?:but|though|although|however|yet)\b")


def doubted_after(view: str, clause_end: int, trigger_starts: Sequence[int]) -> bool:
    """Return True when the rest of the sentence (its lower-case `view`) after the clause ending at
    `clause_end` is a contrast clause that doubts what that clause told, holds no trigger of its
    own (`trigger_starts`) and no official source backs the clause before it."""
    rest = view[clause_end:]
    if not _CONTRAST_OPEN.match(rest) or any(start >= clause_end for start in trigger_starts):
        return False
    if official_source(view[:clause_end]) and not doubts_speaker(rest):
        return False  # an official's word stands, unless the doubt is on that word itself
    return doubts(rest) and not doubts_own_news(rest)
