"""A year written before an event noun dates that event: "a 2016 offensive on X", "the 2001 fall of
Kandahar", "the Taliban's 2015 assault on the city".

A bare year with no preposition is not read as a date (a figure: "2000 fighters"), but one standing
between an article or a possessive and a noun of fighting or of a change of hands names the event's
year as surely as "in 2016" does: the event is that year's, history when the year is past.
"""

from __future__ import annotations

import re

_OWNER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|that)|['’]s)\s+$", re.IGNORECASE)
# the noun, after up to two words of its own ("a 2016 Taliban offensive", "the 2015 failed assault")
_EVENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:offensives?|attacks?|assaults?|sieges?|fall|capture|battles?|takeovers?|push|campaign|raids?|fighting"
    r"|invasion|occupation|onslaught|incursion|advance)\b",
    re.IGNORECASE,
)


def year_before_an_event(sentence: str, year_start: int, year_end: int) -> bool:
    """Return True when the bare year at [year_start, year_end) stands between an article or a
    possessive and a noun of fighting or of a fall ("a 2016 offensive"): it dates that event."""
    return bool(_OWNER_BEFORE.search(sentence, max(0, year_start - 12), year_start)) and _EVENT_AFTER.match(sentence, year_end) is not None
