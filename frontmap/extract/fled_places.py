"""A place people fled because of fighting: "families fled their homes in X after days of fighting".

The fight is told only as the cause of a flight, in a clause of its own ("after days of fighting",
"as clashes raged", "because of the fighting"), so it is no trigger of the place's own clause; yet
people who fled a named place because of fighting tell that the fighting was there: the place is
contested on the day given. People who fled a place with no fight told ("families who fled X
arrived in Kabul") tell nothing of it, the place they reached is no fight either, and a fight said
to be elsewhere ("fled X after clashes in Y") is Y's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.strikes import no_contest
from frontmap.extract.triggers import FIGHT, Trigger

__all__ = ["fight_fled"]

# unarmed people fleeing a place named right after: "families fled their homes in the city of",
# "residents fled", "thousands of people escaped from", "a television crew left" (the view: lower case,
# punctuation as spaces)
_FLIGHT_FROM_PLACE = re.compile(
    r"(?:people|residents|civilians|famil(?:y|ies)|villagers|locals|inhabitants|households|thousands|hundreds"
    r"|journalists|reporters|crews?|aid +workers|traders|shopkeepers|students|doctors|foreigners|passengers|travell?ers)"
    r"(?: +(?:who|have|had|also|reportedly|already))* +(?:fled|escaped|left)"
    r"(?: +(?:from|their +(?:homes?|houses?|villages?) +(?:in|at)))?(?: +(?:the +)?(?:\w+ +)?(?:city|town|district|village|province) +of)? +$"
)
# between the place and the fight word: the cause of the flight ("on Monday after days of", "as")
_CAUSE_BETWEEN = re.compile(
    r"(?: +(?:on|late|early|last|this) +\w+| +(?:city|town|district|province))* *,? +"
    r"(?:after|as|amid|amidst|because +of|due +to|following|to +escape|during)"
    r"(?: +(?:the|a|an|days|weeks|hours|nights|months|of|heavy|fierce|intense|renewed|continued|ongoing|street|several|two|three|four|five))* +$"
)
# the fight placed elsewhere: "after clashes in Y" (a capital letter in the sentence)
_FIGHT_ELSEWHERE = re.compile(r"\s+(?:in|at|near|around|across)\s+(?:the\s+)?(?:\w+\s+)?(?!the\b|there\b)[A-Z]")


def fight_fled(sentence: str, view: str, triggers: Sequence[Trigger], place: tuple[int, int]) -> Trigger | None:
    """Return the fight trigger that unarmed people fled the place at `place` = (start, end)
    because of ("families fled X after days of fighting"), else None."""
    start, end = place
    if not _FLIGHT_FROM_PLACE.search(view, max(0, start - 90), start):
        return None
    for trigger in triggers:
        if trigger.start < end or trigger.start - end > 90:
            continue
        if trigger.kind != FIGHT or not _CAUSE_BETWEEN.fullmatch(view, end, trigger.start):
            return None
        if _FIGHT_ELSEWHERE.match(sentence, trigger.end) or no_contest(sentence, view, trigger, end):
            return None
        return trigger
    return None
