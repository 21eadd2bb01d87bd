"""Broadcasters: a radio or television station named by the town it stands in.

"The Taliban seized the Lashkar Gah radio station", "the capture of the Kunduz television centre":
the name only says whose station it is, and taking a building in a town is fighting there, not
the town's fall ("Kunduz's radio station", "the headquarters of the Kunduz radio station" alike).
A name the verb does not reach ("local sources told a Kabul television
station") is left as the gap reads it.
"""

from __future__ import annotations

import re

from frontmap.extract import facilities
from frontmap.extract.gaps import PART, SEAT, WHOLE

_AFTER_NAME = re.compile(rf"(?:['’]s)?\s+{facilities.BROADCASTER}", re.IGNORECASE)  # "the Kunduz radio station", "Kunduz's radio station"


def owned_broadcaster(kind: str, sentence: str, end: int) -> str:
    """Return PART when the place ending at `end` of `sentence` is the verb's object (`kind` is
    WHOLE, or SEAT for the headquarters of what follows the name: "the headquarters of Kunduz's
    radio station") and a broadcaster's building follows it ("seized the Lashkar Gah radio
    station"), else `kind`."""
    return PART if kind in (WHOLE, SEAT) and _AFTER_NAME.match(sentence, end) else kind
