"""Feast days as dates: "on the eve of Eid", "on the first day of Eid al-Adha", "during Nowruz".

Reports from Afghanistan date events by the Muslim and Afghan holidays as often as by the calendar.
Their Gregorian days move every year, so a small table holds them (as observed in Afghanistan).
A bare "Eid" is the Eid nearest before publication (al-Fitr in May, al-Adha in July 2021); "the eve
of" is the day before, "the second day of" the day after the first; "the day before" or "two days
after" a feast count from its first day. "During" or "over" a feast tells a window of days (see
`frontmap.extract.date_scope.names_a_day`), dated by its first day.
"""

from __future__ import annotations

import datetime as dt
import re

_FEASTS: dict[str, tuple[dt.date, ...]] = {
    "fitr": (dt.date(2019, 6, 4), dt.date(2020, 5, 24), dt.date(2021, 5, 13), dt.date(2022, 5, 2)),
    "adha": (dt.date(2019, 8, 11), dt.date(2020, 7, 31), dt.date(2021, 7, 20), dt.date(2022, 7, 9)),
    "ashura": (dt.date(2019, 9, 10), dt.date(2020, 8, 30), dt.date(2021, 8, 19), dt.date(2022, 8, 8)),
}
_FIXED = {"nowruz": (3, 21), "nauroz": (3, 21)}  # month, day every year
_AHEAD = dt.timedelta(days=10)  # a feast at most this far after publication may still be meant
_COUNTS = {"two": 2, "three": 3}  # days before or after a feast ("the day", "a day", "one day": one)
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 2}

FEAST_PATTERN = (
    r"\b(?:(?P<f_prep>on|during|over|before|ahead\s+of|after|since)\s+)?(?:the\s+)?"
    r"(?:(?P<f_eve>eve)\s+of\s+(?:the\s+)?|(?P<f_nth>first|second|third|fourth|last)\s+day\s+of\s+(?:the\s+)?"
    r"|(?P<f_days>day|a\s+day|one\s+day|two\s+days|three\s+days)\s+(?P<f_dir>before|after)\s+(?:the\s+)?)?"
    r"(?:Muslim\s+)?(?:(?:holiday|festival)\s+of\s+)?"
    r"(?P<f_name>Eid(?:[\s-]+(?:al|ul|el)[\s-]+(?:Adha|Azha|Fitr)|(?![\s-]+[A-Z][a-z]))|Nowruz|Nauroz|Ashura)"
    r"(?:\s+(?:holidays?|festival|celebrations))?\b"
)
_FEAST = re.compile(FEAST_PATTERN)


def find_feasts(sentence: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """Return (start, end, text, fields) of every feast-day expression in `sentence`."""
    if not re.search(r"Eid|Nowruz|Nauroz|Ashura", sentence):
        return []
    return [
        (m.start(), m.end(), m.group(0), {k: v for k, v in m.groupdict().items() if v is not None})
        for m in _FEAST.finditer(sentence)
    ]


def resolve_feast(fields: dict[str, str], published: dt.date | None) -> dt.date | None:
    """Return the day a feast expression with `fields` names, near `published` (None without one)."""
    if published is None:
        return None
    first = _first_day(fields["f_name"].lower(), published)
    if first is None:
        return None
    if fields.get("f_eve"):
        return first - dt.timedelta(days=1)
    if fields.get("f_days"):  # "the day before Eid", "two days after Eid al-Adha"
        count = _COUNTS.get(fields["f_days"].split()[0].lower(), 1)
        return first + dt.timedelta(days=count if fields["f_dir"].lower() == "after" else -count)
    return first + dt.timedelta(days=_ORDINAL.get((fields.get("f_nth") or "first").lower(), 0))


def is_window(fields: dict[str, str]) -> bool:
    """Return True when the expression tells the feast's days as a window ("during Eid")."""
    return (fields.get("f_prep") or "").lower() in ("during", "over") and not fields.get("f_eve") and not fields.get("f_nth")


def _first_day(name: str, published: dt.date) -> dt.date | None:
    """Return the first day of the feast `name` nearest before (or just after) `published`."""
    for word, (month, day) in _FIXED.items():
        if name == word:
            this_year = dt.date(published.year, month, day)
            return this_year if this_year <= published + _AHEAD else this_year.replace(year=published.year - 1)
    if "adha" in name or "azha" in name:
        days = _FEASTS["adha"]
    elif "fitr" in name:
        days = _FEASTS["fitr"]
    elif "ashura" in name:
        days = _FEASTS["ashura"]
    else:
        days = _FEASTS["fitr"] + _FEASTS["adha"]
    known = [d for d in days if d <= published + _AHEAD]
    return max(known) if known else None
