"""Leavers of a relative clause: "said Gul Bibi, who left X on Monday", "a farmer who fled X".

A "who" clause has its antecedent for subject: the one who left is the person just before "who".
When that person is no armed side or official (a civilian, a named speaker), the leaving says
nothing of who holds the place, and the side named earlier in the sentence ("The Taliban were in
our street," said Gul Bibi, who left X) is not its doer. An antecedent that is an actor
("soldiers who fled X", "the police, who withdrew from X") is read as before.
"""

from __future__ import annotations

import re

# the word before "who" and at most two helping words after it, right before the verb
_WHO_BEFORE = re.compile(r"(?P<antecedent>\w+) +who +(?:(?:had|has|have|then|later|recently|also|just|finally|eventually) +){0,2}$")


def unarmed_leaver(view: str, actor_ends: list[int], position: int) -> bool:
    """Return True when the verb at `position` of `view` opens a "who" clause whose antecedent is
    no actor (`actor_ends`: where the sentence's actors end): a civilian left, no side did."""
    who = _WHO_BEFORE.search(view, max(0, position - 40), position)
    return who is not None and who.end("antecedent") not in actor_ends
