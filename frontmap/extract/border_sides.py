"""Border sides: "the Afghan side of the border" as a reference to the crossing named before it.

Reports filed from across a frontier speak of a crossing from their own side of it: "Pakistan shut
Torkham after the Taliban took control of the Afghan side of the border", "... seized the Afghan
border facility", "... took over the border posts in Afghan territory". Those words mean the crossing
(or border town) named last, on the Afghan side of the line: the place the map shows. The
neighbour's own side ("the Pakistani side", "the Iranian side of the crossing") is no place of the
map, and "the Afghan side" as a party to talks ("talks with the Afghan side", "the Afghan side
said") is no place at all. A name right after the words ("the border posts in Kaldar") is the place
they stand in, read as that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontmap.extract.date_expressions import MONTHS

__all__ = ["SIDE", "place_side", "side_before_name", "side_references"]

_MONTHS = "(?:" + "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True)) + r")\b"  # "on July 9"
_FRONTIER = r"(?:border|crossing|frontier|bridge|gate|boundary)"
# "the border post" (one, with no "Afghan") is `references.DEFINITE`'s
_BORDER_SITE = r"(?:Afghan\s+border\s+posts?|border\s+posts|(?:Afghan\s+)?border\s+(?:facilit(?:y|ies)|points?|gates?|check\s*posts?|checkpoints?))"
# "the Afghan side", "... of the border", "... of the Hairatan bridge" (the name inside is what it means)
_AFGHAN_SIDE = r"(?:Afghan|Afghanistan(?:['’]s)?)\s+side\b(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?" + _FRONTIER + r"\b)?"
SIDE = re.compile(  # a letter class first (no \b), so a scan over a whole text skips ahead fast
    r"[Tt](?<!\w[Tt])he\s+(?:" + _AFGHAN_SIDE + r"|" + _BORDER_SITE + r"\b(?:\s+(?:on|at)\s+the\s+" + _AFGHAN_SIDE + r")?)"
    # a party, not a place: "the Afghan side said", "talks with the Afghan side on the return of ..."
    r"(?!\s+(?:said|says|told|tells|asked|agreed|added|insisted|claimed|denied|has\s+said|had\s+said|delegation|officials?|team|on\s+the)\b)"
    # "the border posts in Kaldar district": the name after the words is the place they mean
    r"(?!\s+(?:in|at|of|on|near|along)\s+(?:the\s+)?(?!Afghan\b|Taliban\b|\w+day\b|" + _MONTHS + r")[A-Z])"  # not "on Sunday", "in Taliban hands"
)
# "the Kandahar side of the Chaman crossing": a province's (or town's) side of a crossing is the crossing
_PLACE_SIDE = re.compile(r"\s+side\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:border\s+)?" + _FRONTIER + r"\b")
_PARTY_BEFORE = re.compile(r"\b(?:talks?|talking|negotiat\w+|meetings?|met|agreement|contacts?)\s+with\s+$", re.IGNORECASE)


def side_references(sentence: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) spans in `sentence` of words naming the Afghan side of a border
    ("the Afghan side of the border", "the Afghan border facility", "the border posts on the Afghan
    side", "the Afghan side of the Hairatan bridge"): a crossing named inside them or before them."""
    for match in SIDE.finditer(sentence):
        if not _PARTY_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            yield match.span()


def place_side(sentence: str, end: int) -> int | None:
    """Return where the words naming a side of a crossing end when the name ending at `end` in
    `sentence` is followed by them ("Kandahar| side of the Chaman crossing"), else None: the name
    only says whose side, the place meant is the crossing."""
    match = _PLACE_SIDE.match(sentence, end)
    return match.end() if match else None


# "raised their flag on the Afghan side at X", "took the Afghan side of the crossing in X": the side's words, then the name
_SIDE_BEFORE_NAME = re.compile(r"\s*(?:(?:on|at|over|of)\s+)?the\s+" + _AFGHAN_SIDE + r"\s+(?:at|in)\s+")


def side_before_name(gap: str) -> bool:
    """Return True when `gap`, the words between a verb and a place, is only the Afghan side of a
    crossing and the preposition before the name ("on the Afghan side at "): the place named is the
    crossing itself, whole."""
    return "side" in gap and _SIDE_BEFORE_NAME.fullmatch(gap) is not None
