"""Days written with figures: "12.08.2021", "on 12/08", "Saturday (14/8)", "23 Asad 1400".

The dates a sentence writes in figures, in either calendar, for `frontmap.extract.date_expressions`:
Gregorian ones with a year (`frontmap.extract.numeric_dates`), solar ones (`frontmap.extract.solar_dates`),
and a day and month without a year ("on 11/08", "Sunday (4/7)"). Those are taken only after a
preposition of time (not "by": "up by 2/3") or in brackets after a weekday, since bare pairs of figures are more often
ratios, scores or fractions ("3/4 of the districts", "10/16", "24/7"). The day comes first, as
Afghan, South Asian and European outlets write it, unless it cannot ("8/14" is 14 August); with a
point it always does ("12.08" is 12 August, while "10.30" is a time).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from frontmap.extract.numeric_dates import find_numeric_dates
from frontmap.extract.solar_dates import find_solar_dates, has_solar_month

_YEARLESS = re.compile(
    r"(?:\b(?:on|since|until|till|from|before|after)\s+|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*\(\s*)"
    r"(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})"
    r"(?![\w/]|\.\d|\s*(?:%|percent|per\b|km\b|kilomet|miles|of\b|million|billion|hours|days))")
_QUICK = re.compile(r"\d[/.]\d")
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b|hrs|hours|local|GMT|UTC)", re.IGNORECASE)
_IDIOMS = frozenset({("24", "7")})  # "24/7": round the clock


def find_figured_dates(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return (start, end, text, fields) of each day `sentence` writes with figures, in order; the
    fields are a written Gregorian date's (``md_day``, ``md_month``, and ``md_year`` when known)."""
    found = find_numeric_dates(sentence) + find_solar_dates(sentence)
    if _QUICK.search(sentence) is not None:
        taken = [(start, end) for start, end, _text, _fields in found]
        found += [day for day in _yearless_days(sentence) if not any(a < day[1] and day[0] < b for a, b in taken)]
    return sorted(found, key=lambda e: e[0])


def may_hold_figured_day(sentence: str) -> bool:
    """Return True when `sentence` may write a day with figures that holds no year (a quick test)."""
    return has_solar_month(sentence) or (_QUICK.search(sentence) is not None and _YEARLESS.search(sentence) is not None)


def _yearless_days(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return the days and months written without a year after a cue that makes them dates."""
    days = []
    for match in _YEARLESS.finditer(sentence):
        first, second = match.group("first"), match.group("second")
        dotted = match.group("sep") == "."
        if (first, second) in _IDIOMS or (dotted and (len(second) != 2 or _CLOCK.match(sentence, match.end()))):
            continue  # "on 3.5": a decimal; "after 10.30 am": a time
        month_day = _reading(int(second), int(first)) or (None if dotted else _reading(int(first), int(second)))
        if month_day is not None:
            fields = {"md_day": str(month_day[1]), "md_month": calendar.month_abbr[month_day[0]]}
            days.append((match.start("first"), match.end("second"), match.group(0)[match.start("first") - match.start():], fields))
    return days


def _reading(month: int, day: int) -> tuple[int, int] | None:
    """Return (month, day) when the figures make a day of some year (29 February included)."""
    try:
        dt.date(2020, month, day)
    except ValueError:
        return None
    return month, day
