"""Fronted pronouns: an "it" in a clause of time that opens the sentence stands for the place the
main clause names right after that clause.

"A week after it fell to the Taliban, Bala Murghab was still without power", "Days before it was
overrun, the district asked for help": the pronoun points forward to the main clause's subject, not
back to the last place named before it (often the dateline's city). A dateline may stand before
the clause ("QALA-I-NAW, July 10 - A week after it fell, ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from frontmap.extract.mentions import Mention

# the sentence up to "it": a dateline at most, a few words of measure ("a week", "two days",
# "hours", "soon"), then the subordinator of time
_FRONTED_IT = re.compile(
    r"(?:[^\n]{0,60}?\s[-–—]+\s+)?\W*(?:[\w-]+\s+){0,3}?(?:after|before|when|since|once|until|as|shortly\s+after)\s+",
    re.IGNORECASE,
)
# between the clause's comma and the main clause's subject: "the district of", "the northern city of"
_SUBJECT_HEAD = re.compile(r"\s*(?:the\s+(?:[\w-]+\s+){0,2}?(?:district|city|town|capital|province)\s+of\s+)?", re.IGNORECASE)


def named_after(mentions: Sequence[Mention], sentence: str, s_start: int, at: int) -> Mention | None:
    """Return the place the main clause names as its subject (one of the sentence's `mentions`)
    when the "it" at `at` (the sentence being at `s_start` in the text) stands in a clause of time
    opening the sentence, else None."""
    i = main_subject(sentence, at, [m.start - s_start for m in mentions])
    return None if i is None else mentions[i]


def main_subject(sentence: str, at: int, starts: Sequence[int]) -> int | None:
    """Return the index among `starts` (offsets of the sentence's places, in order) of the place
    the main clause names as its subject right after the comma, when `at` stands in a clause of
    time opening the sentence ("A week after it fell, X ..."), else None."""
    if not _FRONTED_IT.fullmatch(sentence, 0, at):
        return None
    comma = sentence.find(",", at)
    if comma < 0:
        return None
    for i, start in enumerate(starts):
        if start > comma:
            return i if _SUBJECT_HEAD.fullmatch(sentence, comma + 1, start) else None
    return None
