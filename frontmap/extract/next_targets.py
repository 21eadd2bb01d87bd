"""Next targets: a place said to "be next" is a forecast, not the event told before it.

"The Taliban have captured Ghazni, and Kandahar could be next", "all these places are being
handed over, and Kabul and Mazar-i-Sharif will be next": the verb of the first clause reaches the
second place by ellipsis, but that place is only what someone expects to happen. Its status does
not change.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern

# after the place (and any places listed with it): a modal and "be next" ("could be next to fall")
_BE_NEXT_AFTER = re.compile(
    r"(?: (?:and|or)(?: the)?(?: [a-z][\w-]*){1,3}?)? +"  # one space before "and": no comma, no new clause
    r"(?:could|may|might|will|would|(?:is|are|looks?|seems?)\s+(?:likely|expected|set|tipped|poised)\s+to)"
    r"\s+(?:well\s+|also\s+)?be\s+(?:the\s+)?next\b"
)
_NEXT = GatedPattern(_BE_NEXT_AFTER)  # run only on a sentence saying "next" (`literal_gates`)


def forecast_next(view: str, place_end: int) -> bool:
    """Return True when the place ending at `place_end` is said to be next ("X could be next", "X
    and Y will be next"): a forecast, no event at the place."""
    return _NEXT.match(view, view, place_end) is not None
