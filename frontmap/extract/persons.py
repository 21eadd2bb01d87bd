"""Persons: whether a name that is also a place's is used as a person's or an organisation's name
("Hamid Sherzad", "Sherzad, a lawmaker from ...", "Kakar tribe", "Khost Protection Force")."""

from __future__ import annotations

import functools
import re

# Words before a name that make it part of a person's name.
_PERSON_BEFORE = frozenset(
    """mullah mawlawi maulvi mohammad muhammad mohammed ahmad abdul haji hajji general gen
    commander sheikh sheikh qari mr mrs ms dr ismail""".split()
)
# Capitalised words after a name that make it an organisation's, a person's or a landmark's name
# ("Kabul Gate", a gate of Kandahar named after the road's end).
_ORGANISATION_AFTER = frozenset(
    """police protection force forces corps university airlines airways bank group movement
    front council network shura tribe tribes tribesmen tribal clan agreement accord process conference declaration
    times news now post press radio tv television gate darwaza""".split()
)
# Words before a name that make it a person's surname: titles and offices, in any case.
_TITLES = frozenset(
    """lawmaker lawmakers mp senator minister spokesman spokeswoman president colonel col
    lieutenant lt captain capt sergeant marshal ambassador envoy mayor engineer eng
    professor prof judge journalist reporter analyst mr mrs ms dr""".split()
)
# First names (common Afghan given names and their endings): "Hamid Sherzad", "Abdul Kakar".
_FIRST_NAME = re.compile(
    r"(?:Abdul|Abdullah|Ahmad|Ahmed|Mohammad|Muhammad|Mohammed|Mohammadullah|Gul|Haji|Hajji|Hamid|Hamidullah|Zabihullah"
    r"|Amrullah|Ashraf|Ghulam|Habib|Hayatullah|Jawed|Javed|Karim|Khalid|Mahmood|Mahmoud|Massoud|Masood|Mir|Nasir"
    r"|Nazir|Noor|Nur|Rahim|Rahmatullah|Sayed|Sayeed|Syed|Shah|Sher|Tariq|Wahid|Zalmai|Zia|Fawad|Farid|Hekmatullah"
    r"|Ismail|Atta|Ahmadullah|Bismillah|Sediq|Siddiq|Omar|Yousuf|Yusuf|Naqibullah|\w+ullah|\w+uddin)$"
)
_PLACE_PREPOSITIONS = frozenset("of in from at near around across inside outside to for into".split())
# verbs whose object is a place people quit: "residents who fled X said" (X is no speaker)
_FLED_VERBS = frozenset("fled flee fleeing escaped evacuated deserted".split())
#: the endings of a word that tells who holds the place after it: "Taliban-held", "government-controlled"
HOLDER_SUFFIXES = ("-held", "-controlled", "-run", "-occupied")
_HOLDER_SUFFIXES = HOLDER_SUFFIXES + ("-besieged",)  # "Taliban-held X", "Taliban-besieged X": no person's name
# "officials from Faryab and Jawzjan said": the last of names listed after a place preposition is
# a place like the first, though "said" follows it
_LISTED_AFTER_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(_PLACE_PREPOSITIONS)) + r")\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*,?\s+(?:and|or)\s+$"
)
_PERSON_AFTER = re.compile(
    r"(?:\s+(?:said|says|told|tells|added|stated|warned|insisted|denied|claimed|tweeted|wrote)\b"
    r"|\s*,\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:lawmaker|mp|senator|spokes(?:man|woman|person)|commander|official"
    r"|member|leader|elder|politician|minister|governor|journalist|resident|analyst)\b"
    # "took Aybak, an official said", "among them X, the governor's office said": a reporting
    # clause after the place, no apposition
    # ("..., a spokesman for the governor said": the speaker's office after the noun, then the verb)
    r"(?!(?:['’]s(?:\s+(?!said\b|says\b|told\b)\w+){1,2}|\s+(?:for|of|in|at|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s+(?:said|says|told|tells|confirmed|confirms|added|reported|stated|announced|warned|insisted|explained)\b))",
    re.IGNORECASE,
)


# The first characters _PERSON_AFTER can find after a name's spaces (its verbs' initials and the
# apposition's comma): any other ASCII character there rules it out without running it.
_PERSON_AFTER_FIRST = frozenset("satwidcSATWIDC,")


def names_a_person(text: str, start: int, end: int, before_word: str) -> bool:
    """Return True when the name at text[start:end] is used as a person's name: after a title or
    a first name, before "said" or an apposition ("Sherzad, a lawmaker from ...")."""
    adjacent = before_word and text.endswith(before_word + " ", 0, start)
    if adjacent and (before_word.lower() in _TITLES or _is_first_name(before_word)):
        return True
    if before_word.lower() in _PLACE_PREPOSITIONS or before_word.lower() in _FLED_VERBS or text[max(0, start - 16) : start].rstrip().lower().endswith(_HOLDER_SUFFIXES):
        return False  # "residents of X said", "people in Taliban-held X said", "families who fled X said": a place
    if _person_after(text, end) and not _listed_after_preposition(text, start):
        return True
    return _before_surname(text, end)


