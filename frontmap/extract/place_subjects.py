"""The place as the scene or subject of a verb told after it.

- "X, which security forces left on Sunday" / "X was abandoned by the army": the leavers named in a
  relative clause or a "by" phrase left the place itself (`left_by`);
- "In X, insurgents seized the governor's office": a fronted locative sets the scene of the clause
  (`fronted`).
"""

from __future__ import annotations

import re

_IGNORE_CASE = re.IGNORECASE
_FRONTED_LOCATIVE = re.compile(r"^\W*(?:in|inside|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", _IGNORE_CASE)

# "X, which the troops", "X in Y, which government forces", "X, whose police": a relative clause whose
# subject (named in it) is the one leaving the place
_RELATIVE_LEAVER = re.compile(
    r"(?:\s+(?:district|city|town))?(?:\s+(?:in|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+province)?)?\s*,\s*(?:which|that|whose)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|police|policemen|army|commandos|garrison|defenders|officials)"
    r"(?:\s+(?:had|have|has|finally|then|also))?\s+$",
    _IGNORE_CASE,
)
_PASSIVE_BY = re.compile(r"\s+(?:city\s+|district\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$")  # needs a "by" agent


def left_by(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the words between the place (ending at `end`) and a verb of leaving at
    `trigger_start` make the place what the leavers left ("X, which the troops", "X was")."""
    return bool(_RELATIVE_LEAVER.match(sentence, end, trigger_start) or _PASSIVE_BY.match(sentence, end, trigger_start))


def fronted(sentence: str, clause_start: int, start: int) -> bool:
    """Return True when the place at `start` opens its clause as a fronted locative ("In X, ...")."""
    return start - clause_start <= 40 and bool(_FRONTED_LOCATIVE.match(sentence[clause_start:start]))


# the people who can hand a place over: its officials and defenders
_GIVERS = re.compile(
    r"\b(?:officials|officers|governor|governors|chief|chiefs|commanders?|head|heads|forces|troops|soldiers|police|policemen"
    r"|army|garrison|defenders|personnel|staff|militias?|leaders|elders|administration)\b",
    _IGNORE_CASE,
)
_SURRENDER_REACH = 250  # a subject listing the governor, the police chief, ... and the corps commander


def surrendered_in(sentence: str, clause_start: int, place: tuple[int, int], verb_start: int) -> bool:
    """Return True when a fronted place is where its officials or defenders, the subject named
    before a verb of handing over at `verb_start`, gave up ("In Herat, the governor, the police
    chief and the corps commander surrendered to the Taliban"): the place is handed over."""
    start, end = place
    gap = sentence[end:verb_start]
    return (
        0 < verb_start - end <= _SURRENDER_REACH and gap.startswith(",") and fronted(sentence, clause_start, start)
        and "." not in gap and bool(_GIVERS.search(gap))
    )
