"""Their capitals: the capitals of several provinces named together, not by their own names
("took Uruzgan and Zabul provinces and their capitals", "seized both provinces and their
capitals"). "Their capitals" points back to the provinces just named: those in its sentence
before it, or, after "both provinces" / "the two provinces", the last two named within the two
sentences before. Each of those provinces' capitals is a place of its own, told by the same words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_THEIR_CAPITALS = re.compile(r"\btheir\s+(?:respective\s+|two\s+|three\s+)?(?:provincial\s+)?capitals\b(?!\s+of\b)", re.IGNORECASE)
_BOTH_PROVINCES = re.compile(r"\b(?:both|the\s+two|these\s+two)\s+provinces\b", re.IGNORECASE)
_REACH = 2  # sentences back to look for the two provinces "both provinces" stands for


def their_capitals(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each province whose capital
    "their capitals" stands for (one entry per province, all with the span of those words);
    `ordered` are the text's mentions by position."""
    if "capitals" not in text:
        return []
    starts, mention_starts = [s for s, _ in sentences], [m.start for m in ordered]
    found = []
    for match in _THEIR_CAPITALS.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        before = ordered[: bisect.bisect_right(mention_starts, match.start())]
        for code in _provinces_meant(before, index, text[starts[index] : match.start()]):
            found.append((index, match.start(), match.end(), code))
    return found


def _provinces_meant(before: Sequence[Mention], index: int, lead: str) -> list[str]:
    """Return the codes of the provinces "their capitals" points back to (see the module notes)."""
    own = _distinct(m for m in before if m.sentence_index == index)
    if len(own) >= 2:
        return own
    if not _BOTH_PROVINCES.search(lead):
        return []
    recent = _distinct(m for m in before if index - _REACH <= m.sentence_index <= index)
    return recent[-2:] if len(recent) >= 2 else []


def _distinct(mentions) -> list[str]:
    """Return the province codes of the province mentions among `mentions`, once each, in order."""
    codes: list[str] = []
    for mention in mentions:
        if mention.place.kind == "province" and mention.place.province_code not in codes:
            codes.append(mention.place.province_code)
    return codes
