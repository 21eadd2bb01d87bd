"""Elliptical sequels: "Zaranj fell on Friday. Sheberghan and Kunduz followed." The outcome told
before is shared by every name of the list whose only verb is "followed", "were next" or "did too",
not by the last name alone (`frontmap.extract.gaps.follows_suit` reads the words after one name).
"""

from __future__ import annotations

import re

from frontmap.extract import gaps
from frontmap.extract.triggers import FIGHT, Trigger

# the rest of a short list after a name: ", Taloqan", " and Kunduz city", ", and Sar-e Pul"
_NEXT_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’.-]*(?:[ -](?:(?:e|i|ye)\b|[A-Z][\w'’.-]*))*"
    r"(?:\s+(?:city|town|district|districts|cities))?"
)
_MAX_ITEMS = 8


def list_follows_suit(sentence: str, end: int) -> bool:
    """Return True when the name ending at `end`, or the list of names it starts ("X, Y and Z"),
    has for its only verb "followed", "came next" or the like: each name shares the outcome told
    before."""
    for _ in range(_MAX_ITEMS):
        if gaps.follows_suit(sentence, end):
            return True
        item = _NEXT_ITEM.match(sentence, end)
        if item is None:
            return False
        end = item.end()
    return False


def outcome_before(triggers: list[Trigger], i: int) -> Trigger | None:
    """Return the trigger an elliptical name shares, looking back from `triggers[i]`: the nearest
    one that is no fighting word ("captured X after two weeks of fighting; Y did too": the capture
    is shared, the fighting only tells how), or None when there is none."""
    while i >= 0 and triggers[i].kind == FIGHT:
        i -= 1
    return triggers[i] if i >= 0 else None


def list_end(sentence: str, end: int) -> int:
    """Return where the list of names that the name ending at `end` begins ends ("X, Y and Z
    city": after "city"), or `end` when no name follows."""
    for _ in range(_MAX_ITEMS):
        item = _NEXT_ITEM.match(sentence, end)
        if item is None:
            break
        end = item.end()
    return end
