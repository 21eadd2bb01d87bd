"""Clock times: the hour a report gives beside a day, and the time-zone glosses that restate it.

Wire and live reports tell the hour of an event ("at 0200 local time on Friday", "soon after 10 a.m.
on Sunday") and, for readers abroad, restate it in another zone in brackets ("(2130 GMT Thursday)").
Two readings follow:

- A clock time opening a sentence belongs with the day after it: "Soon after 10 a.m. local time on
  Sunday the police gave up, and the city fell" is a fronted Sunday for the whole sentence, as
  "On Sunday ..." is (`CLOCK_OPENING`, a pattern piece for the fronted-date test).
- A day inside a bracketed conversion to GMT/UTC (or to another zone abroad) is the same moment seen
  from elsewhere: near midnight it names the day before or after the local one, so it dates nothing
  (`in_time_zone_gloss`). The local day outside the brackets does. Without brackets the same holds
  when the sentence restates the moment in local time ("at 2100 GMT on Saturday, half past one on
  Sunday morning in Kabul"): the day of the foreign zone yields to the local one.
- A place that names the zone of a clock ("1:30 a.m. Kabul time", "one on Sunday morning in Kabul"
  beside a GMT hour) tells how to read the hour, not where anything happens (`names_a_clock_zone`).
"""

from __future__ import annotations

import re

_ZONE = r"(?:GMT|UTC|ET|EST|EDT|PT|PDT|BST|CET|CEST|IST|PKT)\b"
# a clock time that says it is one: "10 a.m.", "21:30", "0200 hours", "0200 local time", "2130 GMT"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}[:.]\d\d\b|[012]?\d[0-5]\d\s*(?:hours|hrs)\b"
    r"|[012]?\d[0-5]\d(?=\s*(?:(?:local|Kabul|Afghan)\s+time\b|" + _ZONE + r")))"
)

# "soon after 10 a.m. local time ", "at about 0200 ", "shortly before 4 p.m. Kabul time ": a
# clock time (with the words that lead up to it) before the date of a fronted-date test
CLOCK_OPENING = (
    r"(?i:(?:(?:soon|shortly|just|at|around|about|after|before|by|until|from|some)\W+){0,3}"
    + _CLOCK
    + r"\s*(?:(?:local|Kabul|Afghan)\s+time\b|" + _ZONE + r")?\W*)?"
)

# an opening bracket whose content (up to the day) tells a clock time in a foreign zone:
# "(2130 GMT Thursday", "(1830 GMT on Sunday", "(Thursday 2130 GMT" is matched after the day
# (a bracket closed before the day ends the gloss: "at 4 p.m. (1130 GMT) on Thursday" is the local day)
_GLOSS_BEFORE = re.compile(r"\(\s*(?:or\s+|about\s+|around\s+)?" + _CLOCK + r"\s*" + _ZONE + r"[^\w)]*(?:on\s+)?$", re.IGNORECASE)
_GLOSS_AFTER = re.compile(r"\W*(?:at\s+)?" + _CLOCK + r"\s*" + _ZONE + r"\s*\)", re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"\(\s*(?:on\s+)?$")
# "at 2100 GMT on ", "2100 GMT ": a foreign-zone hour right before the day, outside any bracket
_ZONE_HOUR_BEFORE = re.compile(_CLOCK + r"\s*" + _ZONE + r"[^\w)]*(?:on\s+)?$", re.IGNORECASE)
_ZONE_HOUR = re.compile(_CLOCK + r"\s*" + _ZONE, re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # every clock time opens with one: the case-blind search starts there (20 us a sentence from its start)
# the local zone named after a place: "Kabul time", "Kabul local time"
_ZONE_AFTER_PLACE = re.compile(r"\s*(?:local\s+)?time\b", re.IGNORECASE)
# "Sunday morning in ", "1:30 a.m. in ", "half past one in ": the place after tells where the clock reads
_CLOCK_IN_BEFORE = re.compile(
    r"(?:\b(?:morning|evening|night|afternoon|midnight|noon|dawn|o['’]clock)|[ap]\.?m\.?|\b(?:half|quarter)\s+(?:past|to)\s+\w+|" + _CLOCK + r")\s+in\s+$",
    re.IGNORECASE,
)
_LOCAL_ZONE = re.compile(r"\b(?:local|Kabul|Afghan(?:istan)?)\s+time\b", re.IGNORECASE)


def in_time_zone_gloss(sentence: str, start: int, end: int) -> bool:
    """Return True when the date at `start`-`end` sits in a bracketed clock time of a foreign zone
    ("(2130 GMT Thursday)", "(Thursday, 2130 GMT)"): a restatement that dates nothing."""
    before = sentence[max(0, start - 40) : start]
    if _GLOSS_BEFORE.search(before) or (_ZONE_HOUR_BEFORE.search(before) and restates_local_hour(sentence)):
        return True
    return _BRACKET_OPEN.search(before) is not None and _GLOSS_AFTER.match(sentence, end) is not None


def restates_local_hour(sentence: str) -> bool:
    """Return True when `sentence` tells an hour in local time besides a foreign-zone one ("...
    2100 GMT on Saturday, 1:30 a.m. Sunday Kabul time", "... one on Sunday morning in Kabul")."""
    if _LOCAL_ZONE.search(sentence):
        return True
    return any(_CLOCK_IN_BEFORE.search(sentence[: m.start()]) for m in re.finditer(r"\bKabul\b", sentence))


def clock_zone_role(sentence: str, start: int, end: int) -> str | None:
    """Return "clock zone" when the place at `start`-`end` only names the zone an hour is told in
    (`names_a_clock_zone`), else None: a role that keeps it from being where anything happened."""
    return "clock zone" if names_a_clock_zone(sentence, start, end) else None


def names_a_clock_zone(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at `start`-`end` only names the zone an hour is told in ("1:30
    a.m. Kabul time", "Sunday morning in Kabul" in a sentence that gives a GMT hour too)."""
    if _ZONE_AFTER_PLACE.match(sentence, end) and _CLOCK_BEFORE_ZONE.search(sentence[max(0, start - 40) : start]):
        return True
    return _tells_zone_hour(sentence) and _CLOCK_IN_BEFORE.search(sentence[max(0, start - 40) : start]) is not None


def _tells_zone_hour(sentence: str) -> bool:
    """Return True when `sentence` gives an hour in a named zone ("2100 GMT")."""
    digit = _DIGIT.search(sentence)
    return digit is not None and _ZONE_HOUR.search(sentence, digit.start()) is not None


# "1:30 a.m. Sunday ", "0200 ", "half past one on Sunday ": an hour (and its day) right before "Kabul time"
_CLOCK_BEFORE_ZONE = re.compile(
    r"(?:" + _CLOCK + r"|[ap]\.?m\.?|\b(?:half|quarter)\s+(?:past|to)\s+\w+)\W*(?:on\s+)?(?:\w+day\s+)?(?:(?:morning|evening|night|afternoon)\s+)?$",
    re.IGNORECASE,
)
