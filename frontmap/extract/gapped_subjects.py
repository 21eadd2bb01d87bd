"""The unspoken subject of a second verb: "X fell on Wednesday but was retaken on Friday".

A place that is the subject of a verb of control keeps being the subject of a verb coordinated
with it by "and" or "but" ("... and was overrun on Tuesday", "... but fell back into Taliban
hands"). When the first verb has a day of its own, or "but" sets the second against it, each
verb is an event: the place is read a second time where the second verb's subject would stand,
as a reference to it (the chain of `frontmap.extract.chains` keeps only the last verb otherwise).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frontmap.extract.chains import DAY_IN_GAP, past_form
from frontmap.extract.triggers import CAPTURE, FIGHT, HOLD, RETAKE, Trigger

# between the place and its own verb: a unit word, an auxiliary, an adverb
_SUBJECT_GAP = re.compile(
    r" *(?:(?:district|city|town|province|centre|center|crossing|base)s? +)?"
    r"(?:(?:of|in) +[a-z’'-]+(?: +province)? +)?(?:(?:has|had|have|was|were|is|are)(?: +been)? +)?(?:(?:\w+ly|also|then|briefly|first) +)?"
    r"(?:(?:came|come|comes) +(?:under +(?:[a-z]+ +){0,3}?)?)?$"  # "X district of Y came under a heavy night assault"
)
# "..., and then was", "but was later", "and had been": the conjunction, then the second verb's auxiliary
_CONJUNCT = re.compile(
    r"(?P<tail>(?: +[a-z0-9]+){0,7}?) +(?P<conj>and|but) +(?:(?:then|later|eventually|subsequently|soon|afterwards|again) +)?"
    r"(?P<aux>(?:(?:was|were|had|has|have)(?: +been)? +|(?P<now>is|are) +)?(?:(?:\w+ly|later|again|soon|then|now|still) +)?)"
    r"(?P<state>(?:back +)?(?:in|under) +(?:[a-z]+ +){0,2})?$"  # "and is now back in government hands"
)
# between a verb and its object: "the", "control of", "the key districts of"
_OBJECT_GAP = re.compile(r" *(?:(?:the|a|control|over|of|key|strategic|remote|neighbouring|nearby|districts?|cities|city|towns?|[a-z]+ern) +){0,5}")
_REACH = 90  # characters from the end of the first verb to the second
_JOINED = re.compile(r"(?: +districts?)? *(?:  |  and +| +and +)")  # ", " (a comma is a space in the view) or " and "


def second_subjects(sentence: str, view: str, triggers: Sequence[Trigger], named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (i, position) for each place `named[i]` = (start, end) that is the subject of a verb of
    control followed by a second verb coordinated with it (`sentence`'s `triggers`; `view` its
    lower-case view): `position` is where the second verb's subject would stand."""
    starts = [t.start for t in triggers]
    found = []
    for n, end in enumerate(_list_ends(view, named)):
        i = bisect.bisect_left(starts, end)
        if i + 1 >= len(triggers) or not _SUBJECT_GAP.fullmatch(view, end, triggers[i].start):
            continue
        if _object_of_verb_before(view, triggers, _list_starts(view, named)[n]):
            continue  # "overran X, Y and Z, then attacked W but were repelled": the captors are the subject
        at = _second_verb_subject(sentence, view, triggers[i], triggers[i + 1])
        if at is not None:
            found.append((n, at))
    return found


def _list_ends(view: str, named: Sequence[tuple[int, int]]) -> list[int]:
    """Return, for each place in `named` (in text order), where the run of names it opens ends
    ("X, Y and Z districts fell": Z's end for all three)."""
    ends = [end for _, end in named]
    for n in range(len(named) - 2, -1, -1):
        if _JOINED.fullmatch(view, named[n][1], named[n + 1][0]):
            ends[n] = ends[n + 1]
    return ends


def _list_starts(view: str, named: Sequence[tuple[int, int]]) -> list[int]:
    """Return, for each place in `named` (in text order), where the run of names it belongs to starts."""
    starts = [start for start, _ in named]
    for n in range(1, len(named)):
        if _JOINED.fullmatch(view, named[n - 1][1], named[n][0]):
            starts[n] = starts[n - 1]
    return starts


def _object_of_verb_before(view: str, triggers: Sequence[Trigger], start: int) -> bool:
    """Return True when the run of names starting at `start` is the object of a capture or a
    retaking told right before it ("overran X", "retook the districts of X"): not a subject."""
    before = [t for t in triggers if t.end <= start and t.kind in (CAPTURE, RETAKE) and not t.nominal]
    return bool(before) and _OBJECT_GAP.fullmatch(view, before[-1].end, start) is not None


def _second_verb_subject(sentence: str, view: str, first: Trigger, second: Trigger) -> int | None:
    """Return where the subject of `second` would stand when it is coordinated with `first` as a
    separate event (a day after the first, or "but"), else None."""
    if second.start - first.end > _REACH or any(c in ";:()" for c in sentence[first.end : second.start]):
        return None
    match = _CONJUNCT.fullmatch(view, first.end, second.start)
    if match is None or "  " in match.group("tail"):  # punctuation shows as a double space: a new clause inside the tail
        return None
    if (second.kind == HOLD) != bool(match.group("now")) or (match.group("state") and second.kind != HOLD):
        return None  # a state told in the present is one of now ("... on Sunday and is still held by"); a past hold a step
    if match.group("conj") != "but" and not DAY_IN_GAP.search(match.group("tail")):
        return None
    if first.kind == FIGHT and second.kind == FIGHT:
        return None  # "attacked on Monday and shelled on Tuesday": one fight
    if not match.group("aux") and not past_form(view, second):
        return None  # "and clashes are now reported": a new subject, not a second verb
    return match.start("aux")
