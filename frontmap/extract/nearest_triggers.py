"""The triggers a place is read against: those nearest it inside its clause, on both sides.

A sentence's triggers (`frontmap.extract.triggers`) never overlap, so their order is that of their
starts; a place reads them nearest first, a few on each side, within a reach of characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.triggers import Trigger


def nearest_triggers(triggers: list[Trigger], starts: list[int], place: tuple[int, int], bounds: tuple[int, int],
                     reach: int, limit: int) -> Iterator[Trigger]:
    """Yield the triggers (of one sentence, in order; `starts` their starts) within `bounds` and
    `reach` characters of the place at `place` = (start, end), up to `limit` on each side, nearest
    first (ties: the one before)."""
    start, end = place
    before = _one_side(triggers, starts, place, bounds, reach, limit, -1)
    after = _one_side(triggers, starts, place, bounds, reach, limit, 1)
    b, a = next(before, None), next(after, None)
    while b is not None and a is not None:
        if start - b.end <= a.start - end:
            yield b
            b = next(before, None)
        else:
            yield a
            a = next(after, None)
    for first, rest in ((b, before), (a, after)):
        if first is not None:
            yield first
            yield from rest


def _one_side(triggers: list[Trigger], starts: list[int], place: tuple[int, int], bounds: tuple[int, int],
              reach: int, limit: int, step: int) -> Iterator[Trigger]:
    """Yield up to `limit` triggers before (`step` -1) or after (1) the place, nearest first
    (triggers never overlap, so that is their order)."""
    (start, end), (low, high) = place, bounds
    j = bisect.bisect_left(starts, start) + (-1 if step < 0 else 0)
    found = 0
    while 0 <= j < len(triggers) and found < limit:
        t = triggers[j]
        if step < 0:
            if t.start < low or start - t.end > reach:
                return
            usable = t.end <= start
        else:
            if t.end > high or t.start - end > reach:
                return
            usable = t.start >= end
        if usable:
            found += 1
            yield t
        j += step
