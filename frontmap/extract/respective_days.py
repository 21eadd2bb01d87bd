"""Respective days: a list of places paired with a list of days by "respectively".

"Khakrez and Shah Wali Kot, which fell on Saturday and Sunday respectively": each name takes the
day in its own position, never the nearest one nor the first day of a range. Only a list of names
and a run of days of the same length are paired; anything else is left to the usual reading
(`frontmap.extract.date_scope.pick`, through `frontmap.extract.earlier_falls.dates_for`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

# "in that order" pairs a list with a run of days just as "respectively" does
_RESPECTIVELY = re.compile(r"\b(?:respectively|in\s+that\s+order)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*"
_SEP = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
_NAME_AT = re.compile(_NAME)
_ITEM_BEFORE = re.compile(_NAME + _SEP + r"$")
_ITEM_AFTER = re.compile(_SEP + _NAME)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"  # "on Thursday evening and early Friday"
_DAY_JOIN = re.compile(_PART + _SEP + r"(?:on\s+)?(?:(?:early|late)\s+)?")
_BEFORE_RESPECTIVELY = re.compile(_PART + r"\s*,?\s*")
_REACH = 200  # characters from the place to "respectively"
# "Saturday and Sunday respectively", "July 4, 6 and 9, respectively": the rest of a run of days paired with names
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*,?\s*(?:and\s+)?(?:on\s+)?[\w.]+(?:\s+\d{1,2})?){0,3}?\s*,?\s*(?:respectively|in\s+that\s+order)\b", re.IGNORECASE)


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end


D = TypeVar("D", bound=_Dated)


def pairs_days(sentence: str, end: int) -> bool:
    """Return True when the day ending at `end` of `sentence` belongs to a run of days closed by
    "respectively": neither the end of a range nor the opening of a new clause."""
    return _RESPECTIVELY_AFTER.match(sentence, end) is not None


def respective_day(sentence: str, events: Sequence[D], position: int) -> list[D]:
    """Return `events` (the sentence's event dates) with a run of days closed by "respectively"
    cut down to the one in the place's position in its list, when the list of names the place at
    `position` belongs to is as long as the run; else `events` unchanged."""
    found = _RESPECTIVELY.search(sentence, position, position + _REACH)
    name = _NAME_AT.match(sentence, position)
    if found is None or name is None:
        return list(events)
    run: list[D] = []
    for d in sorted((d for d in events if name.end() <= d.expr.start < found.start()), key=lambda d: -d.expr.start):
        joined = (_DAY_JOIN.fullmatch(sentence, d.expr.end, run[0].expr.start) if run
                  else _BEFORE_RESPECTIVELY.fullmatch(sentence, d.expr.end, found.start()))
        if joined is None:
            break
        run.insert(0, d)
    index, at = 0, position
    while (before := _ITEM_BEFORE.search(sentence, max(0, at - 80), at)) is not None:
        index, at = index + 1, before.start()
    size, end = index + 1, name.end()
    while (after := _ITEM_AFTER.match(sentence, end)) is not None and after.end() <= (run[0].expr.start if run else end):
        size, end = size + 1, after.end()
    if len(run) < 2 or size != len(run):
        return list(events)
    return [d for d in events if d is run[index] or all(d is not r for r in run)]


def in_paired_list(sentence: str, position: int) -> bool:
    """Return True when the name at `position` of `sentence` belongs to a list of names that a
    "respectively" ahead pairs with its days: the place's own position dates it, not its verb's."""
    name = _NAME_AT.match(sentence, position)
    if name is None or _RESPECTIVELY.search(sentence, position, position + _REACH) is None:
        return False
    return _ITEM_BEFORE.search(sentence, max(0, position - 80), position) is not None or _ITEM_AFTER.match(sentence, name.end()) is not None
