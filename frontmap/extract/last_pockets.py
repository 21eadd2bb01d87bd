"""The last pocket of a side's control, handed over or taken: the place's remaining ground changing hands.

"The surrender ceded the last pocket of government control in X to the Taliban", "the insurgents
seized the last area still held by the army in X": the holding words only describe what changed
hands (the ground the losing side still had), so they say nothing of who holds X now, and the
change takes the whole of X, since the last of it went. So does "seized the rest of X" or "took control
of the remaining areas of X": taking what was left of a place is its capture, where "captured parts
of X" stays a fight for it. A hold told as a state ("X remained the
last pocket of government control in the province") has no change verb before it and stays one.
"""

from __future__ import annotations

import re

__all__ = ["is_a_last_pocket", "rest_beside_a_hold", "whole_rest_before", "without_last_pocket"]

_AREA = r"(?:pockets?|islands?|areas?|parts?|territor(?:y|ies)|stretch(?:es)?|enclaves?|strongholds?|bastions?|footholds?|neighbou?rhoods?)"
_SIDE = r"(?:the\s+)?(?:government|state|army|taliban|insurgent|militant)"
# a change verb with the last of some ground as its object: "ceded the last", "seized its remaining"
_CHANGE_OF_LAST = (
    r"\b(?:ced(?:e|ed|es|ing)|hand(?:ed|s|ing)?(?:\s+over)?|surrender(?:ed|s|ing)?|g(?:ave|ive|iven|iving)\s+up|yield(?:ed|s|ing)?"
    r"|los(?:t|e|es|ing)|captur(?:ed|e|es|ing)|seiz(?:ed|e|es|ing)|overr[au]n|took|tak(?:en|es|ing)|retook|recaptur(?:ed|e|es|ing))"
    r"\s+(?:over\s+)?(?:control\s+of\s+)?(?:(?:the|its|their)\s+(?:last|final|remaining)|an?|some|several|(?:the|its|their)\s+(?:last|final)\s+(?:two|three|few))\s+(?:\w+\s+){0,2}?"
)
# the words before the holding word: "the last pocket of government" (control), "the last area" (under
# ... control, held by), "the last government" (held)
_BEFORE_HOLD = re.compile(_CHANGE_OF_LAST + rf"(?:{_AREA}\s+(?:still\s+)?(?:of\s+{_SIDE}\s+)?|{_SIDE}\s+)$")
_HOLD_WORDS = ("control", "under ", "held", "run by", "controlled")
# between the change verb and the place, once compounds are dropped: "the last pocket of government
# control in", "the remaining areas held by the army in", "a pocket of government control in"
_POCKET_GAP = re.compile(
    rf"^\s*(?:of\s+)?(?P<last>(?:the|its|their)\s+(?:last|final|remaining)\s+)?(?:\w+\s+){{0,2}}?{_AREA}"
    rf"(?P<holder>\s+(?:of|under)\s+{_SIDE}\s+control|\s+(?:still\s+)?(?:held|controlled|run)\s+by\s+{_SIDE}(?:\s+forces)?)?\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "seized the rest of X", "took control of the remainder of the city of X": all that was left of it
_REST_GAP = re.compile(r"^\s*(?:of\s+)?(?:the|its|their)\s+(?:rest|remainder)\s+of\s+(?:the\s+)?$", re.IGNORECASE)

# a seat or base the sentence says a side still holds: "forces still control the district centre",
# "the governor's compound remains in government hands"
_SEAT = r"(?:cent(?:re|er)|headquarters|compound|governor s office|base|garrison|airport)"
_STILL_HELD = re.compile(
    rf"\b(?:still|yet)\s+(?:control|controls|controlled|hold|holds|held)\s+(?:the\s+|its\s+)?(?:\w+\s+){{0,2}}?{_SEAT}\b"
    rf"|\b{_SEAT}\s+(?:\w+\s+){{0,3}}?(?:remains?|remained|is|was)\s+(?:still\s+)?(?:in|under)\s+(?:government|army|afghan)\b"
)


def rest_beside_a_hold(view: str, gap: str) -> bool:
    """Return True when `gap` takes "the rest of" a place and the sentence (`view`, its padded
    lower-case view) says a seat of it is still held ("still control the district centre of X, a
    week after the Taliban overran the rest of the district"): the rest is all but that seat, a part."""
    return bool(_REST_GAP.match(gap)) and _STILL_HELD.search(view) is not None


# "the rest of X fell", "the remainder of the city was overrun": a subject naming what was left of it
_REST_BEFORE = re.compile(r" (?:the|its|their) +(?:rest|remainder) +of +(?:the +)?(?:\w+ +){0,2}$")


def whole_rest_before(before: str, view: str, end: int | None) -> bool:
    """Return True when `before` (the padded lower-case words before a place ending at `end` of
    `view`) names "the rest of" a town or district and the sentence says no seat of it is still held
    ("the rest of the city fell"): what was left of it went, so its change is the whole place's, as
    "seized the rest of X" is. The rest of a province is all but the town named beside it, a part."""
    return (_REST_BEFORE.search(before) is not None and _STILL_HELD.search(view) is None
            and end is not None and not view.startswith(" province", end) and not view.endswith("province", 0, end))


def is_a_last_pocket(view: str, start: int) -> bool:
    """Return True when the holding word at `start` of `view` (a sentence's padded lower-case view)
    describes the ground a change verb before it hands over or takes ("ceded the last pocket of
    government control in X", "seized a pocket of government control in X")."""
    if not view.startswith(_HOLD_WORDS, start):
        return False
    return _BEFORE_HOLD.search(view, max(0, start - 90), start) is not None


def without_last_pocket(gap: str) -> str:
    """Return `gap` (the words between a change verb and its place) as a bare space when they name
    the last ground a side had there ("the last pocket of government control in": the whole place),
    without the holding words when they name some of it ("a pocket in": a part), else unchanged."""
    if _REST_GAP.match(gap):
        return " "
    pocket = _POCKET_GAP.match(gap)
    if pocket is None:
        return gap
    if pocket.group("last"):
        return " "
    return gap[: pocket.start("holder")] + gap[pocket.end("holder") :] if pocket.group("holder") else gap
