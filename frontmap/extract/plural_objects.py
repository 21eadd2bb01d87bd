"""Places taken back as "them": a control verb whose object is a plural pronoun standing for the
places named just before it in the same sentence ("launched an operation in X and Y districts
and retook them"; "Z and W, which the militants had overrun, were attacked and forces regained
control over them").

Without this the verb after the places is no verb about them (they are not its subject), and
only the fighting before them is read. "them" stands for people as often ("surrounded the
fighters and captured them"): it is read as the places only when no people word stands between
the places and the verb, and a plain capture ("captured them") is never read so, only a capture
of control ("took control of them") or a retake ("recaptured them").

A capture in a participle set off after the list ("pushed into X and Y on Friday, seizing both",
"attacked X, Y and Z, capturing all three", "taking them") takes every place the verb before
listed: the participle shares that verb's subject, and "both" or "all three" can only stand for
the places. "seizing both the prison and the police station" names objects of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import CAPTURE, FALL, HANDOVER, LOSE, RETAKE, Trigger
from frontmap.status import TALIBAN

_REACH = 160  # characters between the last place and the verb
_CONTROL_THEM = re.compile(r"\s+(?:(?:full|complete|back)\s+)?(?:control\s+(?:of|over)\s+)?them\b")
_PLAIN_THEM = re.compile(r"\s+them\b(?!\s+(?:to|in|into|at|as)\b)")
_OF_THEM = re.compile(r"\s+(?:of|over)\s+them\b")
_CHANGES = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)
_PART_BEFORE = re.compile(
    r"\b(?:checkpoints?|check\s+posts?|posts?|outposts?|bases?|villages?|positions?|areas?|parts?|outskirts|hills?|roads?)"
    r"\s+(?:\w+\s+){0,2}?(?:in|near|of|around|outside|close\s+to)\s+(?:the\s+)?$"
)
_PART_IN_LIST = re.compile(_PART_BEFORE.pattern[:-1])
# ", seizing both", ", capturing all three", ", taking them all" (a comma is two spaces in the view)
_PARTICIPLE_ALL = re.compile(
    r"\s\s(?P<verb>seizing|capturing|taking|overrunning)\s+(?:both|all\s+(?:two|three|four|five|six|seven|of\s+them)|them(?:\s+all|\s+both)?|each\s+of\s+them)"
    r"(?:\s+(?:cities|towns|districts|capitals|centres|centers))?(?=\s*$|\s\s|\s+(?:on|in|after|within|by|before|without|with|later|hours|that|and)\b)"
)
_LISTED = re.compile(r"\w(?:\s\s|\s+and\s+)\w")  # the place one of a list ("X and Y", "X, Y")
# a plural "them" for people: a word for fighters, troops or people between the places and the verb
_PEOPLE = re.compile(
    r"\b(?:taliban|militants?|insurgents?|fighters?|soldiers?|troops?|forces?|men|members?|people|civilians?"
    r"|officials?|prisoners?|commanders?|police(?:men)?|guards?|residents?|families|villagers?|hostages?|leaders?)\b"
)


def verb_taking_them(view: str, triggers: Sequence[Trigger], place: tuple[int, int]) -> Trigger | None:
    """Return the capture or retake trigger whose object "them" stands for the place at `place`
    (start, end in the sentence whose text view is `view`), else None. The place must not already
    be the object of a change of hands before it ("overran X and Y ... retook them": two events)
    nor locate a part ("checkpoints near X ... retook them": the checkpoints)."""
    start, end = place
    participle = _participle_taking_all(view, place)
    if participle is not None:
        return participle
    for trigger in triggers:  # in text order: every change before the place comes before any verb after it
        if trigger.start <= start and trigger.end <= start and trigger.kind in _CHANGES:
            return None
        if trigger.start < end or trigger.nominal:
            continue
        if trigger.start - end > _REACH or _PEOPLE.search(view, end, trigger.start):
            return None
        if _takes_them(view, trigger):  # the part test last: most places have no verb taking "them"
            return None if _PART_BEFORE.search(view, max(0, start - 60), start) else trigger
    return None


def _takes_them(view: str, trigger: Trigger) -> bool:
    """Return True when `trigger` governs "them" as a place ("retook them", "regained control of
    them"; for a plain capture only "took control of them")."""
    if trigger.kind in (CAPTURE, RETAKE) and "control" in trigger.text.lower():  # "regained control" is one trigger
        return bool(_PLAIN_THEM.match(view, trigger.end) or _OF_THEM.match(view, trigger.end))
    if trigger.kind == RETAKE:
        return bool(_CONTROL_THEM.match(view, trigger.end) or _PLAIN_THEM.match(view, trigger.end))
    return False


def _participle_taking_all(view: str, place: tuple[int, int]) -> Trigger | None:
    """Return the capture of a participle set off after the list holding the place at `place`
    ("X and Y on Friday, seizing both"), read as a trigger, else None."""
    start, end = place
    match = _PARTICIPLE_ALL.search(view, end, end + _REACH) if "ing" in view[end : end + _REACH] else None
    if match is None or _PEOPLE.search(view, end, match.start()) or not _LISTED.search(view[max(0, start - 40) : match.start()]):
        return None
    if _PART_IN_LIST.search(view, max(0, start - 80), start):  # "checkpoints in X and Y, seizing both"
        return None
    return Trigger(match.start("verb"), match.end("verb"), match.group("verb"), TALIBAN, 0.85, False, CAPTURE)
