"""Homecomings: a place civilians or aid workers return to ("families began returning to X",
"displaced residents have returned to their homes in X", "aid workers returned to X").

The place is where people went, so no event of its own (`frontmap.extract.references.place_role`
keeps it a destination); yet it is the home they come back to, the place the report is about, so a
"the district" or "the city" after it may mean it ("families returned to X a day after commandos
pushed the Taliban out of the district": X). Where people fled to stays no antecedent.
"""

from __future__ import annotations

import re

# the civilians, a few words (a count, "began", "have"), their return, then "to" (their homes in)
_RETURNED_TO = re.compile(
    r"\b(?:famil(?:y|ies)|residents|civilians|people|villagers|idps|households|refugees|shopkeepers|traders|farmers"
    r"|aid\s+(?:workers|groups|agencies)|(?:health|medical)\s+(?:workers|staff|teams)|humanitarian\s+(?:workers|staff|teams|partners))\b"
    r"(?:\s+(?!(?:and|but|while|as|after|when|who|that|fled|fleeing|escaped|from)\b)[\w’'-]+){0,4}?\s+(?:return(?:ed|ing|s)?|(?:came|coming|went|going|headed|heading|moved|moving)\s+back)"
    r"\s+(?:home\s+)?(?:to|in)\s+(?:(?:their|the)\s+(?:homes?|houses?|villages?)\s+in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def returned_home(text: str, name_start: int) -> bool:
    """Return True when the name starting at `name_start` is where civilians return to ("families
    began returning to X"): a home, which a later definite reference may mean."""
    return _RETURNED_TO.search(text, max(0, name_start - 90), name_start) is not None
