"""Provinces named as where a count of districts lies.

"Insurgents overran six districts on Saturday in Badghis, Faryab and Jawzjan provinces", "five
more districts have fallen to the Taliban in the provinces of X, Y and Z" (or "in several provinces
such as X and Y"), "many districts have fallen in recent weeks, mostly in X and Y provinces": the
provinces only say where the unnamed districts are. None of them was
taken as a whole, so none is an event of its own (the districts, when the text names them, are). Border crossings are not counted here: a crossing
taken is fighting in the province that holds it.

Between the count and the locative only the words of the outcome may stand (its verb, its winner,
its time): "captured two districts and fighting raged in Kunduz" tells of Kunduz itself.
"""

from __future__ import annotations

import re

from frontmap.extract.containers import listed_district

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|several|many|dozens\s+of|a\s+dozen)"
_UNITS = r"(?:district\s+(?:centres|centers|headquarters)|districts)"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# the words an outcome told of the count may use before its locative (no clause of its own)
_OUTCOME_WORD = (
    r"(?:more|other|have|has|had|were|was|been|also|reportedly|all|now|already|fallen|fell|captured|seized|overrun|overran"
    r"|taken|lost|collapsed|abandoned|surrendered|to|by|the|taliban|insurgents|militants|group|on|in|over|since|during|past"
    r"|last|this|day|days|week|weeks|weekend|24|48|hours|night|overnight|morning|evening|late|early|under|control|of|their"
    r"|out|\d+"  # the total of a share: "12 districts out of 19 in X province"
    rf"|{_WEEKDAYS})"
)
# "all 11 districts in X province": every district of it, so the whole province, an event of its own
_WHOLE_BEFORE = re.compile(r"\b(?:all|all\s+the|all\s+of\s+the|every\s+one\s+of\s+the)\s+$", re.IGNORECASE)
_NAME = r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?(?:\s+provinces?)?"
# what may stand before the province: "Afghanistan's", "the Afghan western province of", "the restive northern"
_OWNER = (r"(?:(?:afghanistan['’]s|the)\s+)?(?:afghan\s+)?(?:(?:restive|volatile|remote|embattled|central|(?:north|south)?(?:east|west)?(?:ern)?)\s+)*")
# the locative may stand as an aside set off by a dash or a bracket: "six districts — in the provinces of X"
_ASIDE_OPEN = r"(?:\s+|\s*[—–(]\s*|\s+-+\s+)"
# "in several provinces such as X and Y", "across other provinces like X": examples of where they lie
_SOME = r"(?:(?:several|some|other|many|various|key|important|\d+|two|three|four|five|six)\s+)?"
_COUNTED_IN_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z]+\s+)?{_UNITS}(?:\s+{_OUTCOME_WORD}){{0,9}}{_ASIDE_OPEN}(?:in|across|of)\s+{_OWNER}"
    rf"(?:{_SOME}(?:provinces?|regions?)\s+(?:of|such\s+as|like|including)\s+)?(?:{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# "many districts around the cities have fallen in recent weeks, mostly in X and Y provinces": an
# aside that says where most of the counted districts lie, after the whole clause of their outcome
_COUNTED_MOSTLY_IN_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z]+\s+)?{_UNITS}\b[^,.;:]{{0,120}},\s+(?:mostly|mainly|largely|chiefly|all)\s+(?:in|across)\s+{_OWNER}"
    rf"(?:(?:provinces?|regions?)\s+of\s+)?(?:{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# "captured several districts in Afghanistan including Takhar, the northeastern province": a
# province set among the districts counted is where some of them lie, never one of them
_COUNTED_INCLUDING_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z]+\s+)?{_UNITS}(?:\s+{_OUTCOME_WORD}){{0,9}}(?:\s+in\s+afghanistan)?,?\s+including\s+"
    rf"(?:{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
_CALLED_PROVINCE_AFTER = re.compile(r"\s+province\b|,\s+(?:the\s+|a\s+)?(?:[\w’']+\s+){0,3}province\b", re.IGNORECASE)


def locates_counted_units(sentence: str, start: int) -> bool:
    """Return True when the name at `start` of `sentence` is (in a list of names) where a count of
    districts just told lies ("six districts fell in X, Y and Z provinces"), not a place taken."""
    lo = max(0, start - 200)
    window = sentence[lo:start].lower()
    if "district" not in window:
        return False  # a cheap test first: most names have no count before them
    found = _COUNTED_IN_BEFORE.search(sentence, lo, start) or _COUNTED_MOSTLY_IN_BEFORE.search(sentence, lo, start)
    if found is None and "including" in window:
        return _included_province(sentence, lo, start)
    if found is None or _WHOLE_BEFORE.search(sentence, max(0, found.start() - 12), found.start()):
        return False
    name = re.match(_NAME, sentence[start:])
    return name is None or not listed_district(sentence, found.start(), start, start + name.end())  # "..., Balkh and Kaldar districts": a district


def _included_province(sentence: str, lo: int, start: int) -> bool:
    """Return True when the name at `start` is set among counted districts ("districts including
    X") and the text calls it a province ("X, the northeastern province")."""
    if _COUNTED_INCLUDING_BEFORE.search(sentence, lo, start) is None:
        return False
    name = re.match(_NAME, sentence[start:])
    return name is not None and _CALLED_PROVINCE_AFTER.match(sentence, start + name.end()) is not None
