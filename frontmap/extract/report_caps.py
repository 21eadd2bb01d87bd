"""Which source's day caps an event when a sentence has several speakers (for `frontmap.extract.dates`).

"The Taliban said on Tuesday they had taken X, but the governor said on Wednesday that forces still
held it": each speaker's day bounds what that speaker tells. The trigger after a speaking day is
told by that speaker; the earliest speaking day of the sentence caps only a trigger told before
every speaker ("X fell, the Taliban said Tuesday and officials confirmed Wednesday").

A day fronted before a later speaker's verb is that speaker's day too: in "The Taliban said on Monday
they had taken X, but on Wednesday the police chief denied it, saying his men held it" the hold is
Wednesday's, not capped by the Taliban's Monday.
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.date_scope import Dated

# "on Wednesday the Baghlan police chief denied": a subject of a few words, then its speaking verb
_SPEAKER_AFTER = re.compile(
    r",?\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|denied|rejected|dismissed|insisted|confirmed|told)\b", re.IGNORECASE)


def speaker_days(
    parts: tuple[list[Dated], list[dt.date]], dated: list[Dated], trigger: int | None, sentence: str = "",
) -> tuple[list[Dated], list[dt.date]]:
    """Return `parts` (a sentence's event dates and reporting days) with the reporting days cut to the
    one of the last speaker before the trigger at `trigger`, when there are several and one speaks
    before it, or to the day fronted before a later speaker's verb (`sentence`) ahead of the trigger."""
    events, reported = parts
    if trigger is None or not reported:
        return parts
    last_report = max((d.expr.end for d in dated if d.role == "reporting"), default=0)
    fronted = [d.date for d in events if last_report <= d.expr.start and d.expr.end < trigger and _SPEAKER_AFTER.match(sentence, d.expr.end, trigger)]
    if fronted:
        return events, fronted[-1:]
    if len(reported) < 2:
        return parts
    before = [d.date for d in dated if d.role == "reporting" and d.date is not None and d.expr.end <= trigger]
    return events, before[-1:] or reported
