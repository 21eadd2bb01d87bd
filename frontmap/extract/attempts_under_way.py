"""Attempts under way: an operation or push to take a place, told by a source as begun, or a
fight in the progressive (for `frontmap.extract.date_scope.goes_on_at`).

"Officials said on Thursday that commandos had begun an operation to retake the town": the attempt
was going on when the source spoke, so the speaking day dates it, not the day carried from a
sentence before (the day the town was lost). An attempt told with a span of its own ("an operation
to retake X lasted two days") is over before the source spoke and is not one.

So is a fight told in the progressive: "the ministry said on Saturday that troops were still
fighting inside the district" is of the Saturday, not of the day a claim before it gave.
"""

from __future__ import annotations

import re

# the trigger's own words: the attempt named as a noun with its purpose ("operation to retake")
_ATTEMPT = re.compile(
    r"(?:(?:military|clearance|clearing|counter-?)\s*)?(?:operations?|offensives?|counter-?offensives?|push|bid|efforts?|attempts?|drive)"
    r"\s+to\s+(?:re)?(?:take|capture|gain|claim|seize|clear)\b",
    re.IGNORECASE,
)
# "had begun an operation to ...", "launched a push to ...": the attempt opened and not told ended
_OPENED_BEFORE = re.compile(
    r"\b(?:begun|began|begins|launched|launches|started|starts|mounted|under\s*way|continu(?:ed|es|ing)|pressing)\s+"
    r"(?:(?:an?|the|their|its|a\s+new)\s+)?(?:\w+\s+|\w+-)?$",
    re.IGNORECASE,
)
_OVER_AFTER = re.compile(r"\b(?:lasted|ended|failed|took\s+place|for\s+(?:\w+\s+)?(?:hours|days)|until)\b", re.IGNORECASE)


def attempt_under_way(sentence: str, trigger: int) -> bool:
    """Return True when the trigger at `trigger` names an attempt on a place told as begun ("had
    begun an operation to retake the town"), going on when the source spoke."""
    match = _ATTEMPT.match(sentence, trigger)
    if match is None or not _OPENED_BEFORE.search(sentence, max(0, trigger - 40), trigger):
        return False
    return _OVER_AFTER.search(sentence[match.end():].split(",", 1)[0]) is None


# "were still fighting", "are battling": the fight verb in the progressive, its auxiliary just before
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:still\s+|now\s+)?$", re.IGNORECASE)
_FIGHT_VERB = re.compile(r"(?:fighting|battling|clashing|resisting)\b", re.IGNORECASE)


def fight_under_way(sentence: str, trigger: int) -> bool:
    """Return True when the trigger at `trigger` is a fight verb in the progressive ("troops were
    still fighting inside X") with no span of its own told after it: going on when the source spoke."""
    match = _FIGHT_VERB.match(sentence, trigger)
    if match is None or not _PROGRESSIVE_BEFORE.search(sentence, max(0, trigger - 25), trigger):
        return False
    return _OVER_AFTER.search(sentence[match.end():].split(",", 1)[0]) is None
