"""A lead that counts what the headline names: "Taliban take Kandahar, Herat" above "The Taliban
took two of the largest cities on Thursday" - the places the headline names are the ones the lead
counts, so they take the lead's day (for `frontmap.extract.date_retelling`).

The lead counts this way when it tells an outcome (took, seized, overran, fell) of a number of
units (cities, capitals, districts) with one day of its own; the caller asks only for a headline
place the body gives no day of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from frontmap.status import CONTESTED, GOVERNMENT

_COUNT = (r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}|a\s+(?:string|series|handful|number)"
          r"|both|more)")
# "took two of the largest cities", "overran three more provincial capitals", "seized two key districts"
_COUNTED_UNITS = re.compile(
    rf"\b{_COUNT}\s+(?:more\s+|other\s+|of\s+(?:the|its|their)\s+)?(?:[a-z'’-]+\s+){{0,3}}?"
    r"(?:cities|capitals|districts|towns|provinces|district\s+centres|district\s+centers|border\s+crossings)\b",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    r"\b(?:took|taken|takes?|captured?|captures|seized?|seizes|overran|overrun|fell|falls|conquered|gained\s+control|took\s+control)\b",
    re.IGNORECASE,
)
_RETAKEN = re.compile(r"\b(?:retook|retaken|recaptured?|recaptures|regained|won\s+back|cleared)\b", re.IGNORECASE)


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    def is_headline(self, index: int) -> bool: ...
    def _sentence(self, index: int) -> str: ...
    def _dated_of(self, index: int) -> list: ...


def counted_lead_day(dates: _Dates, status: str) -> dt.date | None:
    """Return the one day the lead sentence (the one under the headline) gives a counted outcome
    of `status` ("took two cities on Thursday"), else None."""
    if status == CONTESTED or not dates.is_headline(0):
        return None
    lead = dates._sentence(1)
    counted = _COUNTED_UNITS.search(lead)
    verb = (_RETAKEN if status == GOVERNMENT else _TAKEN).search(lead)
    if counted is None or verb is None or (status != GOVERNMENT and _RETAKEN.search(lead)):
        return None
    days = [d.date for d in dates._dated_of(1) if d.role == "event" and d.date is not None]
    return days[0] if len(set(days)) == 1 else None
