"""The place of a second verb with a day of its own: "broke into X late on Saturday and by early
Sunday were battling troops around the main square".

A place that is the object of a verb of entering, attacking or taking stays what a second verb,
coordinated with the first by "and" and given its own day ("and by midday Monday had overrun the
district headquarters", "and on Sunday were fighting in its streets"), is about, when that second
verb names no place of its own: the fight went on in the same place on the later day. The place is
read a second time where the second verb's subject would stand, as a reference to it, so each day
is an event (`gapped_subjects` reads the same for a place that is the subject of both verbs).
A second verb whose object is a wider unit ("and on Monday seized the rest of the province") is
about that unit, not the place again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frontmap.extract.triggers import CAPTURE, ENTER, FIGHT, Trigger

# between the first verb and its object: "the", "control of", "the northern city of"
_OBJECT_GAP = re.compile(r" *(?:(?:the|a|control|of|key|strategic|northern|southern|eastern|western|provincial|capital|city|town|district) +){0,5}")
# after the object: a few words with no punctuation (a comma is a double space in the view), then
# "and", the second verb's own day ("by early sunday", "on monday", "by midday monday"), its auxiliary
_SECOND_DAY = re.compile(
    r"(?: +[a-z0-9]+){0,6}? +and +(?:then +)?"
    r"(?:by|on|late|early)(?: +(?:on|early|late|midday|noon|evening|morning|nightfall|the))* +"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: +(?:morning|afternoon|evening|night))? +"
    r"(?P<aux>(?:(?:were|was|had|have)(?: +been)? +)?(?:(?:\w+ly|also|still) +)?)$"
)
# right before the second verb's subject position: "and by early sunday ", the second verb's own day
_OWN_DAY_BEFORE = re.compile(
    r"\band +(?:then +)?(?:by|on|late|early)(?: +(?:on|early|late|midday|noon|evening|morning|nightfall|the))* +"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: +(?:morning|afternoon|evening|night))? +$"
)
# what the insurgents go on to do there: a withdrawal or a hold tells of another side ("and by Sunday had pulled out")
_KINDS = (ENTER, FIGHT, CAPTURE)
# the second verb's own object, wider than the place: "the rest of the province", "the whole country", "its districts"
_WIDER_OBJECT = re.compile(
    r" +(?:(?:the|its) +)?(?:(?:rest|whole|remainder|most|all|much) +of +(?:the +|its +)?)?(?:entire +|whole +)?"
    r"(?:province|provinces|country|region|countryside|districts)\b"
)
_REACH = 110  # characters from the end of the first verb to the second


def second_objects(view: str, triggers: Sequence[Trigger], named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (i, position) for each place `named[i]` = (start, end) that is the object of a verb of
    entering, fighting or taking followed by a second verb with its own day and no place of its own
    (`view` the sentence's lower-case view, `triggers` its triggers): `position` is where the
    second verb's subject would stand."""
    starts = [t.start for t in triggers]
    places = sorted(start for start, _ in named)
    found = []
    for n, (start, end) in enumerate(named):
        i = bisect.bisect_left(starts, start) - 1
        if i < 0 or i + 1 >= len(triggers):
            continue
        first, second = triggers[i], triggers[i + 1]
        if first.kind not in _KINDS or second.kind not in _KINDS or first.nominal or second.start - first.end > _REACH:
            continue
        if not _OBJECT_GAP.fullmatch(view, first.end, start):
            continue
        match = _SECOND_DAY.fullmatch(view, end, second.start)
        if match is None or "  " in view[end : second.start]:
            continue
        if _names_its_own_place(view, second, places) or _WIDER_OBJECT.match(view, second.end):
            continue
        found.append((n, match.start("aux")))
    return found


def _names_its_own_place(view: str, second: Trigger, places: Sequence[int]) -> bool:
    """Return True when a place is named after the second verb before its clause ends ("and by
    Sunday had taken Y"): that place is the second verb's."""
    i = bisect.bisect_left(places, second.end)
    if i >= len(places):
        return False
    return "  " not in view[second.end : places[i]]


def on_its_own_day(view: str, at: int) -> bool:
    """Return True when the reference at `at` (of a sentence's lower-case `view`) stands for a
    second verb's subject right after that verb's own day ("and by early sunday were ..."): its
    event is told again on another day, not the named one over again."""
    return _OWN_DAY_BEFORE.search(view, max(0, at - 60), at) is not None
