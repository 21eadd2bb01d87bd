"""A hold told up to the day it ended: "police held X until Sunday, when they withdrew" (or "when
they abandoned their posts").

The hold is the state before that day; the clause after "when" tells what happened on it. When the
holders then leave, flee, surrender or give the place up, the place was lost that day: the
verdict is the loss, told by the verb after "when" and dated by the day "until" names. A hold told
"before falling" ("X held out for nine days before falling on Friday") ends the same way: the
verdict is the fall, told and dated by the words after "before" ("before falling", "before the
district fell on Wednesday").
"""

from __future__ import annotations

import dataclasses
import re

from frontmap.status import GOVERNMENT, TALIBAN

#: "until Sunday, when they withdrew", "until late on Sunday, when the police finally pulled out": the
#: day a hold or a fight ended and how the holders gave the place up (group "verb")
UNTIL_WHEN = (
    r"\s+until\s+[^,;.]{2,40}?,?\s+when\s+(?:they|the\s+last\s+of\s+them|(?:all|most)\s+of\s+them|the\s+(?:\w+\s+)?(?:police(?:men)?|troops|forces|soldiers|garrison|defenders|commandos)|its\s+defenders)"
    r"\s+(?:(?:had|finally|eventually|all|then|quietly)\s+)*(?P<verb>withdrew|pulled\s+out|pulled\s+back|fled|retreated|left|surrendered|gave\s+up|abandoned\s+(?:it|(?:their|its)\s+(?:last\s+)?(?:posts?|positions?|bases?|checkpoints?|compound|barracks))|laid\s+down\s+their\s+(?:arms|weapons))\b"
)
_ENDED_WHEN = re.compile(
    r"(?:\s+(?:the|its|their|it)\b(?:\s+[\w-]+){0,2}?(?:\s+(?:compound|cent(?:re|er)|headquarters|base|district|town|city))?)?"  # "held the compound until"
    + UNTIL_WHEN,
    re.IGNORECASE,
)
# "before the district fell", "before its defenders surrendered": the place or its holders, told again
_ENDED_SUBJECT = (r"(?:(?:the|its)\s+(?:\w+\s+)?(?:district|town|city|cent(?:re|er)|base|compound|headquarters|garrison"
                  r"|defenders|troops|forces|police|soldiers)\s+|it\s+)?")
_BEFORE = r"before\s+" + _ENDED_SUBJECT + r"(?:(?:finally|eventually|ultimately|quietly)\s+)?"  # "before (finally) falling"
# "held out for nine days before falling", "held out against the siege before finally surrendering on Friday",
# "held out for three days before the district fell on Wednesday"
_ENDED_BEFORE = re.compile(
    r"[^,;.]{0,60}?\s+" + _BEFORE +
    r"(?P<verb>falling|surrendering|capitulating|collapsing|being\s+(?:overrun|captured|taken|seized|handed\s+over)"
    r"|fell|surrendered|capitulated|collapsed|was\s+(?:overrun|captured|taken|seized|handed\s+over))\b",
    re.IGNORECASE,
)
_BEFORE_VERB = re.compile(r"\b" + _BEFORE + "$", re.IGNORECASE)
_HOLD_WORDS = re.compile(r"^(?:held|holding|hold|holds|controlled|controlling)\b", re.IGNORECASE)


def ended_hold(sentence: str, verdict, place_end: int):
    """Return `verdict` (a `rules.Verdict`), or, when it is a government hold told up to the day it
    ended by its holders leaving ("held X until Sunday, when they withdrew") or by its fall ("held
    out for days before falling"), the loss of the place told by the verb after "when" or "before"."""
    if verdict is None or verdict.status != GOVERNMENT or not _HOLD_WORDS.match(verdict.trigger):
        return verdict
    after = max(place_end, verdict.trigger_start + len(verdict.trigger))
    ended = _ENDED_WHEN.match(sentence, after) or _ENDED_BEFORE.match(sentence, after)
    if ended is None:
        return verdict
    return dataclasses.replace(verdict, status=TALIBAN, trigger=ended.group("verb"), trigger_start=ended.start("verb"))


def ended_before(sentence: str, trigger_start: int) -> bool:
    """Return True when the verb at `trigger_start` is the "before falling" that ended a hold told
    before it ("held out for nine days before falling on Friday"): its own words date it."""
    return _BEFORE_VERB.search(sentence, max(0, trigger_start - 60), trigger_start) is not None
