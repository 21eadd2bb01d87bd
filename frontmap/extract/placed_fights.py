"""Fights placed elsewhere: a comma clause whose fight word names wider ground of its own.

"Rockets strike Herat airport, clashes intensify across Afghanistan", "Taliban shell X airport,
fighting spreads in the north": headline copy joins two clauses with a comma alone, and the second
clause's fight is placed by its own locative (the country, a region of it, "nationwide",
"elsewhere"), so it is no fight for the place before the comma. A fight placed "in the city" or
at the place itself ("Taliban storm X, fighting rages in the city") still tells of it.
"""

from __future__ import annotations

import re

# the place, at most a few words of its own ("airport"), then only the comma before the fight word
_COMMA_BEFORE = re.compile(r"^[^,;:()]{0,40},\s*(?:(?:heavy|fierce|intense|renewed|new)\s+)?$")
_REGION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# the fight word's own verb, then the wider ground it is placed on
_WIDER_AFTER = re.compile(
    r"[\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:(?:in|across|throughout|around)\s+(?:the\s+)?(?:country|afghanistan"
    rf"|(?:{_REGION}\s+)?(?:provinces|regions?)|{_REGION}(?:\s+(?:afghanistan|provinces|regions?))?)|nationwide|elsewhere)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")


def placed_elsewhere(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the fight word at `trigger_start` of `sentence` opens a comma-joined clause
    after the place ending at `end` and its own locative places it on wider ground ("X airport,
    clashes intensify across Afghanistan"): not a fight for the place."""
    if not _COMMA_BEFORE.match(sentence[end:trigger_start]):
        return False
    word = _WORD.match(sentence, trigger_start)
    return word is not None and _WIDER_AFTER.match(sentence, word.end()) is not None
