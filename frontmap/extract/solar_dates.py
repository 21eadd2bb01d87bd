"""Dates of the Afghan solar calendar: "23 Asad 1400", "Saratan 12", "on Asad 22", "the month of Asad".

Afghan outlets (Pajhwok, Hasht-e Subh, Tolo in translation) often date news in the solar Hijri
calendar, whose months carry the Dari names of the zodiac (Hamal, Sawr, Jawza, Saratan, Asad,
Sunbula, Mizan, Aqrab, Qaws, Jadi, Dalw, Hut). Year 1400 began on 21 March 2021, so 23 Asad 1400
is 14 August 2021. A solar year (1394) is history like a Gregorian one.

`find_solar_dates` gives each as the fields of a written Gregorian date (``md_day``, ``md_month``,
``md_year`` when the solar year is written), so `frontmap.extract.date_expressions` dates it as it
does "14 August 2021". A month named without a day ("in the month of Saratan", "Hamal 1399") is
dated by its middle day, as "in June" is by June 15. A month name is taken only beside a day or a
year in figures, or after "the month of", and one before its day ("Asad 23") only after a preposition
or a comma (a dateline): "Asad" and "Mizan" are also the names of people.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# The Dari names and their common English spellings, in calendar order (month 1 = Hamal).
_MONTHS = (
    ("Hamal",), ("Sawr", "Saur", "Sour", "Thawr"), ("Jawza", "Jauza", "Jowza", "Jawzā"), ("Saratan", "Sartan"),
    ("Asad",), ("Sunbula", "Sunbulah", "Sonbola", "Sonbula"), ("Mizan", "Meezan"), ("Aqrab", "Akrab"),
    ("Qaws", "Qaus", "Qous"), ("Jadi", "Jaddi", "Jadey"), ("Dalw", "Dalv", "Dalu"), ("Hut", "Hoot", "Hout"),
)
_NUMBER = {name: n for n, names in enumerate(_MONTHS, 1) for name in names}
_NAME = "(?:" + "|".join(sorted(_NUMBER, key=len, reverse=True)) + r")\b"
_DAY = r"(?:[1-9]|[12]\d|3[01])"
_YEAR = r"1[34]\d\d"
# "23 Asad 1400", "23rd of Asad", "Asad 23, 1400", "Asad 1400", "the month of Saratan"
_SOLAR = re.compile(
    r"(?<![\w/.-])(?:(?P<day>" + _DAY + r")(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _NAME + r")"
    r"|(?:^|(?<=\bon )|(?<=\bby )|(?<=since )|(?<=until )|(?<=from )|(?<=before )|(?<=after )|(?<=, )|(?<=\()|(?<=\n))(?P<month2>" + _NAME + r")\s+(?P<day2>" + _DAY + r")(?![\d.:/%]|\s*(?:percent|per|km|kilomet|miles|people|\w+\s+(?:killed|dead)))"
    r"|(?P<month3>" + _NAME + r")(?=,?\s+" + _YEAR + r"\b)"
    r"|(?<=month of )(?P<month4>" + _NAME + r"))\b"
    r"(?:,?\s+(?P<year>" + _YEAR + r")\b)?")
_QUICK = re.compile(_NAME)
_MIDDLE = 15  # a month told without a day: its middle, as "in June" is June 15


def find_solar_dates(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return (start, end, text, fields) of each solar-calendar date in `sentence`, in order; the
    fields are those of the Gregorian date it names (``md_day``, ``md_month``, ``md_year`` when
    the solar year is written)."""
    if _QUICK.search(sentence) is None:
        return []
    found = []
    for match in _SOLAR.finditer(sentence):
        name = match.group("month") or match.group("month2") or match.group("month3") or match.group("month4")
        day = int(match.group("day") or match.group("day2") or _MIDDLE)
        year = int(match.group("year")) if match.group("year") else None
        date = gregorian(year or 1400, _NUMBER[name], day)
        if date is None:
            continue
        fields = {"md_day": str(date.day), "md_month": calendar.month_abbr[date.month]}
        if year is not None:
            fields["md_year"] = str(date.year)
        found.append((match.start(), match.end(), match.group(0), fields))
    return found


def gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Return the Gregorian date of solar `day` `month` `year` (None when the month has no such
    day). The first six months have 31 days, the next five 30; the year opens at the March
    equinox: 20 March in a Gregorian leap year, else 21 March (true for the years news is told of)."""
    if day > (31 if month <= 6 else 30) or day < 1:
        return None
    start_year = year + 621
    nowruz = dt.date(start_year, 3, 20 if calendar.isleap(start_year) else 21)
    return nowruz + dt.timedelta(days=31 * min(month - 1, 6) + 30 * max(month - 7, 0) + day - 1)


def has_solar_month(sentence: str) -> bool:
    """Return True when `sentence` names a solar month (a quick test before the full search)."""
    return _QUICK.search(sentence) is not None
