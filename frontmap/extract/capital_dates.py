"""Dates in a line set in capitals: a headline printed in upper case ("TALIBAN SEIZE X ON TUESDAY",
"FIGHTING RESUMES IN Y ON AUG 14") names its day in words the date patterns, which read "Tuesday" and
"Aug 14" in their usual case only (so that "may" and "march" stay verbs), would not see.

`cased_dates` gives such a line with its weekday names, its month names before a day number and the
preposition before either in their usual case; every other character, and so every position, is kept.
"""

from __future__ import annotations

import re

# a weekday, or a month before a day number (in capitals "MAY SEIZE" has no number: a verb), with
# the preposition that tells the day's role ("ON" an event's day, as "on" is)
_CAPITAL_DATE = re.compile(
    r"\b(?:(?P<prep>ON|SINCE|UNTIL|BY|FROM|AFTER|BEFORE|LATE|EARLY)\s+)?"
    r"(?P<date>(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b"
    r"|(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?"
    r"|NOV(?:EMBER)?|DEC(?:EMBER)?)\b\.?(?=\s+\d))"
)

# the capitals every such date holds: the cheap test first (the pattern, opening with a word boundary,
# is tried at every position of every sentence)
_CAPITAL_LETTERS = re.compile(r"DAY|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")


def cased_dates(sentence: str) -> str:
    """Return `sentence` with its weekday and month-day words (and a preposition before them) in their
    usual case when the sentence is set in capitals (more upper- than lower-case letters); else
    `sentence` itself."""
    if not _CAPITAL_LETTERS.search(sentence) or not _CAPITAL_DATE.search(sentence):
        return sentence
    if sum(c.isupper() for c in sentence) <= 2 * sum(c.islower() for c in sentence):
        return sentence  # "the UN said on MONDAY": one shouted word in a text, not a line in capitals
    return _CAPITAL_DATE.sub(_usual_case, sentence)


def _usual_case(match: re.Match[str]) -> str:
    """Return the matched date in its usual case: "ON AUG 6" as "on Aug 6"."""
    prep = match.group("prep")
    date = match.group("date").title()
    if prep is None:
        return date
    return prep.lower() + match.group(0)[len(prep) : match.start("date") - match.start()] + date
