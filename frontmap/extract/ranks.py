"""Rank words before a place: "the second-largest city of X", "the second- and third-biggest cities".

A rank names the place, it does not stand between a verb and another object: "captured the
country's third-largest city, Herat" took Herat. Wire copy hyphenates the rank ("third-largest")
and leaves a dangling hyphen in a pair ("second- and third-largest"), so each part counts.
"""

from __future__ import annotations

import re

ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$")
_RANK_PART = re.compile(r"^(?:largest|biggest|most|populous|important|ranked|ranking)$")


def ranked_word(word: str) -> bool:
    """Return True when lower-case `word` is an ordinal ("third", "4th") or a hyphenated rank made of
    ordinals and rank words only ("third-largest", "second-", "2nd-biggest")."""
    if ORDINAL.match(word):
        return True
    parts = [p for p in word.split("-") if p]
    return "-" in word and bool(parts) and all(ORDINAL.match(p) or _RANK_PART.match(p) for p in parts)


_COUNTED_UNITS = frozenset("districts cities capitals towns provinces".split())


def counted_units(words: list[str], k: int) -> bool:
    """Return True when `words[k]` is the number of units a rank counts among ("the eighth of the
    province's 17 districts to fall")."""
    return words[k].isdigit() and k + 1 < len(words) and words[k + 1].lower() in _COUNTED_UNITS
