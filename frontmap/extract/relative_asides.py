"""A relative clause set off by commas between a place and its verb.

"Malistan, where thousands of families had fled from the fighting in nearby districts last month,
fell on Sunday": the clause only describes the place, however long it runs, and the place is still
the subject of the verb after it. Shorter asides are skipped where the gap is read
(`frontmap.extract.gaps`); this one takes out a whole ", which/where/who ... ," clause first, so its
length does not hide the subject. The clause's own verbs are read on their own: "X, which fell
last week, is quiet now" keeps its fall, and a place named inside the clause ("Y, where fighters
from X came, fell") is no subject of the verb after it (its gap holds the clause's words). Nor is it what a
definite reference before the clause means: "The district, which straddles the road from Kunduz
city to Takhar, fell on Saturday" is about the district named before, not about Kunduz.

A list item with such a clause does not share a participle set off after the next item: in
"Muqur, which fell on June 26, and Jawand, taken on July 2" the participle is Jawand's own aside,
parallel to Muqur's clause (`parallel_aside_follows`); "Muqur, which fell in June, and Jawand have
been retaken" still has both subjects of the finite verb.
"""

from __future__ import annotations

import re

# the clause right after the place (or its unit word), up to the comma that closes it
_RELATIVE_ASIDE = re.compile(
    r"^(?:\s+(?:district|province|city|town|area|valley|dam|base|crossing))?\s*,\s*"
    r"(?:which|where|who|whose|whom|when)\s[^,;:()]{2,200},"
)

# a description of the place whose own relative clause runs to the closing comma: "Doshi, a key
# district in Baghlan province which connects the capital with the north, has fallen"
_DESCRIBED_ASIDE = re.compile(
    r"^\s*,\s*(?:a|an|the|another)\s+(?:[\w'-]+\s+){0,3}?(?:district|province|city|town|area|valley|crossing|port|hub|gateway)"
    r"\s+(?:(?:in|of)\s+(?:[\w'-]+\s+){1,3}?)?(?:which|that|where)\s[^,;:()]{2,200},",
    re.IGNORECASE,
)


def without_relative_aside(gap: str) -> str:
    """Return `gap` (the words between a place and a verb after it) without a relative clause set
    off by commas that opens it (alone, or after a description of the place), or `gap` itself
    when it opens with none."""
    clause = _RELATIVE_ASIDE.match(gap) or _DESCRIBED_ASIDE.match(gap)
    if clause is None:
        return gap
    opening = gap.index(",")
    return gap[:opening] + " " + gap[clause.end() :].lstrip()


# what is left of the gap past the clause: the next item and the comma that sets off its own participle
_NEXT_ITEM_ASIDE = re.compile(r"\s*and\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*(?:\s+(?:district|city|town))?\s*,\s*$")


def parallel_aside_follows(gap: str) -> bool:
    """Return True when `gap` (the words between a place and a verb after it) opens with the place's
    own relative clause and holds then only the next item of a list and a comma: the verb is that
    item's participle set off by the comma, not a verb the place shares."""
    if "," not in gap or (clause := _RELATIVE_ASIDE.match(gap) or _DESCRIBED_ASIDE.match(gap)) is None:
        return False
    return _NEXT_ITEM_ASIDE.match(gap, clause.end()) is not None


def aside_span(sentence: str, at: int) -> tuple[int, int] | None:
    """Return the (start, end) of the relative clause set off by commas that opens at `at` of
    `sentence` (right after a place or a definite reference), or None when none opens there."""
    clause = _RELATIVE_ASIDE.match(sentence[at:])
    return None if clause is None else (at, at + clause.end())