# A capitalised word right after a name that may be its bearer's surname ("Sayed Karam Hashimi, the district
# governor"), unless it is a place's own word ("Kunduz City, the ...", "Herat Airport") or a day ("took X Sunday, ...")
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z'’]{2,}(?:-[A-Z][a-z]+)?)(?=[ ,])")
_PLACE_WORDS = frozenset(
    """city town province district districts capital airport airfield airbase base valley road highway
    bazaar square prison jail gate dam pass river citadel fort hospital stadium mosque shrine
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _before_surname(text: str, end: int) -> bool:
    """Return True when the name ending at `end` is a given name: a surname-like capitalised word
    follows it, and then "said" or a person's apposition ("Sayed Karam Hashimi, the district governor")."""
    found = _SURNAME_AFTER.match(text, end)
    if found is None or found[1].lower() in _PLACE_WORDS or found[1].lower() in _ORGANISATION_AFTER:
        return False
    return _person_after(text, found.end())


def _listed_after_preposition(text: str, start: int) -> bool:
    """Return True when the name at `start` ends a list of names opened by a place preposition
    ("from Faryab and", "in Balkh, Samangan or")."""
    return _LISTED_AFTER_PREPOSITION.search(text, max(0, start - 120), start) is not None


@functools.lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    """Return True for a capitalised first name ("Hamid", "Zabihullah"); a run of names asks about the same few words."""
    return word[:1].isupper() and bool(_FIRST_NAME.match(word))


def _person_after(text: str, end: int) -> bool:
    """Return True when "said" or a person's apposition follows the name ending at `end`."""
    first = text[end : end + 60].lstrip()[:1]
    if first.isascii() and first not in _PERSON_AFTER_FIRST:
        return False  # (a non-ASCII letter may fold to one of them: the pattern decides)
    return bool(_PERSON_AFTER.match(text, end, end + 60))


# People written in lower case after their name ("Musa Khel tribesmen", "the Shinwari tribe")
_PEOPLE_AFTER = frozenset("tribe tribes tribesmen tribal clan clans".split())


def is_part_of_name(before: str, after: str) -> bool:
    """Return True when the words around a name make it part of a person's or organisation's name
    or a people's ("Musa Khel tribesmen")."""
    if before[:1].isupper() and before.lower() in _PERSON_BEFORE:
        return True
    return bool(after[:1].isupper() and after.lower() in _ORGANISATION_AFTER) or after in _PEOPLE_AFTER


# "Kabul Now", "Herat Security Dialogue", "Kandahar Daily": an outlet or forum named after a city,
# written right after the name (one space), so "Kabul. Now the Taliban ..." keeps its place
OUTLET_AFTER = re.compile(r" (?:Now|Security\s+Dialogue|Daily|Press|Tribune)\b")


# Only spaces between a name and the word after it: "Nahrin. Police said" starts a new sentence
_SAME_PHRASE_GAP = re.compile(r"[ \t\u00a0]*")


def word_joined_after(text: str, end: int, after: re.Match | None) -> str:
    """Return the word `after` matched past the name ending at `end` when only spaces part them,
    else "" (a full stop or comma between them ends the name's phrase)."""
    if after is None or not _SAME_PHRASE_GAP.fullmatch(text, end, after.start(1)):
        return ""
    return after.group(1)


def names_an_outlet(text: str, end: int) -> bool:
    """Return True when the name ending at `end` begins an outlet's or forum's name ("Kabul Now")."""
    return OUTLET_AFTER.match(text, end) is not None


# "Maiwand 215th Corps", "Pamir 217 Army Corps": an army corps named after a place, its number
# between (the name right before "Corps" is read by `is_part_of_name`; "the Kunduz corps
# headquarters" is the base in Kunduz)
_UNIT_AFTER = re.compile(r" +\d{3}(?:st|nd|rd|th)?\s+(?:(?:Army|Military|National\s+Army)\s+)?[Cc]orps\b")


# "the 215th Maiwand corps": the number first, the name between it and "corps" (any case: the
# number makes it the unit's name, where "the Kunduz corps headquarters" is the base in Kunduz)
_UNIT_NUMBER_BEFORE = re.compile(r"\b\d{3}(?:st|nd|rd|th)?\s+$")
_CORPS_AFTER = re.compile(r"\s+(?:(?:Army|Military|army|military)\s+)?[Cc]orps\b")


def names_a_unit(text: str, start: int, end: int) -> bool:
    """Return True when the name at `start`-`end` names an army corps ("Maiwand 215th Corps",
    "the 215th Maiwand corps"), not a place."""
    if _UNIT_AFTER.match(text, end) is not None:
        return True
    return _CORPS_AFTER.match(text, end) is not None and _UNIT_NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None



# "captured a former police chief in X", "seized the governor of Y at a checkpoint near X": a person is
# what the verb took, and the place only where it happened (no list goes on: not "the chief and X")
_PERSON_OBJECT = re.compile(
    r"^\s*(?:an?|the|their|its|his|one)\s+(?:[\w'’-]+\s+){0,3}?(?:chief|commander|governor|official|elder|leader|spokes(?:man|woman|person)"
    r"|officer|lawmaker|mp|judge|journalist|son|brother|relative|driver|general|deputy)(?:\s+of(?:\s+[\w'’-]+){1,3}?)?"
    r"\s+(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:(?!and\b)[\w'’-]+\s+){0,4}?(?:(?:in|at|near|outside|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def person_object(gap: str) -> bool:
    """Return True when `gap`, the words between a verb and the place after it, names a person as
    the verb's object and the place only as where it happened ("captured a former police chief in")."""
    return _PERSON_OBJECT.match(gap) is not None
