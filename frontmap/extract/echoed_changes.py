"""A change told again by "that of": "The capture of Farah on Tuesday came two days after that of
Taloqan", "the seizure of X followed that of Y a day earlier". The pronoun stands for the noun of
change before it ("capture", "fall", "loss" ...), so the name after it is taken, lost or retaken
the same way, on a day of its own (`frontmap.extract.dates` reads "two days after", "a day earlier").

Only a name right after the pronoun counts (its first letter capitalised), and only with a noun of
change earlier in the same sentence: "a population twice that of Kabul" tells nothing.
"""

from __future__ import annotations

import dataclasses
import re

from frontmap.extract.triggers import CAPTURE, FALL, LOSE, RETAKE, Trigger

_ECHO = re.compile(r"\b(?:that|those)\s+of\s+(?=(?:the\s+)?[A-Z])")
_KINDS = (CAPTURE, FALL, LOSE, RETAKE)  # the nouns of a change of hands a pronoun may stand for


def with_echoes(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Return `triggers` (of `sentence`, in order) with a trigger added for each "that of" before a
    name that stands for an earlier noun of change ("the fall of X came after that of Y"): the
    noun's kind, status and weight, on the pronoun's words."""
    if " of " not in sentence or not any(t.nominal and t.kind in _KINDS for t in triggers):
        return triggers
    added = []
    for match in _ECHO.finditer(sentence):
        noun = next((t for t in reversed(triggers) if t.end <= match.start() and t.nominal and t.kind in _KINDS), None)
        if noun is not None and not any(t.start < match.end() and match.start() < t.end for t in triggers):
            added.append(dataclasses.replace(noun, start=match.start(), end=match.end() - 1, text=sentence[match.start() : match.end() - 1]))
    return sorted(triggers + added, key=lambda t: t.start) if added else triggers
