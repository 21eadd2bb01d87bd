"""Glossed words of "now": "this morning (Tuesday)", "last night, June 14", "today, Monday, Aug. 9",
glossed counted days: "hours earlier, late on Monday", "the next day, Friday" (for `frontmap.extract.dates`);
and a rough count back after a named day ("on July 9, a month ago").

A reporter who writes "this morning" or "last night" often names the day right after it, in
brackets or between commas. The word of "now" counts from the day the writer wrote, which may be a
day before the paper came out; the day named beside it does not depend on that, so it is the day
the event took place: the word takes the named day's date. So does a counted day or hour ("a day
later", "hours earlier") that a named day follows: the writer spelled out the day it counts to.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.local_days import in_afghanistan

if TYPE_CHECKING:
    from frontmap.extract.date_scope import Dated

# "today", "early today", "this morning", "last night", "yesterday": the writer's own "now"
_NOW_WORD = re.compile(
    r"(?:(?:early|earlier|late|later)\s+)?(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)",
    re.IGNORECASE,
)
# what may stand between the word and the day that glosses it: a comma or an opening bracket
_GLOSS_GAP = re.compile(r"\s*(?:,|\(|\[)\s*(?:(?:early|late)\s+)?(?:on\s+)?", re.IGNORECASE)
# a counted day or hour told before the day itself: "hours earlier, late on Monday", "the next day, Friday"
_COUNTED_WORD = re.compile(r"^(?!.*(?:week|month|year|recent|past)).*(?:later|earlier|after|before|next|following|previous)", re.IGNORECASE)
_GLOSS_KINDS = ("weekday", "month_day")
# "a month ago", "two days ago": a rough count back that a named day before it pins ("on July 9, a month ago")
_AGO = re.compile(r"(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:days?|weeks?|months?)\s+ago", re.IGNORECASE)


def glossed(sentence: str, found: Sequence[Dated]) -> list[Dated]:
    """Return `found` (a sentence's dated expressions, in order) with each word of "now" that a
    or counted day that a named day glosses ("this morning (Tuesday)", "hours earlier, late on Monday")
    given that day's date, and each day told by a foreign clock the Afghan day told beside it (`local_days`)."""
    result = list(found)
    for i, now in enumerate(found[:-1]):
        gloss = found[i + 1]
        if _glosses(sentence, now, gloss):
            result[i] = dataclasses.replace(now, date=gloss.date, basis=gloss.basis)
        elif _glosses_ago(sentence, now, gloss):  # "on July 9, a month ago": the named day, not a month back
            result[i + 1] = dataclasses.replace(gloss, date=now.date, basis=now.basis)
    return in_afghanistan(sentence, result)  # "Thursday in Washington, early Friday in Afghanistan": Friday


def _glosses(sentence: str, now: Dated, gloss: Dated) -> bool:
    """Return True when `gloss` names the day of the word of "now" `now` right before it."""
    if now.expr.kind not in ("relative", "shift") or gloss.expr.kind not in _GLOSS_KINDS or gloss.date is None:
        return False
    told = now.expr.text.strip()
    if now.role != "event" or gloss.role != "event" or not (_NOW_WORD.fullmatch(told) or _COUNTED_WORD.match(told)):
        return False
    return _GLOSS_GAP.fullmatch(sentence, now.expr.end, gloss.expr.start) is not None


def _glosses_ago(sentence: str, named: Dated, ago: Dated) -> bool:
    """Return True when the count back `ago` ("a month ago") glosses the named day right before it."""
    if named.expr.kind not in _GLOSS_KINDS or named.date is None or ago.expr.kind not in ("ago", "relative"):
        return False
    if named.role not in ("event", "period") or ago.role != "event" or _AGO.fullmatch(ago.expr.text.strip()) is None:
        return False
    return _GLOSS_GAP.fullmatch(sentence, named.expr.end, ago.expr.start) is not None
