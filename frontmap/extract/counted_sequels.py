"""A paragraph that names what the paragraph before it counted: "The insurgents overran three
districts on Sunday. / Qaisar, Almar and Pashtun Kot fell after ..." - the names are the counted
units, so they keep the counted paragraph's day (for `frontmap.extract.dates`), even when that day
is earlier than the one the report opened with (which a paragraph of background would not pass on).

The count has to be exact ("two", "four", "3") and the names as many: a list that names more or
fewer places than were counted tells of other places, which go back to the report's day.

The list may open on its source ("According to the sources, X district in Baghlan; Y district in
Herat; and Z were captured", "Officials said X and Y fell"), and each name may say where it lies
("X in Kunduz", "Y district of Zabul province"): the units are still the counted ones.
"""

from __future__ import annotations

import re

from frontmap.extract.count_appositions import COUNT_WORDS

__all__ = ["names_the_counted"]

_NUMBERS = {**COUNT_WORDS, "both": 2}
# "overran four other Badakhshan districts", "seized two districts", "captured 3 more provincial capitals"
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|both|\d)\s+(?:more\s+|other\s+|key\s+|of\s+(?:the|its)\s+)?"
    r"(?:[A-Za-z'’-]+\s+){0,2}?(?P<unit>districts|district\s+cent(?:re|er)s|provincial\s+capitals|capitals|cities|towns|border\s+crossings)\b",
    re.IGNORECASE,
)
_TAKEN_WORDS = ("took", "taken", "taking", r"captur(?:ed|ing)", r"seiz(?:ed|ing)", r"overr(?:an|un|unning)", "fell",
                r"conquer(?:ed|ing)", r"gain(?:ed|ing)\s+control", r"handed\s+over", "surrendered", "abandoned")
_TAKEN = re.compile(r"\b(?:" + "|".join(_TAKEN_WORDS) + r")\b", re.IGNORECASE)
# one name: capitalised words, joined by spaces or by the hyphened particles of Afghan names ("Sar-e-Pul", "Pul-e Khumri")
_NAME = r"[A-Z][\w'’]*(?:(?:-[a-z]{1,2}-|-[a-z]{1,2}\s+|-|\s+)[A-Z][\w'’]*)*"
# one unit of the list, with where it lies: "Dahana-i-Ghori district in Baghlan province", "Saghar in Ghor"
_ITEM = rf"{_NAME}(?:\s+district)?(?:\s+(?:in|of)\s+(?:the\s+)?{_NAME}(?:\s+province)?)?"
# the list's source before it: "According to the sources,", "Local officials said that"
_SOURCE = (r"(?i:according\s+to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*"
           r"|(?:the\s+|local\s+|provincial\s+|security\s+)*(?:sources?|officials?|police)\s+(?:said|say|added|confirmed)\s+(?:that\s+)?)")
_NAMED_LIST = re.compile(rf"^\s*{_SOURCE}?(?P<names>{_ITEM}(?:\s*[,;]\s*{_ITEM})*[,;]?\s+and\s+{_ITEM})(?=[\s,])")
_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")


def names_the_counted(counted: str, named: str) -> bool:
    """Return True when sentence `counted` tells an outcome of an exact number of units ("seized
    two districts") and sentence `named` opens with a list of as many names ("Dushi and Khinjan
    fell ...") that it tells an outcome of too."""
    count = _count_taken(counted)
    if count is None:
        return False
    names = _NAMED_LIST.match(named)
    return names is not None and len(_SPLIT.split(names.group("names").strip())) == count and _TAKEN.search(named[names.end() :]) is not None


def _count_taken(sentence: str) -> int | None:
    """Return the number of units the sentence tells were taken, when it gives one exactly."""
    found = _COUNTED.search(sentence)
    if found is None or _TAKEN.search(sentence) is None:
        return None
    word = found.group("count").lower()
    return int(word) if word.isdigit() else _NUMBERS[word]
