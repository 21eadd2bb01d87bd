"""Words that make a province's name stand for its capital city.

- Before the name: "the capital of (the western province of) Nimroz", "the provincial centre of X",
  "the main city in Jawzjan" (`capital_before`), and, written with the word "province", "the
  (strategic) hub / the provincial seat / the centre / the main city of the northeastern province
  of Kunduz" or "... of Kunduz province" (`seat_before`). A hub or a seat needs the word
  "province": "a trading hub near Kunduz" or "the hub of the offensive" name no capital.
- After the name: "Helmand's (provincial) capital", "the Baghlan provincial centre", "Kunduz
  province's hub", "Samangan's provincial seat", "Faryab province's main city"
  (`capital_words_end` returns where those words end, so that "X's capital" is one mention).
"""

from __future__ import annotations

import re

# "the main city in Jawzjan" is its capital as well; "the capital of Afghanistan's western province of Nimroz" too
_CAPITAL_OF = re.compile(
    r"\b(?:(?:capital(?:\s+city)?|provincial\s+cent(?:er|re)),?\s+of|main\s+city\s+(?:of|in)"  # "the capital city of Herat province" too
    r"|provincial\s+capital,?(?:\s+(?:(?:on|late|early|last)\s+)?\w+day)?,?\s+in)\s+(?:the\s+)?(?:afghanistan['’]s\s+)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+afghan\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)  # "... of the northern Afghan province of Balkh"
_CAPITAL_OF_REACH = 60  # characters before a province in which "the capital of" may name its capital
# "the center of the Ghazni province": the province's seat, the way Afghan officials write it
_CENTRE_OF = re.compile(r"\bthe\s+cent(?:er|re)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the few words a report puts before a capital's hub or seat; a "trading hub" or a "district centre" is another place
_SEAT_ADJECTIVE = r"(?:(?:strategic|key|main|commercial|economic|administrative|important|major|chief|principal)\s+)?"
_SEAT_NOUN = r"(?:hub|(?:provincial\s+)?seat|cent(?:re|er)|main\s+(?:city|town)|capital(?:\s+city)?)"
_SEAT_OF = r"\bthe\s+" + _SEAT_ADJECTIVE + _SEAT_NOUN + r"\s+of\s+(?:the\s+)?"
# "the strategic hub of the northeastern province of Kunduz" (at most two words between: "restive northern")
_SEAT_OF_PROVINCE = re.compile(_SEAT_OF + r"(?:afghanistan['’]s\s+)?(?:(?!district)[\w’'-]+\s+){0,2}province\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the hub of Kunduz province" (the word "province" after the name)
_SEAT_OF_NAME = re.compile(_SEAT_OF + r"$", re.IGNORECASE)
_PROVINCE_WORD_AFTER = re.compile(r"\s+province\b", re.IGNORECASE)
_SEAT_REACH = 90
# "the Baghlan provincial center" is Pul-e Khumri, as "Baghlan's provincial capital" is
# "Farah province's eponymous capital", "Ghazni's namesake capital": the capital named like the province
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:provincial|province)\s+)?(?:(?:eponymous|namesake)\s+)?(?:capital|(?<=provincial )cent(?:er|re))\b(?!\s+(?:of|Kabul)\b)", re.IGNORECASE)
# "Kunduz province's hub", "Samangan's provincial seat", "Faryab province's main city"
_SEAT_AFTER = re.compile(
    r"(?:\s+province)?['’]s\s+(?:(?<=province['’]s )(?:(?:strategic|main|provincial)\s+)?(?:hub|seat|cent(?:re|er))"
    r"|provincial\s+(?:hub|seat)|main\s+(?:city|town))\b(?!\s+of\b)",
    re.IGNORECASE,
)


def capital_before(text: str, start: int) -> bool:
    """Return True when the words before `start` call the name there a capital: "the capital of
    (the western province of)", "the provincial centre of", "the main city in"."""
    return _CAPITAL_OF.search(text[max(0, start - _CAPITAL_OF_REACH) : start]) is not None


# "the city of Nimruz", "the cities of Nimruz, Sheberghan and Kunduz": a province's name among the cities
_CITY_OF = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?cit(?:y|ies)\s+of\s+(?:[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)){0,6}$"
)


def city_before(text: str, start: int) -> bool:
    """Return True when "the city of" or "the cities of" (a list of names after it) stands before
    `start` (a capital only when the name can only mean the province: the caller tells)."""
    return _CITY_OF.search(text, max(0, start - 120), start) is not None


def centre_before(text: str, start: int) -> bool:
    """Return True when "the centre of (the)" stands right before `start` (a capital only when the
    name can only mean the province: the caller tells)."""
    return _CENTRE_OF.search(text, max(0, start - 30), start) is not None


def seat_before(text: str, start: int, end: int) -> bool:
    """Return True when a hub, seat, centre or main city is said to be that of the province named
    at [start, end): "the strategic hub of the northeastern province of X", "the provincial seat of
    X province"."""
    low = max(0, start - _SEAT_REACH)
    if _SEAT_OF_PROVINCE.search(text, low, start):
        return True
    return written_as_province(text, start, end) and _SEAT_OF_NAME.search(text, low, start) is not None


def written_as_province(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) is written with the word "province" (in it or after it)."""
    return text[start:end].lower().endswith("province") or _PROVINCE_WORD_AFTER.match(text, end) is not None


def capital_after(text: str, end: int) -> bool:
    """Return True when words after a province name ending at `end` call it a capital ("X's
    capital", "X province's hub")."""
    return capital_words_end(text, end) != end


def capital_words_end(text: str, end: int) -> int:
    """Return where "'s (provincial) capital", "province's hub" and the like after a province name
    ending at `end` end ("Helmand's provincial capital" names one town), else `end`."""
    match = _CAPITAL_AFTER.match(text, end, end + 30) or _SEAT_AFTER.match(text, end, end + 40)
    return match.end() if match else end
