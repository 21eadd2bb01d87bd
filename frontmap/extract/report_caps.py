"""Which source's day caps an event when a sentence has several speakers (for `frontmap.extract.dates`).

"The Taliban said on Tuesday they had taken X, but the governor said on Wednesday that forces still
held it": each speaker's day bounds what that speaker tells. The trigger after a speaking day is
told by that speaker; the earliest speaking day of the sentence caps only a trigger told before
every speaker ("X fell, the Taliban said Tuesday and officials confirmed Wednesday").
"""

from __future__ import annotations

import datetime as dt

from frontmap.extract.date_scope import Dated


def speaker_days(
    parts: tuple[list[Dated], list[dt.date]], dated: list[Dated], trigger: int | None,
) -> tuple[list[Dated], list[dt.date]]:
    """Return `parts` (a sentence's event dates and reporting days) with the reporting days cut to the
    one of the last speaker before the trigger at `trigger`, when there are several and one speaks before it."""
    events, reported = parts
    if trigger is None or len(reported) < 2:
        return parts
    before = [d.date for d in dated if d.role == "reporting" and d.date is not None and d.expr.end <= trigger]
    return events, before[-1:] or reported
