"""Fighting told as the way a change came about, not as what happened to the place.

"The Taliban captured Lashkar Gah in a major assault on Helmand": the assault is how the capture
was made (and its object is the province), so the capture decides Lashkar Gah. A fight word that
follows the place after a preposition of manner or time ("in a ... assault", "amid heavy
fighting", "during clashes", "after days of fighting") is read only when no verb of change before
the place speaks of it, as is one before a list that verb includes ("have fallen in the latest
round of fighting, including X"); a fight word right after the place ("X, under attack since
Monday", "X attacked") is still read first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontmap.extract import last_standing, where_fights
from frontmap.extract.triggers import (
    CAPTURE,
    EXPEL,
    FALL,
    FIGHT,
    HANDOVER,
    HOLD,
    LOSE,
    RETAKE,
    Trigger,
)

_CHANGES = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER, EXPEL)
_WHEN = r"(?: +(?:on|late|early|last|this|in the|by|overnight|yesterday|today)(?: +(?:on|\w+day|night|morning|evening|afternoon))?)?"
_CIRCUMSTANCE = re.compile(
    r"(?: +(?:city|town|district|province|cent(?:re|er)))?" + _WHEN
    + r" +(?:in|during|amid|amidst|after|following|through|despite|with) +"
    r"(?:(?!(?:and|but|or|which|who|whom|where|while|when|that|as|was|were|is|are|has|had|have|been|said|says)\b)\w+ +){0,4}$"
)

# "... in the latest round of fighting, including X, Y and": the fight word then the list it ends before
_PHRASE_BEFORE = re.compile(r" (?:in|during|amid|amidst|after|following|through|despite) +(?:\w+ +){0,4}$")
_INCLUDED_AFTER = re.compile(
    r"(?: +(?:with|against|by|in|across|around) +(?:\w+ +){1,3}?)? +(?:including|among +them|such +as|namely)\b[\w '’-]{0,80}"
)


def is_circumstance(view: str, place_end: int, trigger: Trigger) -> bool:
    """Return True when `trigger` is a fight word after the place that a preposition makes the
    manner or time of the clause's verb ("X in a major assault on Y", "X amid heavy fighting")."""
    return trigger.kind == FIGHT and trigger.start >= place_end and bool(_CIRCUMSTANCE.fullmatch(view, place_end, trigger.start))


# "(reported that) as a result of Taliban attacks, the city of X fell", "after days of clashes, X was
# overrun": a fronted phrase of cause or time, its fight noun, then the comma before the subject
_FRONTED_OPENER = re.compile(r"\b(?:as\s+a\s+result\s+of|after|following|amid|amidst|despite|in\s+spite\s+of|because\s+of|due\s+to)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# after the comma, a report frame and "control of" may stand before the subject, and so may the
# names listed before it: "Following the clashes, it was reported that control of X, Y and Z passed to"
_FRONTED_GAP = re.compile(
    r"[\w’' -]{0,25},\s+(?:it\s+(?:was|has\s+been|is)\s+(?:reported|said|confirmed)\s+that\s+)?"
    r"(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+(?:(?:city|town|district|provincial\s+capital)\s+of\s+)?)?"
    r"(?:(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,6}", re.IGNORECASE)


def is_fronted_circumstance(sentence: str, place_start: int, trigger: Trigger) -> bool:
    """Return True when `trigger` is a fight noun in a fronted phrase of cause or time whose comma
    the place of the `sentence` (its text, commas kept) follows as the subject ("as a result of
    Taliban attacks, the city of X fell"): the verb after the place decides it, not the fight that
    brought it about."""
    if trigger.kind != FIGHT or trigger.end > place_start or not _FRONTED_GAP.fullmatch(sentence, trigger.end, place_start):
        return False
    return _FRONTED_OPENER.search(sentence, max(0, trigger.start - 60), trigger.start) is not None


def is_circumstance_before(view: str, place_start: int, trigger: Trigger) -> bool:
    """Return True when `trigger` is a fight word in a phrase of manner or time that a list the
    clause's verb includes follows ("have fallen to the insurgents in the latest round of fighting,
    including X"): the list is the verb's, not the fight's."""
    if trigger.kind != FIGHT or trigger.end > place_start or not _INCLUDED_AFTER.fullmatch(view, trigger.end, place_start):
        return False
    return _PHRASE_BEFORE.search(view, max(0, trigger.start - 50), trigger.start) is not None


def change_first(triggers: Iterator[Trigger], view: str, place: tuple[int, int], sentence: str = "") -> Iterator[Trigger]:
    """Yield `triggers` (nearest first) in the same order, except that a circumstantial fight after
    the place (`is_circumstance`), one in a "where" clause after it (`where_fights.fight_in_where`),
    or one before a list the verb includes (`is_circumstance_before`),
    waits behind every verb of change before the place, and a hold in the place's apposition
    (`last_standing.in_apposition`, needs the `sentence`) or a fight in a fronted phrase of cause
    or time (`is_fronted_circumstance`) behind the verb of change or the hold after it."""
    start, end = place
    held: list[Trigger] = []
    apposed = False  # a hold of the apposition waits: the verb after the apposition is the place's
    for trigger in triggers:
        if (sentence and last_standing.in_apposition(sentence, end, trigger)) or (sentence and is_fronted_circumstance(sentence, start, trigger)):
            held.append(trigger)
            apposed = True
            continue
        if is_circumstance(view, end, trigger) or is_circumstance_before(view, start, trigger) or where_fights.fight_in_where(view, end, trigger):
            held.append(trigger)
            continue
        if held and not ((trigger.end <= start or apposed) and (trigger.kind in _CHANGES or (apposed and trigger.kind == HOLD))):  # "despite attacks, X remained in government hands"
            yield from held
            held = []
        yield trigger
    yield from held
