"""Past participles set off after a place: "X, seized on Tuesday, was calm".

A participle between commas right after a place tells what was done to the place, with its agent
after "by" or unnamed ("Khan Abad, captured on Saturday, remained quiet"): the place is its object,
not the subject of an active verb, so the sentence's subject is not who acted. What follows the
participle must be no object ("X, captured Y" is a verb of the sentence's subject), only a time, an
agent or the closing comma. Read on the text view, where a comma shows as a double space.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# "X, seized", "X city, taken": the place (with its kind word) and a comma, nothing else
# (not "briefly" or "once": a past the sentence goes on from)
_GAP = re.compile(r"(?: +(?:city|district|town|province|cent(?:re|er)|capital))?  +(?:(?:also|later|finally|eventually|recently|quickly|swiftly|newly|just) +)?")
_PARTICIPLE = re.compile(r"(?:[a-z]{3,}ed|(?:re)?taken|overrun|won|seized)")
# after the participle: a time, an agent or the end of the apposition, not an object
_NO_OBJECT_AFTER = re.compile(
    r"  | *$| +(?:on|in|by|at|last|earlier|late|early|overnight|yesterday|today|this|after|during|following|only|just|almost|nearly|without|amid|within"
    r"|\w+day|\w+ly|hours|days|weeks|months|a|an|two|three|four|five|six|several)\b"
)


def participle_after_place(view: str, place_end: int, trigger: Trigger) -> bool:
    """Return True when `trigger` is a one-word past participle set off by a comma right after the
    place at `place_end` and followed by no object ("X, seized on Tuesday,")."""
    if trigger.start <= place_end or not _GAP.fullmatch(view, place_end, trigger.start):
        return False
    if not _PARTICIPLE.fullmatch(trigger.text.lower()):
        return False
    return bool(_NO_OBJECT_AFTER.match(view, trigger.end))
