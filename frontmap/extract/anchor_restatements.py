"""Definite references on a day apart from their antecedent's: "Two days after the Taliban attacked
Kandahar, fighting reached the city's suburbs on Thursday"; "X has been encircled since late July,
and on Wednesday fighters broke into the city".

A sentence that opens with a shift ("Two days after ...", "A week after ...", "Hours after ...",
"The day after ...") tells the change of its complement on another day than its main clause. A
reference in the main clause to the place the complement named ("the city", "the district") is
then a second event of that place on the main clause's day, not a restatement of the named one,
even when both have the same status. So is a reference in a later conjunct that opens with a day
of its own (", and on Wednesday fighters broke into the city"): the verb before it told the place on
another day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# the opening shift: a count and a unit, or "the day", then "after" or "before"; at the sentence's
# start or right after a dateline's dash ("KANDAHAR, July 9 (AP) - Two days after ...")
_OPENING_SHIFT = re.compile(
    r"(?:^|\s[-–—]\s)(?:(?:just|only|barely|less\s+than|more\s+than)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|seven|\d{1,2}|a\s+few|several)\s+(?:hours?|days?|nights?|weeks?|fortnight|months?)|hours|days|weeks|the\s+(?:day|night))"
    r"\s+(?:after|before)\s",
    re.IGNORECASE,
)

# ", and on Wednesday fighters broke into ": a later conjunct's own weekday, then its subject and verb
_OWN_DAY_CONJUNCT = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+)?(?:(?:late|early)\s+)?(?:on|by)\s+(?:(?:late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:[\w'’-]+\s+){1,5}$",
    re.IGNORECASE,
)
_REACH = 100  # characters before the reference in which the conjunct's opening is looked for


def beyond_opening_anchor(sentence: str, named_at: int, reference_at: int, trigger_at: int) -> bool:
    """Return True when the place named at `named_at` of `sentence` stands in an opening shift's
    complement ("Two days after the Taliban attacked X,") and the reference at `reference_at`, with
    its verb at `trigger_at`, stands past the comma that closes it, so the two tell different days."""
    if reference_at <= named_at:
        return False
    opening = _OPENING_SHIFT.search(sentence, 0, named_at)
    if opening is None or "," in sentence[opening.end() : named_at]:
        return False
    comma = sentence.find(",", named_at, reference_at)
    return comma >= 0 and trigger_at > comma


def past_named_anchor(sentence: str, reference: Any, targets: Sequence[Any], trigger_at: int) -> bool:
    """Return True when `reference` (an anaphor target of `sentence`, its verb at `trigger_at`)
    refers to a place that one of `targets` names inside an opening shift's complement or in a
    clause before the reference's own dated conjunct, the reference and its verb standing past it."""
    return any(not t.anaphor and t.place.key == reference.place.key and (beyond_opening_anchor(sentence, t.start, reference.start, trigger_at)
                                                                          or in_own_day_conjunct(sentence, t.end, reference.start, trigger_at))
               for t in targets)


def in_own_day_conjunct(sentence: str, named_end: int, reference_at: int, trigger_at: int) -> bool:
    """Return True when the reference at `reference_at` of `sentence` stands in a later conjunct
    that opens with a weekday of its own (", and on Wednesday fighters broke into the city") and
    holds its verb (at `trigger_at`), past the place named before it (ending at `named_end`)."""
    if reference_at <= named_end:
        return False
    conjunct = _OWN_DAY_CONJUNCT.search(sentence, max(named_end, reference_at - _REACH), reference_at)
    return conjunct is not None and trigger_at > conjunct.start()
