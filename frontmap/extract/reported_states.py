"""Reported states: a hold told by a source on a later day, after an event of the same place.

"Forces beat back an assault on Panjwai district last Thursday, and officials said on Monday that the
district remained in government hands": the hold is told of Monday, the day the officials spoke, a
second event of the place beside Thursday's; "the district" there is not the named event retold
(`frontmap.extract.events` drops a reference that only retells one).
"""

from __future__ import annotations

import re

from frontmap.extract.date_scope import states_at

__all__ = ["state_told_later"]

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
# ", and officials said on Monday that the ": a new speaker's clause, its day, then the reference
_SAID_ON_DAY_THAT = re.compile(
    r"(?:,|;)\s+(?:and|but|while)\s+[^,;]{1,60}?\b(?:said|says|told\s+\w+|added|insisted|confirmed|stated)\s+"
    r"(?:(?:on|late|early)\s+)?" + _DAY + r"\s+(?:that\s+)?(?:the\s+|it\s+)?$",
)


def state_told_later(sentence: str, at: int, trigger_start: int) -> bool:
    """Return True when the reference at `at` is the subject of a state ("remained in government
    hands", trigger at `trigger_start`) told in a later speaker's clause with a day of its own."""
    return states_at(sentence, trigger_start) and _SAID_ON_DAY_THAT.search(sentence, max(0, at - 120), at) is not None


# between the speaker's day and the state: the complement only ("that the district remained in")
_COMPLEMENT = re.compile(r"\s+(?:that\s+)?[^,;:]{0,80}$")
_NEW_CLAUSE = re.compile(r"(?:,|;)\s+(?:and|but|while)\s")


def later_state_day(sentence: str, dated: list, found, trigger: int | None) -> tuple | None:
    """Return (day, "reported") when the state at `trigger` is told in a later speaker's clause
    ("..., and officials said on Monday that the district remained in government hands") after the
    event day `found` (a `Dated`) of another clause; else None. `dated`: the sentence's dates."""
    if trigger is None or found is None or found.date is None or not states_at(sentence, trigger):
        return None
    for said in dated:
        if (said.role == "reporting" and said.date is not None and said.date > found.date and found.expr.end <= said.expr.start < trigger
                and _NEW_CLAUSE.search(sentence, found.expr.end, said.expr.start) and _COMPLEMENT.match(sentence[said.expr.end : trigger])):
            return said.date, "reported"
    return None
