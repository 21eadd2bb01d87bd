"""Places taken back as "them": a control verb whose object is a plural pronoun standing for the
places named just before it in the same sentence ("launched an operation in X and Y districts
and retook them"; "Z and W, which the militants had overrun, were attacked and forces regained
control over them").

Without this the verb after the places is no verb about them (they are not its subject), and
only the fighting before them is read. "them" stands for people as often ("surrounded the
fighters and captured them"): it is read as the places only when no people word stands between
the places and the verb, and a plain capture ("captured them") is never read so, only a capture
of control ("took control of them") or a retake ("recaptured them").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import CAPTURE, FALL, HANDOVER, LOSE, RETAKE, Trigger

_REACH = 160  # characters between the last place and the verb
_CONTROL_THEM = re.compile(r"\s+(?:(?:full|complete|back)\s+)?(?:control\s+(?:of|over)\s+)?them\b")
_PLAIN_THEM = re.compile(r"\s+them\b(?!\s+(?:to|in|into|at|as)\b)")
_OF_THEM = re.compile(r"\s+(?:of|over)\s+them\b")
_CHANGES = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)
_PART_BEFORE = re.compile(
    r"\b(?:checkpoints?|check\s+posts?|posts?|outposts?|bases?|villages?|positions?|areas?|parts?|outskirts|hills?|roads?)"
    r"\s+(?:\w+\s+){0,2}?(?:in|near|of|around|outside|close\s+to)\s+(?:the\s+)?$"
)
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
