"""States told in the present: "X remains under government control", "X has not fallen".

A speaker's account after a clause ("..., the police chief said, adding that his men had repelled
three attacks on Saturday") dates a change the clause told without a day. A state told in the
present ("remains", "is", "has not fallen", "still holds") is the speaker's now, though: the
account's day is that of what it adds, not of the state.
"""

from __future__ import annotations

import re

__all__ = ["told_in_present"]

# the present auxiliary or copula right before the trigger, a few words at most between
_PRESENT_BEFORE = re.compile(
    r"\b(?:is|are|remains?|stays?|has\s+not|have\s+not|hasn['’]t|haven['’]t|has\s+never|have\s+never|still)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def told_in_present(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` of `sentence` is told in the present tense ("X
    remains under government control", "X has not fallen", "troops still hold X")."""
    return trigger is not None and _PRESENT_BEFORE.search(sentence, max(0, trigger - 40), trigger) is not None
