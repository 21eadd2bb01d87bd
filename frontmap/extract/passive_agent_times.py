"""A time phrase between a passive verb and its agent: "X was captured a couple of days back by the front".

`frontmap.extract.roles` looks for the "by" of a passive agent a few words after the verb; a
time phrase set in between ("two days ago", "a couple of days back", "earlier this week", "late
on Friday", "last week") pushes the "by" out of that reach, and the capture is then read as the
default side's. Skipping the time phrase first lets the agent decide again.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:a|one|two|three|four|five|six|several|a +few|few|a +couple +of|couple +of|\d+)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+day +(?:morning|afternoon|evening|night))"
_TIME_PHRASE = re.compile(
    r" +(?:" + _NUMBER + r" +(?:days?|weeks?|months?|hours?) +(?:back|ago|earlier|before)"
    r"|(?:earlier|late|early) +(?:this|last) +(?:week|month)|last +(?:week|month|night)|earlier +(?:today|on +" + _DAY + r")"
    r"|(?:(?:late|early) +)?on +" + _DAY + r"(?: +(?:morning|afternoon|evening|night))?"
    r"|(?:yesterday|overnight|earlier|recently)(?: +(?:morning|afternoon|evening))?)(?= )"
)


def past_time_phrase(view: str, position: int) -> int:
    """Return the end of a time phrase starting at `position` in the lower-case sentence `view`
    (where the next words may name a passive's agent), or `position` when none starts there."""
    match = _TIME_PHRASE.match(view, position)
    return match.end() if match else position
