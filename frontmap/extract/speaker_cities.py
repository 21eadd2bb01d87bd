"""Speakers' cities: "the city" in a sentence whose speaker's title names a province is its capital.

"'Fighting is going on inside the city,' said the head of Helmand's provincial council" in a report
filed from Kandahar that has named Spin Boldak: the council head speaks for Helmand, so the city is
Lashkar Gah, not the dateline's city nor a town of another province named earlier. `unnamed_cities`
reads this before any town is named; this reads it after one, when the reference's sentence names
no town or district of its own (the town named wins) nor a province but the speaker's, and the
sentence before names no capital (that one is meant: "Fighters reached Sheberghan. They overran the
city, the governor of Faryab said"). Kabul is the seat of those who speak, not a province spoken
for ("Taliban fighters entered Ghazni. 'The city is under siege,' said a lawmaker from Kabul": Ghazni).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.references import any_role, place_role
from frontmap.extract.text import text_view
from frontmap.extract.unnamed_cities import city_references, mentions_before

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_NATIONAL = "AF-KAB"  # "a lawmaker from Kabul province" speaks from the seat of government, not for a city at issue
_SPOKEN_FOR = "title or affiliation"  # the role of "Helmand" in "the head of Helmand's provincial council"


def speaker_cities(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each "the city" (or "the provincial
    capital") in a sentence that names no town and whose speaker's title names one province, when
    the sentence before names no capital (`ordered`: the article's mentions by position)."""
    if "city" not in text and "capital" not in text:
        return []
    found = []
    for index, (low, high) in enumerate(sentences):
        references = list(city_references(text, low, high))
        if not references or _capital_before(text, sentences, ordered, index):
            continue
        code = _speaker_province(text, low, high, [m for m in ordered if m.sentence_index == index])
        found += [(index, m.start(), m.end(), code) for m in references
                  if code is not None and mentions_before(ordered, m.start(), m.end()) is not None]
    return found


def _speaker_province(text: str, low: int, high: int, mentions: Sequence[Mention]) -> str | None:
    """Return the code of the one province the speakers' titles of text[low:high] name, or None
    when the sentence (whose `mentions` these are) names a town or district other than a dateline's."""
    sentence = text[low:high]
    view = text_view(sentence)
    codes = set()
    for mention in mentions:
        role = any_role(sentence, mention.start - low, mention.end - low, view)
        if mention.place.kind != "province":
            if role != "dateline":
                return None
        elif role == _SPOKEN_FOR and mention.place.province_code != _NATIONAL:
            codes.add(mention.place.province_code)
    named = {m.place.province_code for m in mentions if m.place.kind == "province"}
    return codes.pop() if len(codes) == 1 and named == codes else None


def _capital_before(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], index: int) -> bool:
    """Return True when sentence `index - 1` names a capital that is no dateline's: the city a
    reference after it means ("Fighters reached Sheberghan. They overran the city, the governor of
    Faryab said": Sheberghan)."""
    if index == 0:
        return False
    low, high = sentences[index - 1]
    return any(m.sentence_index == index - 1 and m.capital and place_role(text[low:high], m.start - low, m.end - low) != "dateline"
               for m in ordered)
