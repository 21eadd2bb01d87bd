"""Unnamed cities: "the city" before any town is named, read as the capital the text goes on to name
or as the capital of the province it names.

"Taliban fighters entered the city on Sunday. The city, Kunduz, ..." and "'We have lost the city,'
said the governor of Faryab": no town or district is named before the reference (a dateline's city
only says where the report was filed), so `references` would find nothing at hand, or the bureau's
city. The capital named in apposition right after it, in its sentence or the next two ("The city,
Kunduz,", "Kunduz, a city of ...", "Kunduz, the provincial capital"), is what it means; failing
that, the capital of the one province named in its sentence or the two before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.references import DEFINITE, place_role

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_CAPITAL_MODIFIERS = (None, "provincial", "local")  # "the city", "the provincial capital"
_NAMED_AFTER = 2  # sentences after the reference in which its name may be given
_PROVINCE_BEFORE = 2  # sentences before it in which its province may be named
# "The city, Kunduz," / "Kunduz, a city of ..." / "Kunduz, the provincial capital, ...": the name given as the city
_CITY_BEFORE_NAME = re.compile(r"\b(?:the|this)\s+(?:provincial\s+)?(?:city|capital)\s*,\s*$", re.IGNORECASE)
_CITY_AFTER_NAME = re.compile(r"\s*,\s*(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:city|provincial\s+capital|capital\s+of)\b", re.IGNORECASE)


def unnamed_cities(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each "the city" (or "the provincial
    capital") of `text` before which no town or district is named (`ordered`: the mentions by
    position), when a capital is named as that city after it or one province is named near it."""
    if "city" not in text and "capital" not in text:
        return []
    first_town = next((m.start for m in ordered if m.place.kind not in ("province", "foreign") and not _dateline(text, sentences, m)), len(text))
    found = []
    for match in DEFINITE.finditer(text, 0, first_town):
        if match.group("noun") not in ("city", "capital") or match.group("modifier") not in _CAPITAL_MODIFIERS:
            continue
        if match.group("noun") == "capital" and match.group("modifier") is None:
            continue  # "the capital": Kabul
        index = _sentence_of(sentences, match.start())
        code = _named_later(text, sentences, ordered, index, match.end()) or _province_near(ordered, index)
        if code is not None and not any(match.start() < m.end and m.start <= match.end() + 3 for m in ordered):
            found.append((index, match.start(), match.end(), code))
    return found


def _named_later(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], index: int, end: int) -> str | None:
    """Return the province code of the capital named as the city after `end` (in sentence `index`
    or the next ones), or None."""
    last = min(len(sentences) - 1, index + _NAMED_AFTER)
    for mention in ordered:
        if mention.start < end or mention.sentence_index > last or not mention.capital:
            continue
        low = sentences[mention.sentence_index][0]
        if _CITY_BEFORE_NAME.search(text, max(low, mention.start - 24), mention.start) or _CITY_AFTER_NAME.match(text, mention.end):
            return mention.place.province_code
    return None


def _province_near(ordered: Sequence[Mention], index: int) -> str | None:
    """Return the code of the one province named in sentence `index` or the two before, or None."""
    codes = {m.place.province_code for m in ordered if m.place.kind == "province" and index - _PROVINCE_BEFORE <= m.sentence_index <= index}
    return codes.pop() if len(codes) == 1 else None


def _dateline(text: str, sentences: Sequence[tuple[int, int]], mention: Mention) -> bool:
    """Return True when `mention` is the dateline's city ("KABUL, Aug 10 -"): where the report was filed."""
    low, high = sentences[mention.sentence_index]
    return place_role(text[low:high], mention.start - low, mention.end - low) == "dateline"


def _sentence_of(sentences: Sequence[tuple[int, int]], position: int) -> int:
    """Return the index of the sentence holding `position`."""
    return next((i for i, (low, high) in enumerate(sentences) if low <= position < high), len(sentences) - 1)
