"""A clause after a verb's object that tells the object's past: "regained Khanabad, captured by the
Taliban in June", "recaptured Nahrin, which had fallen to the insurgents in July". The clause's
verb (a participle with its agent, or a past perfect) is history told to explain the object; the
verb before the place is the sentence's news and decides the place's status.

A relative clause in the simple past ("took X, which fell on Sunday") is left alone, as it often tells
the news itself, unless the verb before retakes the place (or drives its holders out) and the
clause tells its loss or an assault on it ("retook X, which the Taliban captured in June", "retook X,
which was stormed by the Taliban on Wednesday", "drove
them out of X, which they tried to storm last month"): those came first. An attempt to retake the
place is such a verb too ("tried on Tuesday to recapture X, which the insurgents overran last
week"): the fight for it is the news, its loss the history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract import clauses, gaps, roles
from frontmap.extract.triggers import CAPTURE, ENTER, EXPEL, FALL, FIGHT, HOLD, LOSE, RETAKE, Trigger

_NAME_TAIL = r"(?:\s+(?:district|city|town|province|cent(?:re|er)))*"
# ", which had fallen", ", which the Taliban had captured", ", that had been overrun"
_PERFECT_RELATIVE = re.compile(
    rf"{_NAME_TAIL}\s*,\s*(?:which|that)\b[^,;:.]{{0,50}}?\b(?:had|'d)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# ", captured by", ", briefly overrun by", " captured by": a participle straight after the place (a comma or none)
_PARTICIPLE_START = re.compile(rf"{_NAME_TAIL}\s*,?\s*(?:\w+ly\s+)?$", re.IGNORECASE)
# "expelled the militants from X", "pushed the insurgents out of X": the men driven out, then the place
_EXPELLED_FROM = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:from|out\s+of)\s+(?:the\s+)?", re.IGNORECASE)
_RELATIVE = re.compile(rf"{_NAME_TAIL}\s*,\s*(?:which|that)\b[^,;:.]{{0,50}}?", re.IGNORECASE)
_REDUCED_RELATIVE = re.compile(rf"{_NAME_TAIL}\s*,\s*(?:(?:\w+ly|first|briefly)\s+)?", re.IGNORECASE)  # "X, (briefly) lost"
_BY_AGENT = re.compile(r"(?:\s+(?:by|to)\b)", re.IGNORECASE)  # "captured by the Taliban", "lost to the insurgents"
_OBJECT_REACH = 60  # characters from the verb before the place to the place
_CHANGES = (CAPTURE, RETAKE, EXPEL)  # EXPEL: "drove the Taliban out of X"
# a noun attempt under way: "launched an operation to retake X" (not "flown in for an operation to retake X")
_LAUNCHED_BEFORE = re.compile(r"\b(?:launch|began|begun|start|mount|conduct|carr(?:ied|y)\s+out)\w*\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an attempt whose aim is a retaking: "tried to recapture", "battled on Friday to retake", "sought to oust the Taliban from"
_RETAKING_AIM = re.compile(r"\bto\s+(?:re\s?(?:captur|tak|gain|seiz|occup)|evict|expel|oust|dislodge|drive|push|clear)\w*(?:\s+\S+){0,4}$", re.IGNORECASE)


def object_verb_first(
    sentence: str, triggers: Sequence[Trigger], place: tuple[int, int], main: Trigger | None,
) -> Trigger | None:
    """Return the verb of change before the place at `place` that takes it as its object, when the
    place's own verb `main` (or, with none, the first verb after the place) stands in a clause of its
    history after it (see the module notes); else `main`."""
    told = main or next((t for t in triggers if t.start >= place[1]), None)  # "X, captured by ...": no verb of X's own
    if told is None or told.start < place[1]:
        return main
    before = [t for t in triggers if t.end <= place[0] and place[0] - t.end <= _OBJECT_REACH]
    if not before or not _changes_hands(sentence, before):
        return main
    if not _history_clause(sentence, place[1], told) and not _loss_undone(sentence, place[1], before, told):
        return main
    verb = before[-1]
    spans = clauses.clause_spans(sentence)
    if clauses.clause_of(spans, place[0]) != clauses.clause_of(spans, verb.start):
        return main  # "..., the former retaken by X and the latter overrun by Y": the place opens a clause of its own
    gap = sentence[verb.end : place[0]]
    whole = gaps.object_kind(gap, verb.nominal) == roles.WHOLE or (verb.kind == EXPEL and _EXPELLED_FROM.fullmatch(gap) is not None)
    return verb if whole else main


def _history_clause(sentence: str, end: int, verb: Trigger) -> bool:
    """Return True when `verb`, after the place ending at `end`, is a past perfect in a relative
    clause or a participle with its agent ("captured by")."""
    gap = sentence[end : verb.start]
    if _PERFECT_RELATIVE.fullmatch(gap):
        return True
    agent = verb.text.lower().endswith((" by", " to")) or _BY_AGENT.match(sentence, verb.end) is not None
    return agent and _PARTICIPLE_START.fullmatch(gap) is not None


def _loss_undone(sentence: str, end: int, before: Sequence[Trigger], told: Trigger) -> bool:
    """Return True when the last of `before` retakes the place or drives its holders out (or is the
    "control" a retaking takes) and `told`, in a relative clause after it, is the loss the retaking
    undoes or the assault it answers ("retook X, which the Taliban captured in June", "drove the
    Taliban out of X, which they tried to storm last month", "retook X, lost last week,"): it came first."""
    retaking = before[-1].kind in (RETAKE, EXPEL) or _retaking_attempt(sentence, before[-1]) or (before[-1].kind == HOLD and len(before) > 1 and before[-2].kind == RETAKE)
    if retaking and told.kind in (CAPTURE, LOSE) and _REDUCED_RELATIVE.fullmatch(sentence, end, told.start):
        return True  # "retook X, lost a week earlier, on Sunday": the participle tells the loss undone
    # ENTER: "which was stormed by"; HOLD: "tried to retake X, which the insurgents have held since July 3"
    return retaking and told.kind in (CAPTURE, FALL, FIGHT, ENTER, HOLD) and _RELATIVE.fullmatch(sentence, end, told.start) is not None


def _changes_hands(sentence: str, before: Sequence[Trigger]) -> bool:
    """Return True when the last of `before` is a verb of capture or retaking, or the "control"
    such a verb takes ("regained control of")."""
    verb = before[-1]
    if verb.kind in _CHANGES or _retaking_attempt(sentence, verb):
        return True
    return len(before) > 1 and before[-2].kind in _CHANGES and not sentence[before[-2].end : verb.start].strip()


def _retaking_attempt(sentence: str, verb: Trigger) -> bool:
    """Return True when `verb` is a fight that is an attempt to retake ("tried to recapture"); a
    noun only when launched ("launched an operation to retake", not "flown in for an operation to retake": a plan)."""
    if verb.kind != FIGHT or _RETAKING_AIM.search(verb.text) is None:
        return False
    return not verb.nominal or _LAUNCHED_BEFORE.search(sentence, max(0, verb.start - 40), verb.start) is not None
