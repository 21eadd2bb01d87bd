"""A time phrase may stand between a verb and its object: "took on Saturday the city of X",
"seized overnight the western city of Y", "captured early on Sunday the town of Z", "retreated
overnight from X". It says when,
not what was taken, so it is left out of the words read as the object's lead.
"""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today"
_PART = r"(?:morning|afternoon|evening|night)"
_TIME_LEAD = re.compile(
    r"^\s+(?:"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:{_DAY})(?:\s+{_PART})?"
    rf"|overnight|last\s+(?:night|week)|this\s+(?:week|{_PART})|(?:early|late)\s+in\s+the\s+{_PART}"
    rf"|(?:in\s+)?(?:the\s+)?(?:early\s+)?hours\s+of\s+(?:{_DAY})"
    r")\s*,?(?=\s+(?:the|a|an|its|their|from)\s)",  # "retreated overnight from X"
    re.IGNORECASE,
)


def leading_time_dropped(gap: str) -> str:
    """Return `gap` (the words between a verb and the place after it) without a time phrase
    that opens it before an article ("on Saturday the city of" -> " the city of")."""
    match = _TIME_LEAD.match(gap)
    return gap if match is None else gap[match.end() :]
