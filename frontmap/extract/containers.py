"""Provinces that only hold the districts a sentence speaks of.

- A province written as where districts lie ("four districts in Ghazni and Paktika provinces fell",
  "took a district in Takhar province", "retook a district from the Taliban in Balkh province",
  "the Foobar district of northern Takhar province", "five districts fell to the Taliban in
  provinces of Takhar and Faryab", "two districts in the northern provinces of Balkh and
  Samangan fell") is
  where the news happened, not what changed hands: the districts fell, not the province. A sweep
  over all of them ("all the districts of Badakhshan") is left to the province rules.
  The country's possessive may stand before the province ("two districts in Afghanistan's
  northern Baghlan province", "a district in eastern Afghanistan's Nuristan province", "a key
  district in Afghanistan's central Province of Wardak"), and a town may stand for the districts
  ("the city in Nimroz province": the city the report named, not the province), and so may a town or
  village it does not name ("a village in Kandahar", a headline's "key town in Kandahar"): the
  news is about a place in the province, not its capital.
- A name further on in a list that ends on "districts" is one of the districts, even when the
  province of the same name heads the list ("of the districts of Balkh, Zari, Balkh and Kaldar
  districts are held": the second Balkh is the district).
- A count that leaves "districts" understood after a count of districts is the same: "five
  districts in the Takhar province and another three in the Kunduz province fell", "four
  districts in Takhar and three in Kunduz province": the three districts fell, not Kunduz.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.district_words import called_a_district

if TYPE_CHECKING:
    from frontmap.extract.targets import Target

__all__ = ["holds_the_districts", "listed_district"]

_COMPASS = r"(?:(?:north|south|east|west|central)\w*(?:\s*-\s*\w+)?\s+)?"
# "Afghanistan's northern Baghlan province", "eastern Afghanistan's Nuristan province": the compass
# word before the country or after it
_DIRECTION = _COMPASS + r"(?:(?i:Afghanistan)['’]?s\s+)?" + _COMPASS
# "the city in Nimroz province", "a town in Ghazni province", "a village in Kandahar": the province
# locates the town the words name; a headline drops the article ("capture of key town in Kandahar")
_TOWN_IN = r"(?:(?:the|a|an)\s+|(?<![\w’'-])(?=[a-z]+\s+(?:town|village)))(?:[a-z]+\s+)?(?:city|town|villages?|provincial\s+capital)\s+in"
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
# "the largest city in northern Afghanistan, Herat, ...": the country is no province of the list, so
# the name after it starts a new item
_PROVINCE_NAME = r"(?!Afghanistan\b)" + _NAME
# "districts in the Ghazni and ", "a district in ", "Foobar district of northern ", "district centre in the province of "
# "five districts have fallen to the Taliban in provinces of ": the verb between, then the provinces named as such
_DISTRICTS_THEN_PROVINCES = r"districts?\s+(?:[\w’'-]+\s+){1,7}?in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?provinces\s+of"
# "retook a district from the Taliban in Balkh province": the side it was won from, between
_WON_FROM = r"(?:from\s+(?:the\s+)?(?:taliban|insurgents|militants|government|(?:afghan\s+|government\s+|security\s+)?forces)\s+)?"
_DISTRICTS_IN_BEFORE = re.compile(
    r"(?<!police )(?<!Police )\b(?i:(?:districts?\s+(?:cent(?:re|er)s?\s+|headquarters\s+)?" + _WON_FROM + r"(?:in|of)|" + _DISTRICTS_THEN_PROVINCES + "|" + _TOWN_IN
    + r")\s+(?:the\s+)?)" + _DIRECTION + r"(?:(?i:provinces?)\s+of\s+)?(?:" + _PROVINCE_NAME + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
)
# the rest of a list that ends on "districts": ", Sholgara and Kaldar districts"
_DISTRICT_LIST_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+)?" + _NAME + r"|\s+and\s+" + _NAME + r")*\s+districts\b")
# the list's head and the names before the target: "districts of Balkh, Zari, "
_NAMED_BEFORE = re.compile(_NAME + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SWEEP_BEFORE = re.compile(r"\b(?:all|every|each|remaining|whole|entire)\b(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
# "and another three in the ", ", two more in ": a count whose noun is understood
_ELIDED_COUNT_BEFORE = re.compile(
    r"\b(?i:(?:another|other)\s+)?(?i:" + _COUNT + r")(?i:\s+(?:more|others?))?\s+(?i:in|of)\s+(?i:the\s+)?" + _DIRECTION + r"(?:(?i:provinces?)\s+of\s+)?$"
)
_DISTRICTS_WORD = re.compile(r"\bdistricts\b", re.IGNORECASE)
_CITY_AFTER = re.compile(r"^\s+(?:city|town)\b", re.IGNORECASE)


def holds_the_districts(sentence: str, target: Target) -> bool:
    """Return True when the province (or city named like its province) `target` is only written
    as where the districts the sentence speaks of lie (see the module notes)."""
    place = target.place
    if target.anaphor or (place.kind != "province" and place.name.lower() != place.province.lower()):
        return False
    if _CITY_AFTER.match(sentence, target.end) or sentence[target.start : target.end].lower().endswith(("city", "town")):
        return False
    if place.kind != "province" and called_a_district(sentence, target.start, target.end):
        return False  # "recaptured the district of Balkh": the district named like its province
    found = _DISTRICTS_IN_BEFORE.search(sentence, max(0, target.start - 120), target.start)
    if found is None:
        return _elided_count(sentence, target.start)
    if listed_district(sentence, found.start(), target.start, target.end):
        return False  # a later name of a list of districts: the district
    return not _SWEEP_BEFORE.search(sentence, max(0, found.start() - 40), found.start())


def listed_district(sentence: str, head: int, start: int, end: int) -> bool:
    """Return True when the name at sentence[start:end] comes after another name of a list that
    opens at `head` and ends on "districts" ("districts of Balkh, Zari, <Balkh> and Kaldar districts")."""
    return _NAMED_BEFORE.search(sentence, head, start) is not None and _DISTRICT_LIST_AFTER.match(sentence, end) is not None


def _elided_count(sentence: str, start: int) -> bool:
    """Return True when a count whose noun is understood ("another three in") stands before the
    province at `start` and a count of districts comes shortly before it."""
    count = _ELIDED_COUNT_BEFORE.search(sentence, max(0, start - 60), start)
    return count is not None and _DISTRICTS_WORD.search(sentence, max(0, count.start() - 120), count.start()) is not None
