"""Isolation aims: a place a side fights to cut off, not a place fought in or held.

"The Taliban hold half the district centres and are fighting to cut off the larger towns, such as
Kandahar and Kabul", "insurgents fighting to isolate big towns": the fighting goes on around the
countryside and the roads, and the towns are what it aims to choke. Such a town is the aim of a
strategy, no event of its own, whatever verb stands before it (a siege or an encirclement of a
named town, "fighting to besiege X", stays an attempt on it).
"""

from __future__ import annotations

import re

# the aim, the last one before the place ("to cut off", "to isolate")
_CUT_OFF = re.compile(r"\bto\s+(?:further\s+|gradually\s+)?(?:cut\s+off|isolate|strangle|choke|starve|squeeze)\b", re.IGNORECASE)
_REACH = 120  # characters: the aim's object and an example list ("the larger towns, such as X, Y and")
# a verb of its own between the aim and the place: "seeking to cut off the city, seized ... and attacked X"
_NEW_PREDICATE = re.compile(
    r"(?:,|\b(?:and|but|while|after|before|as|then))\s+(?:then\s+|also\s+)?(?:\w+\s+)?"
    r"(?:seized|captured|took|overran|entered|stormed|attacked|fell|retook|recaptured|clashed|fought|pushed|spread)\b",
    re.IGNORECASE,
)


def aimed_from_afar(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of `sentence` is what a side aims to cut off or
    isolate ("fighting to cut off population centres such as X"), not where anything happened."""
    aims = list(_CUT_OFF.finditer(sentence, max(0, start - _REACH), start))
    if not aims or any(ch in sentence[aims[-1].end() : start] for ch in ".;:!?"):
        return False
    return _NEW_PREDICATE.search(sentence, aims[-1].end(), start) is None
