"""Elliptical sequels: "Zaranj fell on Friday. Sheberghan and Kunduz followed." The outcome told
before is shared by every name of the list whose only verb is "followed", "were next" or "did too",
not by the last name alone (`frontmap.extract.gaps.follows_suit` reads the words after one name).

A list fronted by "after" shares the main verb after it: "After Ghazni, Herat and Lashkar Gah, the
Taliban have captured Kandahar" tells that the three were captured first, as "captured Kandahar
after Ghazni and Herat" does (`frontmap.extract.gaps.ellipsis_start`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frontmap.extract import gaps, turn_takers
from frontmap.extract.earlier_falls import DAY_OPENING, FRONTED_OPENING, subject_only
from frontmap.extract.triggers import FIGHT, Trigger

# the rest of a short list after a name: ", Taloqan", " and Kunduz city", ", and Sar-e Pul"
_NEXT_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’.-]*(?:[ -](?:(?:e|i|ye)\b|[A-Z][\w'’.-]*))*"
    r"(?:\s+(?:city|town|district|districts|cities))?"
)
_MAX_ITEMS = 8
# a day told for a name of the fronted list or for the list itself: " on Thursday", " late on Aug. 12"
_ITEM_DAY = DAY_OPENING + r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?"
_LIST_DAY = re.compile(_ITEM_DAY)
# the sentence opens with "After" (past a dateline) and only names, each maybe with its day, follow it up to the place
_FRONTED_AFTER = re.compile(
    FRONTED_OPENING + rf"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:{_ITEM_DAY})?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)


def list_follows_suit(sentence: str, end: int, start: int | None = None) -> bool:
    """Return True when the name ending at `end` (starting at `start`, when given), or the list of
    names it starts ("X, Y and Z"), has for its only verb "followed", "came next", "it was the turn
    of" or the like: each name shares the outcome told before."""
    if start is not None and turn_takers.takes_its_turn(sentence, start, end):
        return True
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


def fronted_outcome(sentence: str, start: int, end: int, triggers: Sequence[Trigger], starts: Sequence[int]) -> Trigger | None:
    """Return the main verb that the name at [start, end) shares when it stands in a list fronted by
    "After" and closed by a comma ("After Ghazni, Herat and Lashkar Gah, the Taliban have captured
    X"), `triggers` being the sentence's triggers and `starts` their starts; None when the name
    stands in no such list or the verb after it is no fighting-free outcome."""
    if _FRONTED_AFTER.match(sentence[:start]) is None:
        return None
    close = end
    for _ in range(_MAX_ITEMS):  # each comma the list may close at ("After X and Y, Z fell": Z is no item)
        own_day = _LIST_DAY.match(sentence, close)  # "After Ghazni on Thursday, ...": the name's own day
        close = close if own_day is None else own_day.end()
        if sentence[close : close + 1] == "," and (verb := _main_verb_after(sentence, close, triggers, starts)) is not None:
            return verb
        item = _NEXT_ITEM.match(sentence, close)
        if item is None:
            return None
        close = item.end()
    return None


def _main_verb_after(sentence: str, comma: int, triggers: Sequence[Trigger], starts: Sequence[int]) -> Trigger | None:
    """Return the outcome trigger a fronted list closed by the comma at `comma` shares: the first
    after it with no more than a short subject between, or None."""
    i = bisect.bisect_left(starts, comma)
    if i == len(triggers) or triggers[i].kind == FIGHT:
        return None
    return triggers[i] if subject_only(sentence, comma + 1, triggers[i].start) else None
