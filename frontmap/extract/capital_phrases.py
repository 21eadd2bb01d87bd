"""Capitals named through their province, not by their own name.

- "the capital of the same name", "its capital of the same name", "his province's capital of the
  same name" after a province ("fighting in Kunduz province ... encircling the capital of the same
  name") is that province's capital; so is "his province's capital" with no name after it, and
  "its capital" right after a province ("controls the entire province, including its capital"). The
  province then only says where that capital lies (`names_its_capital_later`).
- "the centers of Herat, Kandahar and Zabul provinces", "the provincial centres of Ghazni and
  Logar": the provinces' capitals, as "the capitals of X and Y provinces" are
  (`names_capitals_listed`); "district centres of X" are other places.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_DETERMINER = r"(?:the|its|his|her|their|this|that)\s+(?:(?:home|native|own)\s+)?"
# "the capital of the same name", "his province's capital of the same name", "its provincial centre
# of the same name"; not "the province of the same name" (a city named before it, the other way round)
_SAME_NAME = re.compile(
    _DETERMINER + r"(?:province['’]s\s+)?(?:provincial\s+)?(?:capital(?:\s+city)?|city|cent(?:re|er))\s+of\s+the\s+same\s+name\b",
    re.IGNORECASE,
)
# "his province's capital" (a name after it, "his province's capital, Faizabad", is the mention itself)
_PROVINCE_CAPITAL = re.compile(_DETERMINER + r"province['’]s\s+(?:provincial\s+)?capital(?:\s+city)?\b(?!\s+of\b)", re.IGNORECASE)
# "controls the entire province, including its capital": the capital of the province just spoken of
_ITS_CAPITAL = re.compile(r"(?<=\bprovince)(?:[^.;:]{0,40}?)\b(?:including|and|as\s+well\s+as|along\s+with)\s+(?P<its>its\s+(?:provincial\s+)?capital(?:\s+city)?)\b(?!\s+of\b)")
_NAME_AFTER = re.compile(r"\s*,?\s*(?:city\s+of\s+)?[A-Z]")
_REACH = 2  # sentences back to look for the province
_WORDS_NEEDED = ("same name", "province's capital", "province’s capital", "its capital", "its provincial capital")
# "the provincial centres of Ghazni and Logar" (any list after), "the centers of X, Y and Z provinces"
_PROVINCIAL_CENTRES_OF = re.compile(r"\bprovincial\s+cent(?:er|re)s\s+of\s+(?:the\s+)?(?:[\w’'-]+,?\s+){0,8}$", re.IGNORECASE)
_CENTRES_OF = re.compile(r"(?<!district )(?<!district-)\bcent(?:er|re)s\s+of\s+(?:the\s+)?(?:[\w’'-]+,?\s+){0,8}$", re.IGNORECASE)
_PROVINCES_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*\s+provinces\b")


def names_capitals_listed(text: str, start: int, end: int) -> bool:
    """Return True when the province named at [start, end) is one of a list of provincial centres
    ("the provincial centres of X and Y", "the centers of X and Y provinces")."""
    window = max(0, start - 90)
    if _PROVINCIAL_CENTRES_OF.search(text, window, start):
        return True
    return bool(_CENTRES_OF.search(text, window, start) and _PROVINCES_AFTER.match(text, end, end + 120))


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
    for pattern in (_SAME_NAME, _PROVINCE_CAPITAL, _ITS_CAPITAL):
        for match in pattern.finditer(text):
            start, end = match.span("its") if pattern is _ITS_CAPITAL else match.span()
            if pattern is not _SAME_NAME and _NAME_AFTER.match(text, end):
                continue
            index = bisect.bisect_right(starts, start) - 1
            code = _province_before(ordered, bisect.bisect_right(mention_starts, start), index)
            if code is not None and not any(f[1] <= start < f[2] for f in found):
                found.append((index, start, end, code))
    return found


def named_through_province(surface: str) -> bool:
    """Return True when a mention's words name a capital through its province ("the capital of the
    same name", "his province's capital"): no name of its own that could merely locate another."""
    return bool(_SAME_NAME.match(surface) or _PROVINCE_CAPITAL.match(surface) or surface.startswith("its "))


def _province_before(ordered: Sequence[Mention], count: int, index: int) -> str | None:
    """Return the province code of the last province (or city named like its province) among the
    first `count` of `ordered` within reach of sentence `index`, else None."""
    for mention in reversed(ordered[max(0, count - 64) : count]):
        if mention.sentence_index < index - _REACH:
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
