"""A road named in an aside that a comma closes: "the Taliban overran Ghazni, on the highway
between Kabul and Kandahar, and Herat". The place after the comma and "and" is the next item
the verb takes, not a further end of the road; "the road linking Kabul to Kandahar and Herat"
(no comma between) still makes Herat an end of the road. So does a comma and "in" that say
where on the road it happened ("fighting broke out on the road to the capital, in X district"):
X is where, not an end.
"""

from __future__ import annotations

import re

__all__ = ["after_closed_route"]

# the road word, words without a comma, then the closing comma and a conjunction right before the place
_CLOSED_ROUTE_BEFORE = re.compile(
    r"\b(?:road|highway|route|stretch)s?\b[^,;:.()]{1,80},\s+(?:and|or|but|while|as\s+well\s+as|in|inside|at)\s+(?:the\s+(?:city|town|district)\s+of\s+)?$",
    re.IGNORECASE,
)


def after_closed_route(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of `sentence` follows a road aside closed by a comma
    and a conjunction ("X, on the highway to Y, and Z") or "in" ("on the road to Y, in Z"): Z is no
    end of that road."""
    return _CLOSED_ROUTE_BEFORE.search(sentence, max(0, start - 120), start) is not None
