"""Unnamed capitals: "the provincial capital" that no name follows, read as a province's capital.

"Fighting in Helmand ... pushed into the provincial capital": with no capital named before it, in a
text that names a province (in its sentence or the two before), the reference is that province's
capital; the mention finder adds it as a mention. A capital named through its province ("Helmand's
capital") is found by `capital_phrases`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.capital_phrases import capitals_by_province
from frontmap.extract.national_capital import national_capitals
from frontmap.extract.references import DEFINITE
from frontmap.extract.unnamed_cities import mentions_before, unnamed_cities

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_CAPITAL_MODIFIERS = ("provincial", "local")  # "the local capital" after "in Zabul province": Qalat, as AP writes it
_CAPITAL_REACH = 2  # sentences back to look for the province whose capital "the provincial capital" is


def unnamed_capitals(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each "the provincial capital" (or
    "the local capital") that no name follows and that follows a province named before any capital (in its sentence or
    the two before), for each capital named through its province (`capital_phrases`), for each
    description of the national capital (`national_capital`) and for each "the city" before any
    town is named (`unnamed_cities`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found = capitals_by_province(text, sentences, ordered) + national_capitals(text, sentences, ordered)
    found += [f for f in unnamed_cities(text, sentences, ordered) if not any(f[1] < g[2] and g[1] < f[2] for g in found)]
    if "provincial capital" not in text and "local capital" not in text:
        return found
    starts = [s for s, _ in sentences]
    for match in DEFINITE.finditer(text):
        if match.group("modifier") not in _CAPITAL_MODIFIERS or match.group("noun") != "capital":
            continue
        start, end = match.span()
        count = mentions_before(ordered, start, end)
        if count is None:
            continue  # a name inside or right after it: "the provincial capital Taloqan"
        index = bisect.bisect_right(starts, start) - 1
        code = _province_before(ordered[:count], index)
        if code is not None:
            found.append((index, start, end, code))
    return found


def _province_before(before: Sequence[Mention], index: int) -> str | None:
    """Return the province code of the last province named (in `before`, by position, within reach
    of sentence `index`) when no capital was named after it, else None."""
    for mention in reversed(before):
        if mention.sentence_index < index - _CAPITAL_REACH:
            return None
        if mention.place.kind == "province":
            return mention.place.province_code
        if mention.capital or mention.place.kind == "capital":
            return None
    return None
