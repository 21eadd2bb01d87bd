"""A short district name alone in a headline: "Taliban seize Kiti on Tuesday, Daikundi officials
say". Such a name ("Kiti", "Nili", "Obe") is also a tribe, a surname or a word, and counts only beside
a cue (`place_cues`); a headline drops the word "district", but when the same headline names the
district's province, or the dateline opens with a place of it, the reader is told where it is, and
the name stands for the district. A name that is a common English word ("Farsi", the language)
stays a word even so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# names that are common English words in headlines whatever the province around them
_ENGLISH_WORDS = frozenset({"farsi", "reg", "kot", "chak", "kang", "kama", "dara", "shamal", "pech"})


def held_in_named_province(held: Sequence[Mention], mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return the `held` mentions (names read as words so far) of the headline whose district's
    province the headline names, or the dateline's place is in."""
    head_end = text.find("\n")
    if head_end < 0 or not text[head_end:].strip():
        return []
    provinces = {m.place.province_code for m in mentions if _in_headline(m, head_end) and m.place.kind == "province"}
    provinces |= {m.place.province_code for m in mentions if m.start == _dateline_start(text, head_end)}
    return [h for h in held if _in_headline(h, head_end) and h.place.kind != "province" and h not in mentions
            and h.place.province_code in provinces and text[h.start : h.end].lower() not in _ENGLISH_WORDS]


def _in_headline(mention: Mention, head_end: int) -> bool:
    """Return True when `mention` lies in the headline (the text's first line)."""
    return mention.end <= head_end


def _dateline_start(text: str, head_end: int) -> int:
    """Return the offset at which the dateline's place starts: the first letter after the headline."""
    return len(text) - len(text[head_end:].lstrip())
