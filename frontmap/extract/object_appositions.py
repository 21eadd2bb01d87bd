"""Object appositions: a verb's object told first by its kind, then by its name after a comma
(or a spaced dash, as wire copy types it: "still holds the main city in the north -- X").

"Captured another key port in the province, X", "seized a second border town, X": the name in
apposition is the object itself, whole, though the kind before it ("crossing", "port") would on its
own make the place only a part of a town named after it ("the crossing in X"). The kind's words
may carry an article or a count word, a few describing words, the neighbour a crossing leads to
("a border crossing with Pakistan, at X") and where it lies ("in the province", "in the north");
nothing else may stand before the comma.
"""

from __future__ import annotations

import re

# "a third district", "their fifth capital": a count word or a rank with an article or the taker's possessive
_RANK = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"

_APPOSED_OBJECT = re.compile(
    r"^\s+(?:the|a|an|another|one\s+more|(?:a|their|its)\s+" + _RANK + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:crossing|port|border\s+(?:post|town|point)|town|city|district|capital)"
    r"(?:\s+(?:with|into|to|on\s+the\s+border\s+with)\s+(?:Pakistan|Iran|Tajikistan|Uzbekistan|Turkmenistan|China))?"  # "a crossing with Pakistan, at X"
    r"(?:\s+(?:in|of)\s+(?:the\s+(?:province|north|south|east|west|region|area|country)|(?-i:[A-Z])[\w-]+(?:\s+province)?))?"  # "their third district in Takhar, X"
    r"(?:\s+(?:this|last)\s+week|\s+in\s+(?:a\s+week|as\s+many\s+days|\w+\s+days))?"  # a running tally's span
    r"(?:\s+(?:(?:late\s+|early\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|yesterday|today))?(?:\s*[,:]|\s+(?:--?|—|–))\s*(?:at\s+)?$",  # "a district on Tuesday: X"; "the main city -- X"
    re.IGNORECASE,
)


def names_the_object(gap: str) -> bool:
    """Return True when `gap`, the words between a verb and a place, is an object told by its kind
    with the place's name in apposition after it ("another key port in the province, ")."""
    return _APPOSED_OBJECT.match(gap) is not None
