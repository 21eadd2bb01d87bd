"""Weekdays that are part of a paper's name, not a day: "The Sunday Times", "The Friday Times",
"Sunday Telegraph", "The Mail on Sunday", "Independent on Sunday".

A byline or a source line ("Hugh Tomlinson, The Sunday Times"; "..., the Sunday Telegraph
reported") names the paper, and its weekday would otherwise date the report's events to the last
such day (a Saturday paper's "Sunday" six days back). Only the capitalised forms count: "on Sunday
times were hard" is not a paper.
"""

from __future__ import annotations

import re

__all__ = ["names_a_paper"]

# the paper's own word after the weekday: "Sunday Times", "Friday Times", "Sunday Business Post"
_PAPER_AFTER = re.compile(
    r"\s+(?:Business\s+|Morning\s+)?(?:Times|Telegraph|Guardian|Express|Mirror|Post|Herald|Tribune|Independent"
    r"|Observer|Star|Mail|Standard|Nation|Review|World|Sport|People|Edition)\b"
)
# the paper's own word before it: "The Mail on Sunday", "Independent on Sunday", "Scotland on Sunday"
_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent|Scotland|Wales|Observer)\s+(?:on\s+)?$")


def names_a_paper(sentence: str, start: int, end: int) -> bool:
    """Return True when the weekday written at sentence[start:end] (a capitalised day name, maybe
    with "on" before it) is part of a newspaper's name rather than a day."""
    word = re.search(r"[A-Z][a-z]+day\b", sentence[start:end])
    if word is None:
        return False
    return bool(_PAPER_AFTER.match(sentence, start + word.end()) or _PAPER_BEFORE.search(sentence[max(0, start - 24) : start + word.start()]))
