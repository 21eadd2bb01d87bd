"""Near misses: "nearly", "almost" or "all but" right before a control verb ("the city has all but
fallen", "the Taliban almost captured X") say the change did not happen, so the verb is read as
negated; a siege is the exception ("X was all but encircled", "nearly surrounded"): a place the
fighters have almost closed around is already fought over, so it stays a fight at the place.
"Near" or "close to" before a change ("Taliban near capture of X", "came close to taking X",
"nearing the fall of X") is one too; before fighting ("villages close to the fighting in X") it
only places the speaker, and the fight at X stands.

A change that fell short was still tried at the place: "X nearly fell on Monday", "the Taliban
almost overran X", "came close to taking X" tell of an assault on X that day, so X is fought over
(`fell_short`), as an attempt is; the change itself is what did not happen.
"""

from __future__ import annotations

import re

#: the words of a near miss, right before the verb (a window padded with a space)
NEAR_MISS_BEFORE = re.compile(r" (?:nearly|almost|all +but|(?P<near>near(?:ing)?|close +to)(?: +the)?) +$")
_SIEGE_VERB = re.compile(r"(?:encircl|surround|besieg)", re.IGNORECASE)
_CHANGE = re.compile(r"(?:captur|fall|fell|seiz|tak|took|overr|overw|conquer|collaps)", re.IGNORECASE)  # what "near" can fall short of


def near_miss_negates(view: str, position: int, words: re.Match[str] | None = None) -> bool:
    """Return True when a near miss (`words`, the match of `NEAR_MISS_BEFORE`) before the verb at
    `position` of `view` denies it: every verb but a siege's ("all but encircled" is still a
    siege); after "near" or "close to", only a change of hands."""
    if words is not None and words.group("near"):
        return _CHANGE.match(view, position) is not None
    return _SIEGE_VERB.match(view, position) is None


def fell_short(view: str, clause_start: int, position: int) -> bool:
    """Return True when the change of hands at `position` of `view` is told as a near miss ("nearly
    fell", "all but captured", "came close to taking"): fighting at the place, no change."""
    near = NEAR_MISS_BEFORE.search(" " + view[max(clause_start, position - 40) : position])
    return near is not None and _CHANGE.match(view, position) is not None and near_miss_negates(view, position, near)
