"""Framed provinces: a sentence that opens on its province frames what "the district" in it means.

"In Baghlan province, the security forces abandoned the district centre and retreated ...": after
a paragraph on districts of Faryab and Baghlan, the district the sentence speaks of lies in the
province its opening names, not in Faryab however recently a Faryab district was named. A definite
reference in such a sentence passes over places of other provinces.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# "In Baghlan province,", "In the northern Takhar province,": the opening that frames the sentence
_FRAME = re.compile(r"[\s\"“]*In\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)?\s+[Pp]rovince\s*,")


def outside_frame(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], position: int, mention: Mention) -> bool:
    """Return True when the sentence of `text` holding `position` opens on "In X province," and
    `mention` (a candidate antecedent, `ordered` the article's mentions by position) lies in
    another province than X."""
    start, end = sentences[max(0, bisect.bisect_right(sentences, position, key=lambda span: span[0]) - 1)]
    frame = _FRAME.match(text, start, end)
    if frame is None:
        return False
    first = bisect.bisect_left(ordered, frame.start(), key=lambda m: m.start)
    for framing in ordered[first:]:
        if framing.start >= frame.end():
            break
        if framing.place.kind == "province":
            return mention.place.province_code != framing.place.province_code
    return False


def first_within(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], position: int, mention: Mention,
                 choices: Sequence[Callable[[], Mention | None]]) -> Mention:
    """Return the first place `choices` give (each asked in turn) that does not lie outside the
    province framing the sentence at `position` (`outside_frame`), or `mention` when none does:
    the report's own district stands for "the district" only within the frame."""
    for choice in choices:
        chosen = choice()
        if chosen is not None and not outside_frame(text, sentences, ordered, position, chosen):
            return chosen
    return mention
