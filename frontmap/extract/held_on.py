"""Holding told against a claim: "The Taliban said they took X, but the government insists it
remains in control", or in the next sentence "Officials insisted it was still in government hands".

The answer to a claim often names no place ("it", "our forces still hold it"): its hold is about
the place claimed, which is then the government's by the officials' word besides claimed
(`frontmap.extract.fought_on` reads such answers, and the fighting told the same way). A hold
said in so many words to be the government's ("still in government hands") counts whoever
speaks; a bare "remains in control" or "still control it" needs a government side right before
it, with no Taliban word between; "in control of the Taliban" ("all government buildings are in
control of the Taliban") is the insurgents' hold, no answer for the government.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.fought_on import DraftT, copies_answering
from frontmap.extract.held_parts import PART_HOLD, part_follows
from frontmap.extract.negative_subjects import negative_subject
from frontmap.extract.open_questions import open_question
from frontmap.extract.standing import still_run
from frontmap.status import CONTESTED, GOVERNMENT

_STILL = still_run(0)
_STANDING = re.compile(r" " + _STILL)
# "it remains in government hands", "the city is still under the control of security forces"
_GOVERNMENT_HOLD = re.compile(
    r" " + _STILL + r"(?:in|under)(?: +the)? +(?:full +)?(?:government|state|afghan +(?:government|forces|army)|security +forces)"
    r" +(?:hands|control)\b"
    r"| " + _STILL + r"under +(?:the +)?(?:full +)?control +of +(?:the +)?(?:government|afghan|security +forces|troops|army)\b"
)
# a hold with no side of its own: "remains in control", "still control it", "still hold the city", "had control"
_BARE_HOLD = re.compile(
    r" " + still_run(1) + r"in +(?:full +|firm +)?control\b(?! +of +(?:the +)?(?:taliban|insurgents|militants|fighters|group|mujahideen)\b)"
    r"| still +(?:control|controls|controlled|hold|holds|held) +(?:it|the +(?:city|town|district|area|centre|center))\b"
    # "insisted they still had control", "said its forces retained full control": control kept, not regained or lost
    r"| (?:still +)?(?:had|has|have|retain(?:ed|s)?|maintain(?:ed|s)?|kept|keeps?)(?: +(?:full|firm|complete|effective|overall))? +control\b"
    r"(?! +(?:of|over) +(?:the +)?(?:taliban|insurgents|militants|fighters|group|mujahideen)\b)"
)
_GOVERNMENT_SIDE = re.compile(
    r" (?:government|officials?|authorities|ministry|governor|police|army|forces|troops|commandos|commanders?|soldiers|kabul)\b"
)
_TALIBAN = re.compile(r" (?:taliban|insurgents|militants|mujahid|fighters|the +group|armed +group)\b")
_POSSESSIVE_BEFORE = re.compile(r" (?:its|their)$")
_NOT_BEFORE = re.compile(r" (?:no +longer|not|never|n t)(?: +\w+){0,2} +$")


def held_by_government(view: str, start: int = 0) -> bool:
    """Return True when the view (from `start`) says a place is held by the government: in so
    many words ("still in government hands"), or by a bare hold ("insists it remains in control")
    after a government side with no Taliban word between; not a hold denied ("no longer"), nor
    one of its buildings only ("retained control of the airport": `frontmap.extract.held_parts`)."""
    padded = " " + view
    for match in _GOVERNMENT_HOLD.finditer(padded, start):
        if not _denied_hold(padded, start, match.start()):
            return True
    return _bare_hold(padded, start, parts=False)


def held_in_part(view: str, start: int = 0) -> bool:
    """Return True when the view (from `start`) says the government, with no Taliban word between,
    still holds buildings, a base or a field of a place ("troops still hold the airport"), not
    the place itself."""
    return _bare_hold(" " + view, start, parts=True)


def _bare_hold(padded: str, start: int, parts: bool) -> bool:
    """Return True when `padded` (from `start`) tells a bare hold after a government side, of
    buildings of a place when `parts`, else of the place itself."""
    holds = [*_BARE_HOLD.finditer(padded, start), *(PART_HOLD.finditer(padded, start) if parts else ())]
    for match in holds:
        if part_follows(padded, match.end()) != parts:
            continue
        before = padded[max(start, match.start() - 80) : match.start() + 1]
        sides = _owned_by_speaker(before, [(m.start(), True) for m in _GOVERNMENT_SIDE.finditer(before)] + [(m.start(), False) for m in _TALIBAN.finditer(before)])
        if sides and max(sides)[1] and not _denied_hold(padded, start, match.start()):
            return True
    return False


def _owned_by_speaker(before: str, sides: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """Return `sides` ((position, government?) in `before`) in text order, "its forces" or "their
    troops" given the side of the actor told before them ("the group said their forces remain in
    control": the group's own forces)."""
    owned: list[tuple[int, bool]] = []
    for at, government in sorted(sides):
        if government and owned and _POSSESSIVE_BEFORE.search(before, 0, at):
            government = owned[-1][1]
        owned.append((at, government))
    return owned


def _denied_hold(padded: str, start: int, at: int) -> bool:
    """Return True when the hold at `at` is denied: "no longer", a negative subject ("nowhere
    in the province is under government control", read up to the hold's standing words), or
    only asked about ("unable to determine which cities were still in government hands")."""
    if _NOT_BEFORE.search(padded, max(0, at - 30), at + 1) or open_question(padded[max(start, at - 200) : at + 1]):
        return True
    standing = _STANDING.match(padded, at)
    return negative_subject(padded, start, standing.end() if standing else at + 1)


def held_against_claims(drafts: Sequence[DraftT], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                        sentence_count: int) -> list[DraftT]:
    """Return `drafts` and, for each claim the same sentence (after a contrast) or the next one
    (naming no other place) answers with the government holding on, a government copy of it, or
    a contested one when it holds on to buildings of the place only (and not, in its own words, the place itself)."""
    text = (view_of, named_in, sentence_count)
    return copies_answering(copies_answering(drafts, text, held_by_government, GOVERNMENT), text, held_in_part, CONTESTED, unless=GOVERNMENT)
