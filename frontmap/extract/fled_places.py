"""A place people fled because of fighting: "families fled their homes in X after days of fighting".

The fight is told only as the cause of a flight, in a clause of its own ("after days of fighting",
"as clashes raged", "because of the fighting"), so it is no trigger of the place's own clause; yet
people who fled a named place because of fighting tell that the fighting was there: the place is
contested on the day given; so are people "displaced from X (to Y) due to clashes" and the fight
that "displaced 1,400 people from X". People who fled a place with no fight told ("families who fled X
arrived in Kabul") tell nothing of it, the place they reached is no fight either, and a fight said
to be elsewhere ("fled X after clashes in Y") is Y's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.origins import NAMES_LIST_AFTER, NAMES_LIST_BEFORE
from frontmap.extract.strikes import no_contest
from frontmap.extract.triggers import FIGHT, Trigger

__all__ = ["fight_fled"]

# unarmed people fleeing a place named right after: "families fled their homes in the city of",
# "residents fled", "thousands of people escaped from", "a television crew left" (the view: lower case,
# punctuation as spaces)
_FLIGHT_FROM_PLACE = re.compile(
    r"(?:people|residents|civilians|famil(?:y|ies)|villagers|locals|inhabitants|households|thousands|hundreds"
    r"|journalists|reporters|crews?|aid +workers|traders|shopkeepers|students|doctors|foreigners|passengers|travell?ers)"
    r"(?: +(?:who|have|had|has|been|were|was|also|reportedly|already|newly))* +(?:fled|escaped|left|(?:displaced|uprooted|driven +out|forced +out) +from)"
    r"(?: +(?:from|their +(?:homes?|houses?|villages?) +(?:in|at)))?(?: +(?:the +)?(?:\w+ +)?(?:city|town|district|village|province) +of)? +$"
)
# where the displaced went, told between the place and the cause: "displaced from X to Y city due to"
_DESTINATION_BETWEEN = r"(?: +(?:to|into|towards?) +(?:the +)?(?:\w+ +){0,2}?\w+(?: +(?:city|town|district|province|villages?))?)?"
# between the place and the fight word: the cause of the flight ("on Monday after days of", "as")
_CAUSE_BETWEEN = re.compile(
    r"(?: +(?:on|late|early|last|this) +\w+| +(?:city|town|district|province|cities|towns|districts|provinces))*" + _DESTINATION_BETWEEN + r" *,? +"
    r"(?:after|as|amid|amidst|because +of|due +to|following|to +escape|during|by)"
    r"(?: +(?:the|a|an|days|weeks|hours|nights|months|of|heavy|fierce|intense|renewed|continued|ongoing|street|several|two|three|four|five))* +$"
)
# the fight as the subject of the displacement, the place after it: "clashes on Wednesday displaced
# about 1 400 people from X", "fighting forced hundreds of families out of their homes in X"
_DISPLACED_FROM_AFTER = re.compile(
    r"(?: +(?:on|late|early|last|this) +\w+| +(?:has|have|had|also|reportedly))* +(?:displaced|uprooted|displacing|uprooting)"
    r"(?: +(?:about|some|nearly|around|over|at +least|more +than|an +estimated))?(?: +\d[\d ]*| +(?:hundreds|thousands|dozens|tens +of +thousands))?(?: +of)?"
    r" +(?:people|residents|civilians|famil(?:y|ies)|villagers|households|persons|idps)(?: +from| +out +of)"
    r"(?: +their +(?:homes?|houses?|villages?) +(?:in|at))?(?: +(?:the +)?(?:\w+ +)?(?:city|town|district|village|province) +of)? +$"
)
# the fight placed elsewhere: "after clashes in Y" (a capital letter in the sentence)
_FIGHT_ELSEWHERE = re.compile(r"\s+(?:in|at|near|around|across)\s+(?:the\s+)?(?:\w+\s+)?(?!the\b|there\b)[A-Z]")


def fight_fled(sentence: str, view: str, triggers: Sequence[Trigger], place: tuple[int, int]) -> Trigger | None:
    """Return the fight trigger that unarmed people fled the place at `place` = (start, end)
    because of ("families fled X after days of fighting", "people were displaced from X due to
    clashes", "clashes displaced families from X"), else None."""
    start, end = place
    listed = NAMES_LIST_BEFORE.search(sentence, max(0, start - 90), start)  # "fled X and <Y>": the flight before the list
    first = start if listed is None else listed.start()
    if not _FLIGHT_FROM_PLACE.search(view, max(0, first - 90), first):
        return _displacing_fight(view, triggers, first)
    end = NAMES_LIST_AFTER.match(sentence, end).end()  # "fled <X> and Y due to": the cause after the list
    for trigger in triggers:
        if trigger.start < end or trigger.start - end > 90:
            continue
        if trigger.kind != FIGHT or not _CAUSE_BETWEEN.fullmatch(view, end, trigger.start):
            return None
        if _FIGHT_ELSEWHERE.match(sentence, trigger.end) or no_contest(sentence, view, trigger, end):
            return None
        return trigger
    return None


def _displacing_fight(view: str, triggers: Sequence[Trigger], start: int) -> Trigger | None:
    """Return the fight trigger that, as its subject, displaced people from the place starting at
    `start` ("clashes on Wednesday displaced 1 400 people from X"), else None."""
    if "displac" not in view[max(0, start - 90) : start] and "uproot" not in view[max(0, start - 90) : start]:
        return None
    for trigger in triggers:
        if trigger.kind == FIGHT and 0 <= start - trigger.end <= 90 and _DISPLACED_FROM_AFTER.fullmatch(view, trigger.end, start):
            return trigger
    return None
