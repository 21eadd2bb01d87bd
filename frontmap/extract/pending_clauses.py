"""Pending clauses: "before the capital also falls", "until the Taliban take Kabul".

A clause of time opened by "before", "until", "till" or "by the time" whose verb is in the present
tense ("falls", "take", "is overrun", "has fallen") speaks of a change that may yet come: people
"rushed to leave before Kabul falls", fighting "will go on until the militants capture the city".
It is no event. The same clause in the past tense ("before the city fell on Sunday", "until the
Taliban had entered it") tells what happened, and is read as any other.
"""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern

# the opener, then the clause's subject (a few words, no past auxiliary, no comma: "attacked the day
# before, and fighting there is going on" is no clause of "before"), then present auxiliaries
_OPENER = re.compile(
    r" (?:before|until|till|by +the +time|in +case) (?:(?!(?:was|were|had|did|would|could|might)\b)[\w]+ ){1,6}?"
    r"(?P<aux>(?:(?:is|are|has|have|also|finally|eventually|actually|even|ever|really|completely|fully|too) +)*)$"
)
# past forms a control verb takes without "-ed"
_IRREGULAR_PAST = frozenset({
    "fell", "took", "overran", "lost", "retook", "won", "came", "fought", "held", "left", "fled", "gave", "went", "began",
    "broke", "ran", "got", "swept", "drove", "overtook", "withdrew", "stood", "rode",
})
_PRESENT_AUX = frozenset({"is", "are", "has", "have"})
_REACH = 80  # characters before the verb in which the opener may stand
_OPENERS = GatedPattern(_OPENER)  # run only on a sentence holding one of its words (`literal_gates`)


def pending(view: str, clause_start: int, position: int, end: int) -> bool:
    """Return True when the control verb at view[position:end] (`view` the lower-cased text view)
    stands in a present-tense "before" / "until" clause: a change that may yet come, no event."""
    match = _OPENERS.search(view, " " + view[max(clause_start, position - _REACH) : position])
    if match is None:
        return False
    word = view[position:end].split(" ", 1)[0]
    if not _PRESENT_AUX.isdisjoint(match.group("aux").split()):
        return True  # "is overrun", "has fallen": what may come
    return not word.endswith("ed") and word not in _IRREGULAR_PAST
