"""Dated objects: a later object of one verb with a day of its own is a second event.

"Insurgents took the X border crossing on July 8 and the district centre on July 16": the verb
is written once, but each object keeps its day, so "the district centre" is the district's fall
on July 16, not the crossing's capture told again; so is "it" in "lost X on Friday, regained it on
Saturday and lost it again on Sunday"; so is "the city" in "X fell on Wednesday, three
days after the insurgents took the city itself": the span gives it a day apart. Only a reference
joined by "and" to what came before, with a day right after it (a unit noun such as "centre"
between), or "it" with a day right after it, is read so; "took X and the district on Friday" is
one event told twice.
"""

from __future__ import annotations

import re

from frontmap.extract.clauses import day_follows

# "..., and the district", "... as well as the city": the reference opens a later conjunct
_JOINED_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|as\s+well\s+as)\s+$")
# "the district centre on July 16": the unit's own part, then its day
_PART_AFTER = re.compile(r"\s+(?:cent(?:re|er)|headquarters|compound|bazaar|seat)\b")
_REACH = 16  # characters before the reference in which the conjunction is looked for
# "..., three days after the insurgents took the city itself": the reference is the object of a verb
# the span dates apart from the sentence's own day (a few words between: its subject and verb), or
# its subject ("on Monday, a day after the city fell"); an adverb of the verb is no word more ("two days
# after fighters first broke into the city")
_SPAN_AFTER_BEFORE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?)\s+(?:after|before)\s+"
    r"(?:[\w'’]+\s+(?:(?:first|also|briefly|finally|initially|\w+ly)\s+)?){0,4}$", re.IGNORECASE
)
_SPAN_REACH = 80
# "regained it on Saturday and lost it again on Sunday": "it" as a later verb's own object, told again or
# with its own day right after it (read by `clauses.day_follows`)
_IT_AGAIN = re.compile(r"(?:\s+(?:again|back|once\s+(?:again|more)))?")


def own_day_object(sentence: str, start: int, end: int) -> bool:
    """Return True when the reference at sentence[start:end] is a later object of a verb told
    before it, with a day of its own right after it ("... and the district centre on July 16"),
    "it" with a day of its own ("... and lost it again on Sunday"), or the object of a verb a span
    of days dates apart ("three days after they took the city")."""
    if _SPAN_AFTER_BEFORE.search(sentence, max(0, start - _SPAN_REACH), start) is not None:
        return True
    if sentence[start:end].lower() == "it" and day_follows(sentence, _IT_AGAIN.match(sentence, end).end()):
        return True
    if _JOINED_BEFORE.search(sentence, max(0, start - _REACH), start) is None:
        return False
    part = _PART_AFTER.match(sentence, end)
    return day_follows(sentence, part.end() if part else end)
