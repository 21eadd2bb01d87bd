"""Capitals named through their province, not by their own name.

- "the capital of the same name", "its capital of the same name", "his province's capital of the
  same name" after a province ("fighting in Kunduz province ... encircling the capital of the same
  name") is that province's capital; so is "his province's capital" with no name after it, and
  "its capital" right after a province ("controls the entire province, including its capital"). The
  province then only says where that capital lies (`names_its_capital_later`).
- "the centers of Herat, Kandahar and Zabul provinces", "the centres of key provinces such as
  Herat and Kandahar", "the provincial centres of Ghazni and Logar": the provinces' capitals, as
  "the capitals of X and Y provinces" are, and "provincial centres in X and Y provinces"
  (`names_capitals_listed`); "district centres of X" are other places. So are
  "provinces whose capitals have fallen - X, Y" and "the provinces of X and Y, whose capitals fell"
  (not "provinces whose districts fell").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.list_reach import COMPASS_ASIDE
from frontmap.extract.text import has_any

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# told first the letters a determiner opens with, a scan of a whole text passes over every other position at once
_DETERMINER = r"(?=[TtIiHh])(?:the|its|his|her|their|this|that)\s+(?:(?:home|native|own)\s+)?"
# "the capital of the same name", "his province's capital of the same name", "its provincial centre
# of the same name"; not "the province of the same name" (a city named before it, the other way round)
_SAME_NAME = re.compile(
    _DETERMINER + r"(?:province['’]s\s+)?(?:provincial\s+)?(?:capital(?:\s+city)?|city|cent(?:re|er))\s+of\s+the\s+same\s+name\b",
    re.IGNORECASE,
)
# "his province's capital" (a name after it, "his province's capital, Faizabad", is the mention itself)
_PROVINCE_CAPITAL = re.compile(_DETERMINER + r"province['’]s\s+(?:provincial\s+|eponymous\s+|namesake\s+)?capital(?:\s+city)?\b(?!\s+of\b)", re.IGNORECASE)
# "controls the entire province, including its capital": the capital of the province just spoken of
# (the word "province" read first, not looked back for at every position: the scan skips ahead to it)
_ITS_CAPITAL = re.compile(r"\bprovince(?:[^.;:]{0,40}?)\b(?:including|and|as\s+well\s+as|along\s+with)\s+(?P<its>its\s+(?:provincial\s+)?capital(?:\s+city)?)\b(?!\s+of\b)")
# "a lawmaker from Zabul province said (Friday) its capital had fallen": the capital of the province its speaker
# was named with, in the same sentence (a province farther back may not be the one "its" points to)
_SAID_ITS_CAPITAL = re.compile(
    r"\b(?:said|says|say|confirmed|reported|added|told\s+[^.;:,]{1,30}?)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:that\s+)?(?P<its>its\s+(?:provincial\s+)?capital(?:\s+city)?)\b(?!\s+of\b)"
)
_NAME_AFTER = re.compile(r"\s*,?\s*(?:city\s+of\s+)?[A-Z]")
_REACH = 2  # sentences back to look for the province
_WORDS_NEEDED = ("same name", "province's capital", "province’s capital", "its capital", "its provincial capital",
                 "province's eponymous", "province’s eponymous", "province's namesake", "province’s namesake")
# One list of names: "X", "X, Y and Z", "Sar-e Pul, Kunduz", "X to the north and Y to the west" (any case: the sentence's lower-case view too,
# where "Sar-e-Pul" is three words)
_REGION = r"(?:(?:north|south|east|west|central)[\w-]*\s+)?"
_ITEMS = r"(?:" + _REGION + r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?:" + COMPASS_ASIDE + r")?\s*(?:,\s*(?:and\s+)?|\s+and\s+|(?<=\s\s))){0,8}" + _REGION
# "provinces of", "key provinces such as", "several provinces including": the provinces whose names follow
_PROVINCES_NAMED = (
    r"(?:(?:key|important|major|main|several|other|some|many|big|large|strategic|(?:north|south|east|west|central)[\w-]*)\s+){0,3}"
    r"provinces\s+(?:of|such\s+as|like|including)\s+(?:the\s+)?"
)
# "the capitals of X and Y", "the capital cities of X", "the provincial centres of X", "those of the
# provinces of X" (a plural that takes "capitals" from before), "the centres of X" (not "district centres");
# "three more provincial capitals -- X and Y provinces": the provinces set after a dash or colon stand for them
_CAPITALS_OF = re.compile(
    r"\b(?P<lead>capitals|capital\s+cities|provincial\s+(?:capitals|cent(?:er|re)s|seats)|(?<!district )(?<!district-)cent(?:er|re)s"
    r"|those)(?:\s+of|(?<=capitals)(?:\s+on\s+[A-Z][a-z]+day)?\s*(?:--?|[–—:]))\s+(?:the\s+)?(?:" + _PROVINCES_NAMED + r")?" + _ITEMS + r"$",
    re.IGNORECASE,
)
# "clashes near provincial centers in Faryab and Takhar provinces": "in" where "of" is usual, after "provincial" only
# ("population centres in Faryab" are other places)
_PROVINCIAL_IN = re.compile(
    r"\bprovincial\s+(?:capitals|cent(?:er|re)s|seats)\s+in\s+(?:the\s+)?(?:" + _PROVINCES_NAMED + r")?" + _ITEMS + r"$",
    re.IGNORECASE,
)
# "big cities including the western Herat, southern Lashkar Gah and Maimana": the cities, not their provinces
_CITIES_INCLUDING = re.compile(
    r"\bcities\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?" + _ITEMS + r"$", re.IGNORECASE)
# "Paktika and Kunar provincial capitals", "the Ghazni and Logar provincial centres" (after the list)
_NO_NAME = r"(?!(?:other|more|several|some|many|two|three|four|five|six|seven|eight|nine|ten|\d+|the|its|their)\b)"
_CAPITALS_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _NO_NAME + r"[\w’'-]+(?:\s+[\w’'-]+)?)*?\s+(?:provinces['’]?\s+)?"
    r"provincial\s+(?:capitals|cent(?:er|re)s)\b",
    re.IGNORECASE,
)
# "... along with Helmand's." after capitals: the possessive stands for the capital (no noun after it)
_ELLIPTICAL_POSSESSIVE = re.compile(r"['’]s?(?=\s*(?:[.,;:)]|$))")
_CAPITALS_BEFORE = re.compile(r"\b(?:capitals|capital\s+cities|provincial\s+cent(?:er|re)s)\b[^.;:]*$", re.IGNORECASE)
_THOSE_REACH = 300  # "those of" looks this far back for the capitals it stands for
# "provinces whose capitals have fallen - Kunduz, Takhar and Sar-e Pul", "... whose capitals are under
# siege: X and Y", "provinces whose capitals fell include X and Y": the list after names the capitals
_WHOSE_CAPITALS_BEFORE = re.compile(
    r"\bprovinces\s+whose\s+(?:provincial\s+)?capitals?\b[^.;:()\-–—]{0,60}?(?:\s*[-–—:]\s*|\s+(?:include|included|are|were)\s+)"
    + _ITEMS + r"$",
    re.IGNORECASE,
)
# "the provinces of Farah and Badghis, whose capitals fell on Wednesday", "Farah and Badghis provinces, whose
# capitals ...": the list before; a name after "whose capital" ("whose capital Zaranj fell") is the capital itself
_WHOSE_CAPITALS_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _NO_NAME + r"[\w’'-]+(?:\s+[\w’'-]+)?)*?(?:\s+provinces?)?\s*,?\s+whose\s+"
    r"(?:provincial\s+)?capitals?\b(?!\s*,?\s*[A-Z])",
)


def names_capitals_listed(text: str, start: int, end: int) -> bool:
    """Return True when the province named at [start, end) of `text` (or of its lower-case view)
    stands for its capital in a list of capitals: "the capitals (capital cities, provincial centres,
    centres) of X and Y (provinces)", "those of the provinces of X and Y" after capitals were spoken
    of, "X and Y provincial capitals", "cities including X and Y"."""
    before = _CAPITALS_OF.search(text, max(0, start - 120), start) if _may_lead_capitals(text, start) else None
    if before is not None:
        return before["lead"].lower() != "those" or "capital" in text[max(0, start - _THOSE_REACH) : before.start()].lower()
    if "provincial" in text[max(0, start - 120) : start].lower() and _PROVINCIAL_IN.search(text, max(0, start - 120), start):
        return True
    if "cities" in text[max(0, start - 120) : start].lower() and _CITIES_INCLUDING.search(text, max(0, start - 120), start):
        return True
    if _ELLIPTICAL_POSSESSIVE.match(text, end) and _CAPITALS_BEFORE.search(text, max(0, start - 120), start):
        return True  # "the capitals of Zabul and Uruzgan provinces along with Helmand's"
    if "whose" in text[max(0, start - 120) : end + 120].lower():
        return _named_whose_capitals(text, start, end)
    return bool(_CAPITALS_AFTER.match(text, end, end + 120))


def _named_whose_capitals(text: str, start: int, end: int) -> bool:
    """Return True when the province at [start, end) is listed as one of "provinces whose capitals"
    (the list after those words, or before ", whose capitals")."""
    if _WHOSE_CAPITALS_BEFORE.search(text, max(0, start - 120), start):
        return True
    return _WHOSE_CAPITALS_AFTER.match(text, end, end + 120) is not None


def capitals_by_province(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each capital named only through its
    province ("the capital of the same name", "his province's capital"), the province being the
    last one named before it (in its sentence or the two before); `ordered` are the text's mentions
    by position."""
    if not any(words in text for words in _WORDS_NEEDED):
        return []
    starts = [s for s, _ in sentences]
    mention_starts = [m.start for m in ordered]
    found = []
    for pattern in (_SAME_NAME, _PROVINCE_CAPITAL, _ITS_CAPITAL, _SAID_ITS_CAPITAL):
        for match in pattern.finditer(text):
            start, end = match.span("its") if pattern in (_ITS_CAPITAL, _SAID_ITS_CAPITAL) else match.span()
            if pattern is not _SAME_NAME and _NAME_AFTER.match(text, end):
                continue
            index = bisect.bisect_right(starts, start) - 1
            reach = 0 if pattern is _SAID_ITS_CAPITAL else _REACH
            code = _province_before(ordered, bisect.bisect_right(mention_starts, start), index, reach)
            if code is not None and not any(f[1] <= start < f[2] for f in found):
                found.append((index, start, end, code))
    return found


