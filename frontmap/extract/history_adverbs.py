"""Adverbs that put a control statement before the time of the report: "the insurgents held Kunduz
twice before", "they have captured it before", "the group held the city in the past". The
statement tells the place's past, not news, and gives no event (a year or a month said with it
would date it; without one, the sentence's day would make old history today's change).

Not "a week before" or "days before", which date an event against another one, nor "in the past
week" or "in the past 24 hours", which are the news.
"""

from __future__ import annotations

import re

_RELATIVE_UNIT = r"(?:hours?|days?|nights?|weeks?|months?|moments?|minutes?|shortly|just|the\s+day|morning|evening)"
_BEFORE_NOW = re.compile(
    r"\b(?:once|twice|(?:three|four|five|several|many|\d+)\s+times)\s+before\b"  # "twice before"
    r"|(?<!\w)(?P<bare>before)\s*(?:[.,;:!?\u2014\u2013]|\s-\s|$)"  # "captured it before." (checked below)
    r"|\bin\s+the\s+past\b(?!\s+(?:few|couple|two|three|four|five|several|\d+|24|48|72|week|weeks|month|months|days?|year|fortnight)\b)"
    r"|\bin\s+(?:years|decades)\s+past\b",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(_RELATIVE_UNIT + r"\s+$", re.IGNORECASE)
# the statement ends at a full stop or where another one is joined to it ("took X, and had held it before")
_STATEMENT_END = re.compile(r"[.;!?]|\b(?:and|but|while|whereas|which|who|although|though)\b", re.IGNORECASE)
_REACH = 80


def told_before_now(sentence: str, trigger_end: int) -> bool:
    """Return True when an adverb after the verb ending at `trigger_end`, in its statement, puts
    the statement before the report's time (see the module notes). The statement runs past a
    clause cut at "before" ("held it twice before"), so it is bounded here, not by the clause."""
    window = sentence[trigger_end : trigger_end + _REACH]
    lowered = window.lower()
    if "before" not in lowered and "past" not in lowered:
        return False
    stop = _STATEMENT_END.search(window)
    end = trigger_end + (stop.start() if stop else len(window))
    for match in _BEFORE_NOW.finditer(sentence, trigger_end, min(len(sentence), end + 2)):
        if match.group("bare") and _UNIT_BEFORE.search(sentence, trigger_end, match.start()):
            continue  # "a week before": dated against another event
        return True
    return False
