"""Date openings: the words a date expression can open with, so that the date pattern is tried
only where one may start.

`frontmap.extract.date_expressions` tries its pattern at each word a little before every anchor
("Sunday", "week", "2021") and at the anchor itself; most of those words ("forces", "Taliban",
"heavy") can open no date, nor can an anchor inside a word or after a space ("today", " day"),
and a failed try of the whole alternation costs several microseconds. Every alternative of the
pattern opens with a figure or one of `OPENINGS` ("on" is no opening: the pattern starts at the day
itself), each followed by a space, a full stop or a word end; only a modifier of a month ("mid",
"late") may run straight into it ("mid-July", "midJuly"). A word that opens with, or runs on
into, a letter outside ASCII is always tried (the pattern ignores case, and some letters fold
onto ASCII ones).
"""

from __future__ import annotations

import calendar
import re

from frontmap.extract.weekday_dates import WEEKDAYS

_GLUED = ("early", "mid", "middle", "late", "beginning", "start", "end")  # may run into a month or a year
_MONTHS = {name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name} | {"sept"}
_WEEKDAYS = set(WEEKDAYS) | {f"{day}s" for day in WEEKDAYS}  # "on Mondays"
_SPLIT_WEEKDAYS = {"mon", "tues", "wed", "wednes", "thurs", "fri", "sat", "satur", "sun"}  # "Mon-day": a print copy's hyphen
_OTHERS = """a an one two three four five six seven eight nine ten eleven twelve twenty thirty forty seventy several some just only
    the in since until by during from of through around yesterday today tonight overnight last this
    earlier later next that over at previous recent recently lately past days weeks months years hours less under within nearly almost
    before prior till pre after first opening final closing second third fourth following shortly soon"""
#: The lower-case words an alternative of the date pattern may open with (figures aside).
OPENINGS = frozenset(_MONTHS | _WEEKDAYS | _SPLIT_WEEKDAYS | set(_OTHERS.split()) | set(_GLUED))
_LETTERS = re.compile(r"[A-Za-z]*")


def may_open_a_date(sentence: str, start: int) -> bool:
    """Return True when a date expression may open at `start` of `sentence` (False for a space or a
    mark, and for ASCII letters that are no opening and run into no month)."""
    run = _LETTERS.match(sentence, start).group()
    if not run:
        return sentence[start : start + 1].isalnum()  # a figure, or a letter outside ASCII
    after = sentence[start + len(run) : start + len(run) + 1]
    if after > "\x7f":
        return True
    low = run.lower()
    return low in OPENINGS or low.startswith(_GLUED)
