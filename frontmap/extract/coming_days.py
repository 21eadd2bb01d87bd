"""Coming days: a date that names when something is yet to happen, not when an event did.

"a three-day truce that begins Thursday", "talks due on Monday", "a ceasefire which will start
on Friday": a weekday there resolves (as all weekdays do) to a day on or before publication, which
would date the sentence's capture to a day the text puts in the future. Such a date has the role
``coming`` and dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.memo import per_article

# A present or future verb of a coming start, or a schedule word, just before the date
# ("that begin Thursday", "which starts on Monday", "due on", "scheduled for", "will open on").
# (the first letters of those words told first: the search fails at once at most positions)
_COMING_BEFORE = re.compile(
    r"(?=[TtWwIiAaDdSsVvPpHhEe])\b(?:(?:that|which|to)\s+(?:begins?|starts?|opens?|ends?|expires?|runs?\s+until)"
    r"|(?:is|are|was|were)\s+(?:due|scheduled|slated|set|planned|expected)(?:\s+to(?:\s+\w+){1,3}?)?"
    r"|due|scheduled\s+(?:for|on)|slated\s+for"
    # "will be recalled from its summer recess on": a future verb and the few words of its complement
    # (no past verb among them: "will retake the district that fell on" dates the fall)
    # "would be retaken within a week, the governor said": the same future told in reported speech (not
    # a narrative's "would later fall on Aug 10", nor "would have fallen on Tuesday had ...")
    r"|(?:will|would(?!\s+(?:later|eventually|go\s+on|have)\b))\s+(?:be\s+)?\w+(?:\s+(?!\w+ed\b|fell\b|lost\b|taken\b|overrun\b|held\b|fallen\b)\w+){0,4}?"
    # an aim not yet reached: "vowed to take the city by Friday", "plan to attack it on Sunday"
    r"|(?:vow|threaten|plan|aim|hope|want|intend|promis|pledg|expect)\w*\s+to\s+[^.,;]{0,40}?)"
    r"\s+(?:(?:on|for|from|until|by|before)\s+)?(?:next\s+)?$",
    re.IGNORECASE,
)
# A scheduled happening's own day, told by a participle after its noun: "a truce starting on
# Thursday", "talks opening Monday", "the Eid holiday beginning Friday". The day is the truce's,
# whatever the tense; "clashes starting on Sunday" is fighting, and its day dates the fighting.
_HAPPENING_DAY = re.compile(
    r"\b(?:truce|cease-?fire|talks|negotiations|meeting|jirga|conference|summit|holidays?|eid|festival"
    r"|elections?|vote|visit|deadline|pause|session|recess|exams?)s?,?"
    r"\s+(?:starting|beginning|opening|ending|expiring|running|lasting|due)(?:\s+(?:through|until))?"
    r"\s+(?:(?:on|from|at|until|till)\s+)?(?:next\s+)?$",
    re.IGNORECASE,
)

# A narrative "would" counted on from a told past ("the city would fall two days later", "police
# would retake it the next day"): the count dates what happened next (`achieved_modals` keeps the
# forecasts out: "officials warned it would fall two days later").
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:be\s+)?\w+", re.IGNORECASE)
_COUNTED_ON = re.compile(r"(?:.+\s+later|the\s+(?:next|following)\s+\w+)$", re.IGNORECASE)


@per_article  # the dating reads a sentence's dates again for the sentences after it
def names_a_coming_day(before: str, date_text: str = "") -> bool:
    """Return True when `before` (the text just before a date) makes the date a coming one:
    a start, deadline or plan the sentence puts after its own time, or the day of a scheduled
    happening named just before it ("a truce starting on"); not a count on from a told past after
    a narrative "would" (`date_text` "two days later")."""
    coming = _COMING_BEFORE.search(before)
    if coming is not None and _COUNTED_ON.match(date_text.strip()) and _WOULD_BEFORE.match(coming.group(0)):
        return False
    return coming is not None or _HAPPENING_DAY.search(before) is not None


def coming_role(role: str, date: dt.date | None, published: dt.date | None, local_day: bool = False) -> str:
    """Return ``coming`` for an event date after `published` (a feast or a day of the month still
    ahead: no event of the report can have happened then), else `role` unchanged. A `local_day`
    ("early Sunday local time") may be the day after a paper dated abroad, a time zone behind."""
    if role == "event" and date is not None and published is not None and date > published + dt.timedelta(days=int(local_day)):
        return "coming"
    return role
