"""Unnamed cities: "the city" before any town is named, read as the capital the text goes on to name
or as the capital of the province it names.

"Taliban fighters entered the city on Sunday. The city, Kunduz, ..." and "'We have lost the city,'
said the governor of Faryab": no town or district is named before the reference, so `references`
would find nothing at hand, or the dateline's city. The capital a later sentence (of the next two)
names as the city ("The city, Kunduz,", "Kunduz, a city of ...") is what it means; failing that,
the capital of the one province named in its sentence or the two before. A dateline's city may well
be the city meant ("KABUL - ... reached the outskirts of the city after taking Logar province"), so
under a dateline only a province the sentence's own source speaks for ("the governor of Faryab",
"a lawmaker from Badghis") outweighs it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from frontmap.extract.references import DEFINITE, any_role, place_role
from frontmap.extract.text import text_view

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_CAPITAL_MODIFIERS = (None, "provincial", "local")  # "the city", "the provincial capital"
_NAMED_AFTER = 2  # sentences after the reference in which its name may be given
_PROVINCE_BEFORE = 2  # sentences before it in which its province may be named
# "The city, Kunduz," / "Kunduz, a city of ..." / "Kunduz, the provincial capital, ...": the name given as the city
_CITY_BEFORE_NAME = re.compile(r"\b(?:the|this)\s+(?:provincial\s+)?(?:city|capital)\s*,\s*$", re.IGNORECASE)
_CITY_AFTER_NAME = re.compile(r"\s*,\s*a\s+(?:[\w-]+\s+){0,3}?city\b", re.IGNORECASE)
_SPOKEN_FOR = "title or affiliation"  # the role of "Faryab" in "the governor of Faryab"


def unnamed_cities(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each "the city" (or "the provincial
    capital") of `text` before which no town or district is named (`ordered`: the mentions by
    position), when a capital is named as that city after it or one province is named near it."""
    if "city" not in text and "capital" not in text:
        return []
    towns = [m for m in ordered if m.place.kind not in ("province", "foreign")]
    first_town = next((m.start for m in towns if not _dateline(text, sentences, m)), len(text))
    under_dateline = bool(towns) and towns[0].start < first_town  # every town before the first one named is a dateline's
    starts = [s for s, _ in sentences]
    found = []
    for match in city_references(text, 0, first_town):
        index = bisect.bisect_right(starts, match.start()) - 1
        code = _named_later(text, sentences, ordered, index) or _province_near(text, sentences, ordered, index, under_dateline)
        if code is not None and mentions_before(ordered, match.start(), match.end()) is not None:
            found.append((index, match.start(), match.end(), code))
    return found


def city_references(text: str, low: int, high: int) -> Iterator[re.Match[str]]:
    """Return the matches of "the city", "the provincial capital" and "the local capital" in
    text[low:high], in order ("the capital" alone is Kabul)."""
    for match in DEFINITE.finditer(text, low, high):
        noun, modifier = match.group("noun"), match.group("modifier")
        if noun == "city" and modifier in _CAPITAL_MODIFIERS or noun == "capital" and modifier in _CAPITAL_MODIFIERS[1:]:
            yield match


def _named_later(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], index: int) -> str | None:
    """Return the province code of the capital a sentence after sentence `index` (of the next
    ones) names as the city, or None."""
    last = min(len(sentences) - 1, index + _NAMED_AFTER)
    for mention in ordered:
        if mention.sentence_index <= index or mention.sentence_index > last or not mention.capital:
            continue
        low = sentences[mention.sentence_index][0]
        if _CITY_BEFORE_NAME.search(text, max(low, mention.start - 24), mention.start) or _CITY_AFTER_NAME.match(text, mention.end):
            return mention.place.province_code
    return None


def _province_near(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], index: int, under_dateline: bool) -> str | None:
    """Return the code of the one province named in sentence `index` or the two before (under a
    dateline: one its source speaks for in sentence `index`), or None."""
    near = [m for m in ordered if m.place.kind == "province" and index - _PROVINCE_BEFORE <= m.sentence_index <= index]
    if under_dateline:
        low, high = sentences[index]
        sentence = text[low:high]
        view = text_view(sentence)
        near = [m for m in near if m.sentence_index == index and any_role(sentence, m.start - low, m.end - low, view) == _SPOKEN_FOR]
    codes = {m.place.province_code for m in near}
    return codes.pop() if len(codes) == 1 else None


def _dateline(text: str, sentences: Sequence[tuple[int, int]], mention: Mention) -> bool:
    """Return True when `mention` is the dateline's city ("KABUL, Aug 10 -"): where the report was filed."""
    low, high = sentences[mention.sentence_index]
    return place_role(text[low:high], mention.start - low, mention.end - low) == "dateline"


def mentions_before(ordered: Sequence[Mention], start: int, end: int) -> int | None:
    """Return how many of the mentions (`ordered`: by position) start before the end of the
    reference at [start, end) or within three characters after it; None when the last of them is
    a name inside the reference or right after it ("the Afghan capital Kabul", "the city, Kunduz")."""
    count = bisect.bisect_right(ordered, end + 3, key=lambda m: m.start)
    return None if count and ordered[count - 1].end > start else count


def unnamed_descriptions(pattern: re.Pattern[str], text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention],
                         code_of: Callable[[re.Match[str]], str]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each match of `pattern` in `text` that
    no name follows (`mentions_before`), the code given by `code_of` for the match: a place told by
    description only ("the Afghan capital", "the country's second-largest city")."""
    starts = [s for s, _ in sentences]
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if mentions_before(ordered, start, end) is not None:  # not "the Afghan capital Kabul": the name is the mention
            found.append((bisect.bisect_right(starts, start) - 1, start, end, code_of(match)))
    return found
