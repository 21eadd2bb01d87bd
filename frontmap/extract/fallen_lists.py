"""A list that a fall told before it names: "Capitals that have fallen so far - Zaranj, Sheberghan
and Kunduz", "Provinces whose capitals have fallen: Nimroz, Jowzjan" (the provinces stand for their
capitals, `capital_phrases`), "the cities that fell this week include X and Y".

The fallen things must be the listed ones: "provinces whose districts have fallen - Logar, Wardak"
lists provinces that did not fall, and "the district has fallen - X said" no list at all.
"""

from __future__ import annotations

import re

# the fallen units right before the verb: "capitals that have", "towns which had already", "provinces
# whose capitals have" (not "provinces whose districts have": the list is not of those)
_HEAD = re.compile(
    r"\b(?:provinces\s+whose\s+(?:provincial\s+)?capitals?|(?<!whose )(?:(?:provincial\s+)?capitals|cities|towns|districts|district\s+cent(?:re|er)s))"
    r"(?:\s+(?:that|which))?\s+(?:(?:have|has|had|so\s+far|already|now|also)\s+)*$",
    re.IGNORECASE,
)
# between the verb and the list: a time or "to the Taliban", then a dash, a colon or a copula
_TIME = r"(?:so\s+far|this\s+week|last\s+week|since\s+\w+|on\s+\w+day|in\s+(?:recent|the\s+past\s+\w+)\s+days|to\s+the\s+(?:taliban|insurgents|militants))"
_ITEMS = r"(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,8}"
_LEAD_IN = re.compile(
    r"(?:,?\s+" + _TIME + r")*(?:\s*[-–—:]\s*|\s+(?:include|included|are|were|being)\s+)" + _ITEMS + r"$",
    re.IGNORECASE,
)
# a colon or dash judged itself (`phrase_lists` reads the list after it): only a time between it and the verb
_UP_TO_OPENER = re.compile(r"(?:,?\s+" + _TIME + r")*\s*", re.IGNORECASE)
_OPENER_AT = re.compile(r"\s*[-–—:]")
_HEAD_REACH = 70


def listed_after_fall(sentence: str, trigger_start: int, trigger_end: int, start: int) -> bool:
    """Return True when the place at `start` of `sentence` is in a list the fall at
    [trigger_start, trigger_end) introduces with a dash, a colon or "include", its subject being the
    units listed ("capitals that have fallen - X, Y"); or when `start` is that colon or dash itself."""
    if _HEAD.search(sentence, max(0, trigger_start - _HEAD_REACH), trigger_start) is None:
        return False
    if _LEAD_IN.fullmatch(sentence, trigger_end, start) is not None:
        return True
    return _OPENER_AT.match(sentence, start) is not None and _UP_TO_OPENER.fullmatch(sentence, trigger_end, start) is not None
