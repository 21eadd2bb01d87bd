"""Open questions: a control verb asked about, not told ("no word on who held X", "it was not
known which side controlled X", "officials could not say whether forces still held X")."""

from __future__ import annotations

import re

# a word of not knowing, then the question word the verb hangs on (read just before the verb)
# (also "to determine which cities were attacked and which were still": the places asked about by their
# kind, one question hung on another)
_OPEN_QUESTION_BEFORE = re.compile(
    r" (?:unclear|clear|known|unknown|uncertain|word|information|say|said|tell|asked|ask|asking|wonder\w*|sure|confirm|question"
    r"|determine|establish|verify|ascertain)"
    r" +(?:(?:on|about|as +to|of) +)?(?:who|which +(?:side|group|force|forces|(?:\w+ +)?(?:cities|towns|districts|places|areas|capitals|ones))|whether|if)"
    r"(?: +(?:were|was|are|is) +\w+(?: +(?:and|or))? +which)?"
    r" +(?:(?:the|now|still|actually|really|had|has|have|was|were|is|are|taliban|government|forces|army|insurgents) +){0,3}$"
)


def open_question(before: str) -> bool:
    """Return True when `before` (the view up to a trigger, lower case) ends in an open question
    that the trigger completes, so the trigger tells no fact."""
    return bool(_OPEN_QUESTION_BEFORE.search(before))
