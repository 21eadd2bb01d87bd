"""City wards: "the Taliban captured a police district in Lashkar Gah city", "Taliban capture district
in capital of Helmand": a district of a city is one of its wards (Lashkar Gah and Kandahar count
their police districts), so taking one is fighting in the city, not its fall.

A district "in" or "of" a place the text calls a city ("X city", "the city of X", "the provincial
capital") or names by its capital ("the capital of Helmand") is such a ward; "a district in
Helmand" is one of the province's districts, read by the province rules. A police district written as
its code ("PD7 of Kandahar", "PD 5 in Lashkar Gah") or its number ("Police District 7 of Kandahar") is a
ward whatever the place is called; written before a province ("PD7 of Kandahar province") it is a ward
of the province's capital (`police_ward_before`), since only cities are divided into police districts.
"""

from __future__ import annotations

import re

from frontmap.extract.text import text_view

# "a district in", "two police districts of", "District in", "Police District 5 in": the ward before the place
_WARD_BEFORE = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+) +)?"
    r"(?:\bpolice +|\bsecurity +|\bcity +)?\bdistricts?(?: +(?:no +)?\d+)? +(?:in|of|inside|within) +(?:the +)?"
    r"(?:(?:city|(?:provincial +)?capital) +of +(?:[a-z]+ +){0,2}?)?$"
)
# a police district written as its code, "PD7 of", "PD 5 in": only a city counts its wards so
_CODE_BEFORE = re.compile(r"\bpds? *[-#]? *\d+ +(?:in|of|inside|within) +(?:the +)?$")
# a numbered police district ("Police District 7 of", "police districts 3 and 4 in", "the 7th police district of")
# or its code, before a name the text may call a province ("... of the southern province of Kandahar")
_NUMBERED_WARD_BEFORE = re.compile(
    r"\b(?:pds? *[-#]? *\d+|police +districts? +(?:no\.? *|number +)?\d+(?: *(?:,|and|&) *\d+)*|\d+(?:st|nd|rd|th) +police +district)"
    r" +(?:in|of|inside|within) +(?:the +)?(?:(?:[a-z]+ +){0,2}province +of +(?:the +)?)?$"
)
# the place called a city: "Lashkar Gah city", "the city of Kandahar", "the capital of Helmand"
_CITY_AFTER = re.compile(r"^ +city\b")
_CITY_BEFORE = re.compile(r"\b(?:city|capital) +of +(?:[a-z]+ +){0,2}$")
_CITY_ITSELF = re.compile(r"\b(?:city|capital|provincial +cent(?:re|er))\b")
_REACH = 60  # characters before the place in which the ward is named


def ward_of_city(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] follows a district of it and is called a
    city ("a police district in Lashkar Gah city", "District in Capital of Helmand"), or follows a
    police district's code ("PD5 of Lashkar Gah")."""
    before = text_view(sentence[max(0, start - _REACH) : start])
    if _CODE_BEFORE.search(before) or _NUMBERED_WARD_BEFORE.search(before):
        return True
    if _WARD_BEFORE.search(before) is None:
        return False
    name, after = text_view(sentence[start:end]), text_view(sentence[end : end + 8])
    return bool(_CITY_ITSELF.search(name) or _CITY_AFTER.match(after) or _CITY_BEFORE.search(before))


def police_ward_before(text: str, start: int) -> bool:
    """Return True when a numbered police district or its code stands right before the name at
    `start` ("PD7 of Kandahar province", "Police District 3 in the western province of Herat"): the
    name, even written as a province, stands for the city the ward belongs to."""
    return _NUMBERED_WARD_BEFORE.search(text_view(text[max(0, start - _REACH) : start])) is not None
