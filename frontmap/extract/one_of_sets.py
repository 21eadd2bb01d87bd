"""A place named after a copula as one of a set of places a verb told before it: "One of the
capitals captured earlier in the day was Kandahar", "Among the districts overrun on Friday were
Khwaja Ghar and Yangi Qala" (every member of the list after the copula). The place shares what the set's verb says, on the set's date.

So does the one ranked place a passive infinitive tells: "the last province to be surrendered was
X", "the first capital to be handed over was Y".

The verb must tell the set itself: "one of the few capitals not yet captured is X" (negated) or
"one of the cities the Taliban want to take is X" (a wish) name no member of a captured set.
"""

from __future__ import annotations

import re

from frontmap.extract import gaps

# "one of the (several) capitals (that were)" / "among the towns" right before the participle
_SET_BEFORE = re.compile(
    r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:capitals|cities|towns|districts|district\s+cent(?:re|er)s|provinces|crossings)"
    r"\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?$",
    re.IGNORECASE,
)
# "the last province to be surrendered (was X)", "the first city to be handed over": one ranked
# member told by a passive infinitive ("still to be taken", "yet to be captured" tell none)
_RANKED_BEFORE = re.compile(
    r"\b(?:last|first|latest|final|\w+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|district|district\s+cent(?:re|er)|province|crossing)"
    r"\s+to\s+be\s+(?:\w+ly\s+)?$"
)
_SET_REACH = 80
# the members the copula names before this one: "Jalrez, Chak and " (names of up to three words)
_LISTED_BEFORE = re.compile(r"(?<=\s)(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$")


def inverted_member(view: str, trigger_start: int, gap: str) -> bool:
    """Return True when the verb at `trigger_start` of `view` (the sentence's lower-case view) tells
    a set the place after `gap` is then said to be one of ("one of the capitals captured on Monday
    was X")."""
    if gaps.INVERTED.match(_LISTED_BEFORE.sub("", gap)) is None:  # "... were Jalrez, Chak and Nerkh": a later member too
        return False
    lo = max(0, trigger_start - _SET_REACH)
    return _SET_BEFORE.search(view, lo, trigger_start) is not None or _RANKED_BEFORE.search(view, lo, trigger_start) is not None
