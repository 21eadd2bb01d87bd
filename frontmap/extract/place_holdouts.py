"""A place that holds: "Farkhar holds", "X held out", the place itself the subject of a bare hold.

Headlines and quick clauses make the place the subject: "Taliban capture Rustaq; Farkhar holds",
"the Taliban took Y, but X held out". Whoever acted in the clause before is not the holder: "X held
out" is its defenders holding it, and a bare "X holds" is never the Taliban's hold. The hold is bare
(no object after it: "X holds talks" is no hold) and its subject is the place alone, not men
named in it ("Taliban fighters in X held out").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors

_BARE_HOLD = re.compile(r"h(?:olds?|eld|olding)(?: +(?:out|on|firm))?")
# what may stand between the place and its verb: "X still holds", "X has held out", "X city held"
# (past an aside between commas, two spaces each side in the view: "X, 30 km east of Y, held out")
_GAP = re.compile(r"(?:  (?:[\w'’-]+ ){0,8}?[\w'’-]+  | +)(?:(?:city|town|district|still|has|have|had|is|was|were|are|so|far|continues +to|continued +to) +)*")
# no object after the verb: the clause ends, or a phrase of against whom or how long
_NO_OBJECT = re.compile(r" *(?:  |;|$| +(?:against|despite|amid|for|as|while|but|under|after|so|until|and(?= +(?:[a-z]+ +){0,3}?(?:was|were|is|had|has|fell)\b)|in +the +face|overnight|on +(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\w+ +\d))\b)")  # "X held on Monday"
# where the subject starts: the clause's opening, a semicolon or comma, or a joining word
_OPENING = re.compile(r"(?:^|  |;| but | while | and | as | yet | whereas | though | although )")
# a preposition before the place: the place locates the subject, it is not the subject
_PREPOSITION = re.compile(r" (?:in|at|near|of|from|inside|around|outside|into|across|within|over|to)$")
# what sets the holding place against another's fate told before it: "Y fell, while X held", "one
# fell; the other, X, held", "three fell. The fourth, X, held"
_CONTRAST_BEFORE = re.compile(
    r"(?:;|\b(?:while|but|whereas|yet)\b|\bthe +(?:other|remaining|second|third|fourth|fifth|last)\b)(?:(?!;|\b(?:and|while|but)\b).){0,50}$"
)
_CONTRAST_AFTER = re.compile(r" *(?:  )?(?:while|whereas|but) ")  # "X held while Y fell"
_FIGHT_AFTER = re.compile(r"\b(?:against|despite|amid|under)\b")  # "held against heavy attacks": the fight tells


def holds_itself(trigger_text: str, view: str, place_end: int, start: int, end: int, actors: Actors) -> bool:
    """Return True when the place ending at `place_end` is the subject of the bare hold trigger
    [`start`, `end`) ("Farkhar holds", "X held out against the Taliban")."""
    if place_end < 0 or place_end > start or not _BARE_HOLD.fullmatch(trigger_text.lower()):
        return False
    if not _GAP.fullmatch(view, place_end, start) and place_end != start:
        return False
    if not _NO_OBJECT.match(view, end):
        return False
    opening = max((m.end() for m in _OPENING.finditer(view, 0, place_end)), default=0)
    subject = view[opening:place_end]
    words = subject.split()
    if not words or len(words) > 5 or actors.inside(opening, place_end) is not None:
        return False
    return not any(_PREPOSITION.search(" " + " ".join(words[: i + 1])) for i in range(len(words)))


def contrasted_hold(trigger_text: str, view: str, place_end: int, end: int) -> bool:
    """Return True when the bare hold of a place ending at `place_end` ("held", "holds firm", not
    "held out") is set against another place's fate ("Y fell, while X held", "the other, X, held",
    "X held while Y fell") and no fight follows it: its defenders hold it."""
    text = trigger_text.lower()
    if text.endswith((" out", " on", " in")) or _FIGHT_AFTER.search(view, end, end + 12):
        return False
    return _CONTRAST_BEFORE.search(view, max(0, place_end - 60), place_end) is not None or _CONTRAST_AFTER.match(view, end) is not None
