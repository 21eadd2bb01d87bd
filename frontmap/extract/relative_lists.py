"""A singular relative clause after a list belongs to its last place.

"The army still holds Gardez, Khost and Mazar-i-Sharif, which is besieged by the militants": "which
is" (singular) speaks of Mazar-i-Sharif alone, so the siege says nothing of Gardez or Khost, nor of a
place named before the list ("besides Kabul, the government holds X and Y, which is surrounded").
A plural relative clause ("X and Y, which were surrounded") speaks of the whole list, and a verb past
the clause's closing comma ("X and Y, which is the larger, fell") is the main clause's again.
"""

from __future__ import annotations

import re

_SINGULAR_RELATIVE = re.compile(
    r",\s*(?:which|that|who)\s+(?:(?:is|was|has|had|remains|remained|itself|also|now|still|already|been|being|reportedly)\s+)+",
    re.IGNORECASE,
)
# another name joined after the place: ", Khost and Mazar" / " and the northern hub of Mazar" (a list ends
# in "and": an apposition, "X, the capital of Balkh, which is", joins none)
_LIST_JOIN = re.compile(r"\s(?:and|or)\s+(?:[\w'’-]+\s+){0,4}?[A-Z]")


def belongs_to_later_place(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the control word at `trigger_start` stands in a singular relative clause
    ("..., which is surrounded") that a list joins to a place named after the one ending at `end`."""
    gap = sentence[end:trigger_start]
    relatives = list(_SINGULAR_RELATIVE.finditer(gap))
    if not relatives:
        return False
    relative = relatives[-1]
    if "," in gap[relative.end():]:
        return False  # the clause closed before the verb: the main clause's verb
    return _LIST_JOIN.search(gap, 0, relative.start()) is not None