def named_through_province(surface: str) -> bool:
    """Return True when a mention's words name a capital through its province ("the capital of the
    same name", "his province's capital"): no name of its own that could merely locate another."""
    return bool(_SAME_NAME.match(surface) or _PROVINCE_CAPITAL.match(surface) or surface.startswith("its "))


def _province_before(ordered: Sequence[Mention], count: int, index: int, reach: int = _REACH) -> str | None:
    """Return the province code of the last province (or city named like its province) among the
    first `count` of `ordered` within `reach` sentences before sentence `index`, else None."""
    for mention in reversed(ordered[max(0, count - 64) : count]):
        if mention.sentence_index < index - reach:
            return None
        place = mention.place
        if place.kind == "province" or (mention.capital and place.name.lower() == place.province.lower()):
            return place.province_code
    return None


def names_its_capital_later(sentence: str, s_start: int, start: int, place_kind: str, code: str, mentions: Sequence[Mention]) -> bool:
    """Return True when the province named at `start` of `sentence` (a `place_kind` place of province
    `code`) is named so that a later "capital of the same name" in the sentence may point at it: the
    province only locates its capital ("fighting in Kunduz province, encircling the capital of the
    same name")."""
    if place_kind != "province":
        return False
    return any(
        m.start - s_start > start and m.place.province_code == code and m.capital and _SAME_NAME.match(m.surface)
        for m in mentions
    )


# the words every lead of `_CAPITALS_OF` holds (lower case)
_LEAD_WORDS = ("capital", "cent", "seats", "those")
_ALSO_MATCHED = "\u0130\u0131\u017f"  # "İ", "ı", "ſ": a pattern ignoring case takes them for "i" and "s", lower() does not


def _may_lead_capitals(text: str, start: int) -> bool:
    """Return False when the words before `start` hold no lead `_CAPITALS_OF` needs ("capitals",
    "centres", "those"): most names stand after none, and its search need not run."""
    window = text[max(0, start - 120) : start]
    if not window.isascii() and any(c in window for c in _ALSO_MATCHED):
        return True
    low = window.lower()
    return has_any(low, _LEAD_WORDS)
