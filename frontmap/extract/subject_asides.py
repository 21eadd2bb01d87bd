"""Subject asides: a place named as a subordinate clause's subject, then set off by commas where it lies.

"After Imam Sahib, in northern Kunduz, fell on Monday, ..." and "while Guzara, south of the city,
held out" open a subordinate clause with a name and nothing else before the first comma: that
comma cannot close the clause (it has no verb yet), and the words up to the next comma only locate
the place. The clause goes on to the place's own verb.
"""

from __future__ import annotations

import re

__all__ = ["located_subject_aside"]

# the words between the subordinator and the comma: a name, perhaps with its unit
_NAME_ONLY = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3}(?:\s+(?:district|city|town|province))?")
_SIDE = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# what only locates it, up to the comma closing the aside: "in northern Kunduz", "south of the city", "40 km from X"
_LOCATING_ASIDE = re.compile(
    rf"(?:in\s+(?:the\s+)?(?:{_SIDE}(?:ern)?|central)\s+[A-Z][\w’'-]*(?:\s+province)?"
    rf"|(?:(?:about|some|just|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:{_SIDE}\s+of|from|outside)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
    r"),(?=\s)"
)


def located_subject_aside(sentence: str, start: int, comma: int, end: int) -> re.Match[str] | None:
    """Return the locating aside after `comma` (within `end`) when the subordinate clause from
    `start` to that comma holds only a name, else None."""
    if _NAME_ONLY.fullmatch(sentence, start, comma) is None:
        return None
    return _LOCATING_ASIDE.match(sentence, comma + 2, end)
