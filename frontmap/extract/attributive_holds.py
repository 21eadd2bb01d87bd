"""Compound holds before a place: "government-held X", "Taliban-controlled X".

Such a compound says who held the place before what the clause tells happened to it: in "the
Taliban captured government-held X" the capture decides, in "government-held X came under attack"
the attack does. So the compound waits behind every other trigger of the place's clause and is read
only when none of them says anything of the place, or when the clause's verb is no fact ("forces
plan to retake Taliban-held X": the insurgents still hold it). Its holder is the side named in the
compound, not the sentence's subject ("the Taliban attacked government-held X").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from frontmap.extract.triggers import HOLD, Trigger

_COMPOUND_WORDS = ("held", "controlled")
# "captured government-held X", "besieged the Taliban-controlled city of X": who held it, no other thing
# "government-held X", "Taliban-held district of X", "government-controlled provincial capital, X"
_UNIT_OF = re.compile(r"\s*(?:(?:\w+\s+)?(?:city|town|district|capital|province|cent(?:re|er))\s*(?:of\s+|,\s*))?", re.IGNORECASE)
_COMPOUND_IN_GAP = re.compile(r"\b[A-Za-z]+-(?:held|controlled)\b")


def attributive(sentence: str, trigger: Trigger, place_start: int) -> bool:
    """Return True when `trigger` is the end of a hyphened compound right before the place
    ("government-held X")."""
    if trigger.kind != HOLD or trigger.text.lower() not in _COMPOUND_WORDS or trigger.start < 2:
        return False
    return sentence[trigger.start - 1] == "-" and bool(_UNIT_OF.fullmatch(sentence, trigger.end, place_start))


def without_compound(gap: str) -> str:
    """Return the words between a verb and its place without a compound hold ("government-held"),
    which says whose the place was, not that another thing was taken."""
    return _COMPOUND_IN_GAP.sub("", gap).replace("  ", " ")


def compound_holder(view: str, actors, trigger: Trigger) -> str | None:
    """Return the side named in the compound ending at `trigger` ("government" in "government
    held" on the text view, "afghan army" in "afghan army controlled"), else None."""
    if trigger.text.lower() not in _COMPOUND_WORDS:
        return None
    first = view.rfind(" ", 0, max(0, view.rfind(" ", 0, trigger.start - 1)))
    return actors.inside(first + 1, trigger.start)


class HoldsLast:
    """The triggers of a place, nearest first, with a compound hold before it (`attributive`)
    moved behind all the others; `pending` is that hold while it still waits."""

    def __init__(self, triggers: Iterable[Trigger], sentence: str, place_start: int):
        self._triggers = triggers
        self._sentence = sentence
        self._place_start = place_start
        self.pending: Trigger | None = None

    def __iter__(self) -> Iterator[Trigger]:
        for trigger in self._triggers:
            if self.pending is None and attributive(self._sentence, trigger, self._place_start):
                self.pending = trigger
                continue
            yield trigger
        if self.pending is not None:
            trigger, self.pending = self.pending, None
            yield trigger
