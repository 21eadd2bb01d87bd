"""A bombing told again as "the attack": "Three suicide bombers struck a mosque in X ... The
attack on X shattered the Taliban's claim to have restored security".

A report of a blast (or of a drone's or a plane's strike) often goes on to speak of it as "the attack", "Friday's attack" or "the
first attack in the province" without its means. That attack is the bombing told before, no
assault on the town: when an earlier sentence of the report tells a blast at the same place
(the same unit: the province only for a province's own event), the contested reading of such a definite attack is dropped. An attack
with its own side ("the Taliban attack on X") or a place the blast was not at keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from frontmap.extract.strikes import BLAST
from frontmap.status import CONTESTED

# "the attack", "this attack", "Friday's attack", "the first attack", "the latest deadly attack"
_DEFINITE_ATTACK = re.compile(
    r"\b(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+s)\s+"
    r"(?:(?:latest|first|second|third|deadliest|deadly|same|recent|twin|latter)\s+){0,2}"
    # the place's name as the attack's ("the Kabul attack"), never its side ("the Taliban attack")
    r"(?:(?!(?:taliban|insurgent|insurgents|militant|militants|government|army|afghan|enemy|rebel|ground|counter)\s)[a-z]+\s+)?"
    r"(?:attacks?|assault)\b"
)


# a blast, a rocket, or a strike from the air told as one ("a suspected drone attack hit a house in X")
_TOLD_BLAST = re.compile(BLAST.pattern + r"|\b(?:drones?|air\s*strikes?|airstrikes?|missiles?|rockets?|mortars?)\b")


class _Told(Protocol):
    index: int
    key: str
    province_code: str
    status: str
    trigger: str


DraftT = TypeVar("DraftT", bound=_Told)


def without_retold_bombings(drafts: Sequence[DraftT], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                            sentence_count: int) -> list[DraftT]:
    """Return `drafts` without the contested readings of a definite "the attack" at a place where
    an earlier sentence (`view_of`, `named_in`: its view and the units it names) told a blast."""
    del sentence_count  # the readers of the next sentence pass it; only earlier ones count here
    return [d for d in drafts if not _retold_bombing(d, view_of, named_in)]


def _retold_bombing(draft: _Told, view_of: Callable[[int], str], named_in: Callable[[int], set[str]]) -> bool:
    """Return True when `draft` reads a definite attack as fighting at a place an earlier sentence
    told a blast at."""
    if draft.status != CONTESTED or not draft.trigger.lower().startswith(("attack", "assault")):
        return False
    if not _DEFINITE_ATTACK.search(view_of(draft.index)):
        return False
    return any(_TOLD_BLAST.search(view_of(i)) and draft.key in named_in(i) for i in range(draft.index))
