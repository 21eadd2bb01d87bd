"""Buildings kept against a claim: "the Taliban said they took X, but officials said the
government still retained control of the intelligence department and a military base".

An answer that keeps only buildings, a base or the airport of the place claimed in government
hands is no hold of the place itself (`frontmap.extract.held_on` reads that): the speaker grants
the rest of it, and the government still inside a town the Taliban claim is a fight there, so the
place is fought over besides claimed. The seat of a district or a province ("still had control of
the district headquarters") is the place itself: holding it is a hold, not a part.
"""

from __future__ import annotations

import re

from frontmap.extract import facilities

_FACILITY = (
    rf"(?:{facilities.PART}|{facilities.SITE}|bases?|camps?|departments?|offices?|buildings?|posts?|outposts?"
    r"|checkpoints?|stations?|palace)"
)
# "of the intelligence department", "over an army camp", "the airport and the police headquarters";
# not the seat of a district or province ("the district headquarters", "the provincial compound"),
# which stands for the place itself
_PART_OBJECT = re.compile(
    r" +(?:(?:of|over) +)?(?:only +|just +)?(?:(?:the|an?|its|their|some|two|three|several|key|main|a +few) +)?"
    rf"(?:(?!(?:district|provincial|province|city|town|capital|area|and|or|but)\b)[\w'’-]+ +){{0,3}}?{_FACILITY}\b"
)
#: A hold that names its object after it: "troops still hold the airport", "forces controlled the base".
PART_HOLD = re.compile(
    r" (?:still +)?(?:control|controls|controlled|hold|holds|held)(?= +(?:only +)?(?:the|an?|its|their|some|two|three|several|key|main) )"
)


def part_follows(padded: str, end: int) -> bool:
    """Return True when the hold ending at `end` of the lower-case `padded` view takes buildings,
    a base or a field as its object ("control of the airport and an army camp"), not the seat of
    a district or province."""
    return _PART_OBJECT.match(padded, end) is not None
