"""Voiced sides: "the enemy" and "our forces" name a side only through the one speaking.

Each side calls the other "the enemy" and its own men "our forces": "the enemy fled X and our
forces control it" is a government hold when a police chief says it and the Taliban's gain when
their spokesman does. Read alone, `frontmap.extract.roles` takes "enemy" for the Taliban and
"forces" for the government (an official's words, the common case); in a sentence the Taliban
speak (their spokesman, their statement, "the Taliban said") the two are turned around.
"""

from __future__ import annotations

import re

from frontmap.extract.enemies import taliban_voice
from frontmap.status import GOVERNMENT, TALIBAN

_ENEMY = re.compile(r"enem(?:y|ies)$")
_OUR_BEFORE = re.compile(r" our +(?:own +)?$")
# the verb that reports the words, and how far before it the speaker's name and title reach
# ("the Taliban also said", "Taliban spokesman Zabihullah Mujahid said"): one sentence has one speaker per quote
_REPORTING = re.compile(r"\b(?:said|says|say|told|wrote|tweeted|added|claimed|announced)\b")
_SPEAKER_REACH = 60


def voiced_side(padded: str, start: int, actor: str, side: str) -> tuple[str, bool]:
    """Return the side of the actor word `actor` starting at `start` of `padded` (the lower-case
    sentence with one leading space), given the `side` it names alone, and whether the speaker
    decided it: the government for "the enemy" and the Taliban for "our forces" in a sentence the
    Taliban speak; else `side` unchanged and False."""
    enemy = _ENEMY.search(actor) is not None
    ours = not enemy and _OUR_BEFORE.search(padded, max(0, start - 10), start + 1) is not None
    if not (enemy or ours) or not taliban_voice(_speaker(padded, start)):
        return side, False
    return (GOVERNMENT if enemy else TALIBAN), True


def _speaker(padded: str, start: int) -> str:
    """Return the words that name who says the words at `start`: those before the first reporting
    verb after it ("...," Taliban spokesman X said), else the sentence before it ("the Taliban
    said our forces ...")."""
    verb = _REPORTING.search(padded, start)
    if verb is None:
        return padded[:start]
    return padded[max(start, verb.start() - _SPEAKER_REACH) : verb.end()]
