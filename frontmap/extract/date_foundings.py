"""Dates of other things than the event told beside them: a group's founding, a person's birth, a
deal signed, a span's start ("since the start of the offensive in May"), for
`frontmap.extract.date_expressions`; but a change of hands told as a noun is dated by its day
("since the fall of Herat on August 12": Herat's fall).
"""

from __future__ import annotations

import re

from frontmap.extract.text import Stems

# the words before the date, up to two words between them and it
_NOT_EVENT_DATE = re.compile(
    r"\b(?:founded|formed|established|born|created|set\s+up|signed"
    r"|since\s+the\s+(?!(?:fall|collapse|capture|seizure|conquest|loss|surrender|takeover)\s)\w+\s+of)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# the stems every one of those words holds: the cheap test run before the pattern
_STEMS = Stems("found", "formed", "establish", "born", "creat", "set", "sign", "since")


def dates_another_thing(before: str) -> bool:
    """Return True when the words `before` a date (the 40 characters before it) make it the date of
    a founding, a birth, a deal or a span's start, not of the event."""
    return _STEMS.found_in(before) and _NOT_EVENT_DATE.search(before) is not None
