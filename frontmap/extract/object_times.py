"""A time phrase may stand between a verb and its object: "took on Saturday the city of X",
"seized overnight the western city of Y", "captured early on Sunday the town of Z", "retreated
overnight from X". It says when,
not what was taken, so it is left out of the words read as the object's lead. So is a phrase of
manner, alone or with a time, before a heavy or a bare object ("took without resistance Friday
morning Chaghcharan", "seized without a fight the town of Y"): it says how, not what.

So is a time set off before a later object of the same verb ("overran X on 16 July and, three days
later, Y district"; "and, on Sunday, Y"): Y is the verb's second object, with a day of its own.
"""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today"
_PART = r"(?:morning|afternoon|evening|night)"
_WHEN = (
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:{_DAY})(?:\s+{_PART})?"
    rf"|overnight|last\s+(?:night|week)|this\s+(?:week|{_PART})|(?:early|late)\s+in\s+the\s+{_PART}"
    rf"|(?:in\s+)?(?:the\s+)?(?:early\s+)?hours\s+of\s+(?:{_DAY})"
)
# "without resistance", "without a fight", "without firing a shot": how the place was taken
_HOW = r"without\s+(?:(?:any|much|a|major|serious)\s+)?(?:resistance|fight(?:ing)?|(?:firing\s+)?a\s+(?:single\s+)?shot|battle|bloodshed|struggle)"
#: How or when, once or twice ("without resistance Friday morning"), as a pattern of any case.
OBJECT_LEAD = rf"(?i:(?:{_HOW}|{_WHEN})(?:\s*,?\s+(?:{_HOW}|{_WHEN}))?)"
_TIME_LEAD = re.compile(
    rf"^\s+{OBJECT_LEAD}"
    r"\s*,?(?=\s+(?:the|a|an|its|their|from|of)\s|\s*$)",  # "retreated overnight from X"; a noun's "capture late Thursday of X"; "took on Friday X"
    re.IGNORECASE,
)

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)"
_MONTH = r"(?:june|july|august|september|jun|jul|aug|sept?)\.?"
# "and, three days later, " / "and, the next day, " / "and, on Sunday, " at the end of the gap
_LIST_TIME_ASIDE = re.compile(
    r"\band\s*,\s*(?:"
    rf"{_COUNT}\s+(?:days?|weeks?|hours?)\s+(?:later|afterwards?)|the\s+(?:next|following)\s+(?:day|morning|evening|night|week)"
    rf"|(?:later\s+)?on\s+(?:{_DAY}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})|(?:days|weeks|hours)\s+later"
    r")\s*,\s*$",
    re.IGNORECASE,
)


def times_dropped(gap: str) -> str:
    """Return `gap` (the words between a verb and the place after it) without a time phrase that
    opens it (`leading_time_dropped`) nor one set off before the place as a later object ("and,
    three days later, " -> "and ")."""
    gap = leading_time_dropped(gap)
    aside = _LIST_TIME_ASIDE.search(gap) if "," in gap else None
    return gap if aside is None else gap[: aside.start()] + "and "


def leading_time_dropped(gap: str) -> str:
    """Return `gap` (the words between a verb and the place after it) without a time phrase
    that opens it before an article ("on Saturday the city of" -> " the city of")."""
    match = _TIME_LEAD.match(gap)
    return gap if match is None else gap[match.end() :]
