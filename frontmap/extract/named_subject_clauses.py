"""Named-subject clauses: where ", and" opens a clause whose subject is a place name with its own verb.

"The Taliban attacked X on Thursday night, and (the provincial capital) Y was on alert": Y is the
subject of a new clause and tells its own state, so the verb before ", and" (the attack) does not
reach it. Only after a comma that closes a clause (the word before it not a name, or a day: "X, Y,
and Z were taken" is one list) and before a singular verb of state or an auxiliary (a plural verb
joins the names into one subject).
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}"
_AND_NAME_VERB = re.compile(
    r",\s+and\s+(?=(?:the\s+(?:provincial\s+)?(?:capital|city|town)\s+)?" + _NAME + r"(?:\s+(?:district|city|town|province))?\s+(?:itself\s+|also\s+|still\s+)?"
    r"(?:was|is|has|had|remained|remains|stayed|stays)\b)"
)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\W*$")


def named_subject_cuts(sentence: str) -> list[int]:
    """Return the offsets where a coordinated clause with a named place as its own subject starts."""
    cuts = []
    for match in _AND_NAME_VERB.finditer(sentence):
        before = _WORD_BEFORE.search(sentence, 0, match.start())
        if before and (before.group(1)[0].islower() or _WEEKDAY.match(before.group(1))):
            cuts.append(match.start() + 1)
    return cuts
