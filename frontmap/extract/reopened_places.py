"""A place opened again and under whose control: "the Islam Qala crossing reopened to trade on Monday
under Taliban control", "Torkham reopened under the control of Afghan border police".

The hold after the verb says whose the place is, as "X is under Taliban control" does; "reopened"
between them only tells what the place did, so the place stays the hold's subject.
"""

from __future__ import annotations

import re

# the words between the place and "under": its kind, then "reopened" with what for and its day
_REOPENED = re.compile(
    r"\s*(?:(?:border\s+)?crossing|port|district|city|town|bazaar|market)?\s*(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?(?:re-?)?opened"
    r"(?:\s+(?:to\s+(?:trade|traffic|travellers|trucks)|for\s+business|again))?(?:\s+(?:(?:late|early)\s+)?on\s+[a-z]+day)?\s+$",
    re.IGNORECASE,
)


def reopened_under(gap: str, trigger_text: str) -> bool:
    """Return True when the place is the subject of "reopened" and the hold after it says under whose
    control ("X reopened to trade on Monday under Taliban control"), `gap` the words between them."""
    return trigger_text.lower().startswith("under") and _REOPENED.fullmatch(gap) is not None
