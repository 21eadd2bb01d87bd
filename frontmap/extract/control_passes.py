"""Control that "passed to" a side: a change of hands only when control, or a place, passes.

"Control of Khanabad passed to the Taliban" and "the district passed to local militias" tell who
holds the place now; "information about Khanabad was passed to the Taliban" and "weapons seized in
Khanabad passed to militia groups" hand over something else, and say nothing of who holds the town.
"Went over to" is read the same way: "the district went over to the Taliban" is the district's fall,
"a police commander went over to the Taliban" is one man's defection. A subject made only of names
passes a place too: "Asadabad in Kunar and Sharana in Paktika passed to the Taliban" (not "rifles
stored in Khanabad passed to militias", whose subject is the rifles).
"""

from __future__ import annotations

import re

__all__ = ["is_a_pass_of_something_else"]

_CONTROL_BEFORE = re.compile(r"\bcontrol\b[^.;:]{0,100}$")
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:district|districts|city|cities|town|towns|province|capital|cent(?:re|er)|port|crossing|valley|base)\s+"
    r"(?:\s[a-z][^.;:]{0,60}?\s\s)?"  # an aside set off by commas (two spaces in the view): "the district, on the border, had"
    r"(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$"
)
_PASSED_TO = re.compile(r"(?:pass(?:ed|es|ing)|(?:went|gone)\s+over)(?=\s+(?:back\s+)?to\b)")
# the clause before the verb: names, their province and place words only ("X in Y and Z", "two capitals, X and Y,")
_NAMED_SUBJECT = re.compile(
    r"(?:^|[,;:(—–-]\s*|\b(?:while|and|but)\s+)(?:(?:[A-Z][\w'’-]*|in|and|of|the|district|districts|city|cities|town|towns|province|"
    r"provincial|capitals?|two|three|four|five|both|small|more|also|then|finally|too)[\s,]+)*[A-Z][\w'’-]*[\s,]+$"
)
_CONTROL_AFTER = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:control|hands|rule)\b")


def is_a_pass_of_something_else(view: str, start: int, sentence: str) -> bool:
    """Return True when the "passed to" trigger at `start` of `view` (a sentence's lower-case view,
    padded by one space before `sentence`) hands over something other than a place or its control
    ("intelligence was passed to the Taliban"): neither "control" before it in its clause, nor a
    place word or a subject of names before it, nor "to Taliban control" after it."""
    passed = _PASSED_TO.match(view, start)
    if passed is None or _CONTROL_AFTER.match(view, passed.end()):
        return False  # "passed into the hands of" is the table's own fall
    before = view[max(0, start - 120):start]
    if _CONTROL_BEFORE.search(before) is not None or _PLACE_WORD_BEFORE.search(before) is not None:
        return False
    return _NAMED_SUBJECT.search(sentence, max(0, start - 121), start - 1) is None
