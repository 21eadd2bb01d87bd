"""Dates of other things than the event told beside them: a group's founding, a person's birth, a
deal signed, a span's start ("since the start of the offensive in May"), for
`frontmap.extract.date_expressions`; but a change of hands told as a noun is dated by its day
("since the fall of Herat on August 12": Herat's fall).
"""

from __future__ import annotations

import re

from frontmap.extract.text import Stems, phrases_pattern

# the words of another thing's date, up to two words between them and it ("founded in 1994"); and a
# span's start ("since the start of the offensive in May"), not a change of hands ("since the fall of")
_FOUNDING_WORDS = ("founded", "formed", "established", "born", "created", "set up", "signed")
_NOT_EVENT_DATE = re.compile(
    r"\b(?:" + phrases_pattern(_FOUNDING_WORDS)
    + r"|since\s+the\s+(?!(?:fall|collapse|capture|seizure|conquest|loss|surrender|takeover)\s)\w+\s+of)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_STEMS = Stems.of_phrases((*_FOUNDING_WORDS, "since"))  # the cheap test run before the pattern


def dates_another_thing(before: str) -> bool:
    """Return True when the words `before` a date (the 40 characters before it) make it the date of
    a founding, a birth, a deal or a span's start, not of the event."""
    return _STEMS.found_in(before) and _NOT_EVENT_DATE.search(before) is not None
