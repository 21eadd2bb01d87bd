"""Leavers who give nothing up: civilians fleeing, some of a side's men going, and trips (and the
place an entry only passed through: "entered Iran via X", or a move only heads for: "moves toward X").

Trips: officials or envoys leaving a place for somewhere else ("senior provincial officials were
leaving Faizabad for Kabul", "the governor left Kunduz for the capital") travel; they do not give
the place up.

A verb of leaving gives a place to the other side when its defenders go (`frontmap.extract.roles`:
"troops left X"). Civilians fleeing say nothing of who holds it, and neither do officials, envoys
or staff who set out from it for a destination named after it: a journey, with no word that they
ran from anyone. Forces leaving for elsewhere still abandon the place, and "left X for good" or
"for the Taliban" names no destination.
"""

from __future__ import annotations

import re

# people of the administration or of a delegation, right before the verb (with auxiliaries)
_TRAVELLERS_BEFORE = re.compile(
    r" (?:officials|official|governor|deputy +governor|lawmakers?|mps?|ministers?|delegation|delegates|envoys?|diplomats?|staff"
    r"|employees|council +members?|elders|mayor|president|vice +president|(?:ashraf +)?ghani|(?:amrullah +)?saleh)"  # "Ghani left Kabul for Washington"
    r"(?: +(?:were|are|had|have|has|was|also|already|then|now|been|to|reportedly))* *$"
)
# a plain departure, not flight or abandonment
_DEPARTURE = re.compile(r"^(?:left|leav(?:e|es|ing)|depart(?:ed|s|ing)?(?: +from)?)$")
# "for" and a destination after the place: not "for good", "for ever", "for the Taliban"
_FOR_DESTINATION = re.compile(
    r" +(?:(?:city|town|district|province|centre|center) +)?for +(?!(?:good|ever|now|the +(?:taliban|insurgents|militants|enemy)|them)\b)"
    r"(?:the +)?[a-z]"
)
_REACH = 40  # characters before the verb in which the travellers are named
# "people were fleeing the city": civilians leaving a place say nothing of who holds it
_CIVILIANS_BEFORE = re.compile(
    r" (?:people|residents|civilians|families|villagers|locals|inhabitants|citizens|children|women|shopkeepers|traders)"
    r"(?: +(?:were|are|had|have|has|was|also|already|then|now|began|started|been|to))* *$"
)
# "some senior officials were leaving X", "a few soldiers left X": some of a side leaving is not its loss of X
_SOME_OF_THEM_BEFORE = re.compile(
    r"(?:^| )(?:some|several|a +few|a +number +of)(?: +of +(?:the|its|their))?(?: +[\w-]+){0,3}? +(?:officials?|leaders|members|families"
    r"|soldiers|troops|policemen|commanders|staff|employees)(?: +(?:were|are|had|have|has|was|also|already|then|now|reportedly|been))* *$"
)


def is_trip(view: str, trigger_start: int, trigger_text: str, place_end: int) -> bool:
    """Return True when the departure at `trigger_start` of the view (`trigger_text`: "left",
    "leaving") is officials setting out from the place ending at `place_end` for a destination."""
    if _DEPARTURE.match(trigger_text.lower()) is None:
        return False
    before = " " + view[max(0, trigger_start - _REACH) : trigger_start]
    return _TRAVELLERS_BEFORE.search(before) is not None and _FOR_DESTINATION.match(view, place_end) is not None


def gives_nothing_up(view: str, trigger_start: int, trigger_text: str, place_end: int) -> bool:
    """Return True when the leaving at `trigger_start` of the view says nothing of who holds the
    place ending at `place_end`: civilians go, some of a side's men go ("a few soldiers left X"),
    or officials set out on a trip (`is_trip`)."""
    return bool(
        _CIVILIANS_BEFORE.search(view, max(0, trigger_start - 40), trigger_start)
        or _SOME_OF_THEM_BEFORE.search(view, max(0, trigger_start - 70), trigger_start)
        or is_trip(view, trigger_start, trigger_text, place_end)
    )


# "entered Iranian territory via the Islam Qala crossing": the entry's own object comes first, the
# place after "via" / "through" is only the way in (not "entered through the gates of X": no object before)
_BY_WAY_OF = re.compile(r" +(?!via\b|through\b)(?:\w+ +){1,4}?(?:via|through|by +way +of) +(?:the +)?(?:\w+ +){0,2}$")


def entered_by_way_of(view: str, trigger_end: int, place_start: int) -> bool:
    """Return True when the place at `place_start` is only the way by which the entry ending at
    `trigger_end` reached another object ("entered Iran via X"): no one entered the place."""
    return place_start - trigger_end <= 80 and _BY_WAY_OF.fullmatch(view, trigger_end, place_start) is not None


# "with moves toward six other provinces, including X": the place a move heads for, no locative after it
_TOWARD = re.compile(r"\btowards?\b(?![^;:]*\b(?:in|at|inside|near|within)\s)[^;:]*$", re.IGNORECASE)


def headed_toward(gap: str) -> bool:
    """Return True when the words between a fight and the place after it lead to the place with
    "toward" ("this attack with moves toward six provinces, including X"): where a move heads, not
    where the fight is."""
    return _TOWARD.search(gap) is not None


# "launched attacks from X", "attacks on the city from X": X is where the attackers set out from
_FROM = re.compile(r"^\s+(?:(?:on|against)\s+[^,;:]{1,40}?\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)


def launched_from(gap: str) -> bool:
    """Return True when the words between a fight and the place after it make the place where the
    attack set out from ("launched attacks from X district"): not where the fight is."""
    return _FROM.search(gap) is not None
