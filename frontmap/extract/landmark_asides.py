"""Landmark asides: a comma aside right after a place name that says what the place lies near or
on ("Jurm, near Faizabad, was overrun", "Argo, on the road to Faizabad, fell"). The landmark in
the aside only locates the place before it, so the verb after the aside is not the landmark's;
and the aside does not push that verb out of the reach of the place it describes.
"""

from __future__ import annotations

import re

# what the aside says the place lies near or on, up to the landmark's name
_LOCATOR = (
    r"(?:just\s+|right\s+|located\s+|lying\s+|situated\s+)?"
    r"(?:near|outside|close\s+to|not\s+far\s+from|next\s+to"
    r"|on\s+the\s+(?:main\s+|key\s+)?(?:road|highway|route)\s+(?:to|from|towards|linking\s+\w+\s+(?:to|with))"
    r"|(?:\w+\s+)?(?:kilomet(?:er|re)s?|km|miles?)\s+(?:north|south|east|west)\w*\s+of"
    r"|(?:north|south|east|west)\w*\s+of)"
)
# the place's own name (capitalised, maybe "district"/"town"), the comma, the locator, then the landmark
_LANDMARK_BEFORE = re.compile(
    rf"(?-i:[A-Z])[\w’'-]+(?:\s+(?:district|town|village))?\s*,\s+{_LOCATOR}\s+(?:the\s+)?(?:(?:provincial\s+)?(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# the aside closes with a comma (or the sentence ends) after the landmark and a word or two
_CLOSED_AFTER = re.compile(r"(?:\s+(?:city|town|district|province))?\s*(?:,|\.|;|$)")
# the aside as a whole, read from right after the place it describes
_ASIDE_AFTER = re.compile(rf"\s*,\s+{_LOCATOR}\s+(?:the\s+)?[\w’' -]{{1,50}}?,", re.IGNORECASE)


def is_landmark(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is the landmark of an aside describing
    the name just before it ("X, near Y, fell": Y)."""
    before = sentence[max(0, start - 80) : start]
    if "," not in before:
        return False
    return bool(_LANDMARK_BEFORE.search(before) and _CLOSED_AFTER.match(sentence, end))


def past_aside(text: str, end: int) -> int:
    """Return where the words after the place ending at `end` resume once a landmark aside right
    after it is skipped (`end` itself when none follows)."""
    aside = _ASIDE_AFTER.match(text, end, end + 90)
    return end if aside is None else aside.end()
