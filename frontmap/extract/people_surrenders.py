"""Forces who surrendered somewhere in a province: "In Faryab province, more than 200 pro-government
forces surrendered to the militants", "a security forces commander in Faryab has surrendered".

People giving themselves up ("surrendered to the Taliban", with no place as their object) tell of
a unit, not of the province (unless those who govern it are among them: "the governor, his deputy and
the police chief surrendered"): a province does not fall because some of its defenders did. A town
or district whose defenders surrender is another matter (the rules read that as the place lost).
"""

from __future__ import annotations

import re

_PEOPLE = (
    r"(?:forces|soldiers|troops|policemen|personnel|commanders?|militias?|militiamen|members|fighters|guards|men|units|commandos"
    r"|recruits)"
)
# those who govern a place hand it over when they surrender ("the governor of Badghis ... surrendered")
_RULERS = re.compile(r"\b(?:governors?|officials|chiefs?|mayors?|administration|authorities|elders)\b", re.IGNORECASE)
# the surrender's subject: people, then at most a few words ("more than 200 pro-government forces have")
_PEOPLE_BEFORE = re.compile(r"\b" + _PEOPLE + r"\b(?:,?\s+[\w’'-]+){0,4}?,?\s+(?:(?:have|has|had|reportedly|also)\s+){0,2}$", re.IGNORECASE)
# intransitive: "surrendered to the militants", "surrendered with their weapons", "surrendered en masse"
_THEMSELVES_AFTER = re.compile(r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:to|with|en\s+masse|along)\b", re.IGNORECASE)
_SURRENDER = re.compile(r"surrender(?:ed|s|ing)?", re.IGNORECASE)


def people_surrendered(sentence: str, trigger_start: int) -> bool:
    """Return True when the verb at `trigger_start` is people surrendering themselves ("forces
    surrendered to the militants"), not a place handed over."""
    verb = _SURRENDER.match(sentence, trigger_start)
    if verb is None:
        return False
    before = sentence[max(0, trigger_start - 80) : trigger_start]
    people = _PEOPLE_BEFORE.search(before)
    if people is None or _RULERS.search(before) is not None:
        return False
    return _THEMSELVES_AFTER.match(sentence, verb.end()) is not None
