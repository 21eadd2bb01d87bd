"""Fled fights: fighting named only as what people ran from, not as a report of the fighting.

"Families fleeing the fighting arrived in Kabul", "civilians who fled clashes in Kunduz and Baghlan",
"residents displaced by the fighting in X": the fight noun is the object of the flight. Such a
sentence tells where people went (and that they fled), so the place they reached, or any place
named apart from the fight, is not contested by it; the place the fight is "in" ("driven out by
clashes in Alingar") still is, and a sentence that reports the
fighting itself ("fighting raged in X, forcing thousands to flee") keeps its own fight verb.
Likewise civilians "entering the city" or "pouring into Kabul" are people seeking safety, not an
armed side getting in, and a family "still in X" is no side holding it.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import ENTER, EXPEL, FIGHT, HOLD, RETAKE, Trigger

_FLIGHT_BEFORE = re.compile(
    r" (?:fled|flee|flees|fleeing|escaped|escape|escapes|escaping|(?:ran|run|runs|running) +(?:away +)?from|(?:displaced|uprooted|driven +out|forced +out|chased +out) +by)"
    r"(?: +(?:from|out +of))?(?: +(?:the|a|an|this|that|recent|ongoing|continuing|latest|renewed|escalating|intensifying|weeks +of|days +of|months +of))*"
    r" *$"
)
# the fight's own place: "clashes in Alingar", "fighting in Kunduz, Takhar and Baghlan" (no verb between)
_FIGHT_PLACE_AFTER = re.compile(
    r" +(?:in|inside|around|near|across|at|for|over)(?: +(?!(?:have|has|had|are|were|is|was|and +(?:have|are|were)))\w+){1,8} *$"
)

_UNARMED_WORD = re.compile(r" (?:people|residents|civilians|famil(?:y|ies)|villagers|locals|inhabitants|idps) ")
_ARMED_WORD = re.compile(r" (?:taliban|insurgents?|militants?|fighters|rebels|troops|forces|soldiers|police) ")
_ARMED_AFTER = re.compile(r" +(?:the +|their +|all +)?(?:\w+ +)?(?:taliban|insurgents?|militants?|fighters|rebels)\b")  # "pushed out the Taliban"
# the unarmed right before an entry verb: "civilians entering the city", "families pouring into X"
_UNARMED_BEFORE = re.compile(
    r"(?:^| )(?:people|residents|civilians|famil(?:y|ies)|relatives|villagers|locals|inhabitants|citizens|children|women|refugees|idps"
    r"|travell?ers|passengers|crowds)"
    # "residents fleeing the battle" (not "residents fled as the Taliban stormed": the fighters enter)
    r"(?: +(?:who +)?(?:fled|fleeing|escaped|escaping|running|displaced|uprooted)\b(?:(?! (?:taliban|insurgents?|militants?|fighters|rebels|troops|forces|soldiers|police)\b)[\w ]){0,60}?)?"
    r"(?: +(?:who|were|are|was|had|have|has|also|still|already|now))* *$"
)


def fled(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fight trigger is the object of fleeing or displacement ("fleeing the
    ongoing fight", "families displaced by the fighting arrived in X") and the place ending at
    `place_end` is not where that fight is ("clashes in X"): no fight at that place."""
    if trigger.kind != FIGHT:
        return False
    if place_end > trigger.end and _FIGHT_PLACE_AFTER.fullmatch(view, trigger.end, place_end):
        return False
    before = " " + view[max(0, trigger.start - 60) : trigger.start]
    return bool(_FLIGHT_BEFORE.search(before))


def unarmed_entry(view: str, trigger: Trigger) -> bool:
    """Return True when the entry trigger's subject right before it is civilians ("civilians
    entering the city", "families pouring into Kabul"), or the subject still in the place is
    ("his family was still in X"), or the people driven out are ("families were pushed out of X",
    "drove hundreds of families out of X"): no side entered, holds or lost the place."""
    if trigger.kind == EXPEL:
        if _UNARMED_WORD.search(view, trigger.start, trigger.end):
            return True  # "drove hundreds of families out"
        return _ARMED_AFTER.match(view, trigger.end) is None and not _ARMED_WORD.search(view, trigger.start, trigger.end) and bool(
            _UNARMED_BEFORE.search(view, max(0, trigger.start - 110), trigger.start))
    if trigger.kind not in (ENTER, RETAKE) and not (trigger.kind == HOLD and view.startswith("still in", trigger.start)):
        return False
    return bool(_UNARMED_BEFORE.search(view, max(0, trigger.start - 110), trigger.start))
