"""A province named beside "the city" picks which city it means.

"Two more fell: Sharana in Paktika and Qalat in Zabul. The deputy governor of Paktika said the
Taliban entered the city": the nearest city named is Qalat, but the sentence of the reference
names Paktika, and Paktika's city (Sharana) was named just before: that is the one meant. Only a
single province named in the reference's own sentence, before it, counts, and only a city of the
same kind named within the few sentences back the reference reads anyway.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_BACK = 64  # mentions looked at before the one first chosen, as references.Antecedents does


def own_province_town(ordered: Sequence[Mention], chosen: int, count: int, sentences: Sequence[tuple[int, int]],
                      position: int, fits: Callable[[Mention], bool]) -> Mention | None:
    """Return the mention of a city in the province the reference's sentence names, when the one
    first chosen (`ordered[chosen]`, in an earlier sentence) lies in another province; None else.

    `ordered`: the article's mentions by position, `count` of them before the reference at
    `position`; `sentences`: the article's (start, end) spans; `fits`: whether a mention is of a
    kind the reference's noun prefers."""
    first = ordered[chosen]
    at = bisect.bisect_right(sentences, position, key=lambda span: span[0]) - 1  # the sentence of the reference
    if at < 0 or first.sentence_index >= at:
        return None
    s_start = sentences[at][0]
    codes = {m.place.province_code for m in ordered[chosen + 1 : count] if m.start >= s_start and m.place.kind == "province"}
    if len(codes) != 1 or first.place.province_code in codes:
        return None
    (code,) = codes
    for j in range(chosen - 1, max(0, chosen - _BACK) - 1, -1):
        other = ordered[j]
        if other.sentence_index < first.sentence_index - 1:
            break
        if other.place.province_code == code and other.place.kind != "province" and fits(other):
            return other
    return None
