"""A doubt about a sentence's own news: "According to unconfirmed rumours, the two warlords also
fled the city" doubts the warlords' flight, not the capture told before it.

`attribution` turns a gain into a claim when the sentence after it doubts it. A hedged source
("unconfirmed rumours", "unverified reports") that opens or tags a clause of its own puts the doubt
on that clause: when the clause tells no change of control (no capture, fall, entry or hold), what
it doubts is something else, and the earlier gain stands. "Unconfirmed reports said the town had
fallen" still doubts the fall.
"""

from __future__ import annotations

import re

# a source called unconfirmed or unverified: "according to unconfirmed rumours", "unverified reports said"
_HEDGED_SOURCE = re.compile(
    r"\b(?:unconfirmed|unverified) +(?:media +|local +|social +media +)?(?:reports?|rumou?rs?|accounts?|news|information|sources?)\b"
)
# a change of control or a hold the clause might retell (in a view: lower case, no punctuation)
_CONTROL = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|tak(?:e|en|es|ing)|fall|falls|fell|fallen|overr[au]n\w*|conquer\w*|control\w*|enter\w*"
    r"|hands|surrender\w*|handed|retook|recaptur\w*|stormed|swept|collapse\w*|lost|loss)\b"
)
# the other doubts attribution reads: a report called unverified by itself ("could not be verified")
_OTHER_DOUBT = re.compile(r"\b(?:verif\w*|confirm\w*)\b")


def doubts_own_news(view: str) -> bool:
    """Return True when the sentence (its view) doubts only its own news: a hedged source
    ("unconfirmed rumours") tags a clause that tells no change of control, and nothing else in it
    doubts or confirms."""
    if _HEDGED_SOURCE.search(view) is None:
        return False
    rest = _HEDGED_SOURCE.sub(" ", view)
    return _CONTROL.search(rest) is None and _OTHER_DOUBT.search(rest) is None
