"""Speaker tags: a source set between commas ("..., officials said, ...") is no subject of what follows.

"Taliban fighters took X on Saturday, officials said, a day after they seized Y": the officials
only report; the "they" of the clause after the tag is still the fighters named before it. A
speaker named this way (", the governor said,", ", police told reporters.", ", said officials,")
neither captures nor loses anything in its sentence, so `frontmap.extract.roles` does not take it
for the subject of a later verb. A speaker whose verb opens a clause ("officials said they had
retaken X") keeps its role: there the pronoun may well be the speaker.
"""

from __future__ import annotations

import re

from frontmap.extract.pronoun_speakers import SAYS

# the comma before the tag, and at most three words before the speaker ("the provincial", "a local"): none
# a verb or a preposition of holding (", remained in government hands, he said": the hold, not its teller)
_OPENS_TAG = re.compile(r"  +(?:(?!(?:in|under|into|within|remain(?:s|ed)?|stay(?:s|ed)?|is|was|are|were)\b)\w+ +){0,3}$")
_INVERTED = re.compile(r"  +said +(?:\w+ +){0,3}$")  # ", said officials,"
# the speaker's own words ("police chief", "governor of Jawzjan"), the verb, what may follow it, then a comma or the end
_CLOSES_TAG = re.compile(
    r"(?: +\w+){0,3}? +" + SAYS + r"\b"
    r"(?: +(?:on|late|early|in|by|a|an|the|reporters|journalists|afp|reuters|phone|telephone|statement|\w+day))*"
    r"(?:  |\s*$)"
)
# its speaker's words only: no verb of its own (", said the militants seized X," opens a clause)
_CLOSES_INVERTED = re.compile(
    r"(?: +(?!(?:had|has|have|was|were|is|are|seized|captured|took|taken|overran|overrun|stormed|entered|fell|retook|recaptured"
    r"|controlled|controls?|held|holds?|attacked|abandoned|withdrew|left)\b)\w+){0,3}?(?:  |\s*$)")


def in_speaker_tag(view: str, start: int, end: int) -> bool:
    """Return True when the actor at [start, end) of the lower-case sentence `view` is the speaker
    of a tag set off by a comma before it (", officials said,", ", said a police spokesman.")."""
    opening = _OPENS_TAG.search(view, max(0, start - 30), start)
    if opening is None:
        return False
    if _INVERTED.search(view, max(0, start - 30), start):
        return _CLOSES_INVERTED.match(view, end) is not None
    return _CLOSES_TAG.match(view, end) is not None


_OPENS_REPORT = re.compile(r"(?: +\w+){0,2}? +" + SAYS + r"(?: +that)? +\w")  # "officials said the militants ...", "police told reporters that"


def opens_report(view: str, end: int) -> bool:
    """Return True when the actor ending at `end` is followed by its verb of saying and the words it
    reports ("officials said the militants ..."): the speaker, not the subject of what it reports."""
    return _OPENS_REPORT.match(view, end) is not None


def first_doer(view: str, subjects: list[tuple[int, str]], position: int) -> str | None:
    """Return the side of the first of `subjects` ((end, side) in order) that does something before
    `position`: past a speaker whose verb opens the report ("officials said the militants moved on X
    after seizing Y": the militants); None when there is no subject."""
    if len(subjects) > 1 and subjects[1][0] < position and opens_report(view, subjects[0][0]):
        return subjects[1][1]
    return subjects[0][1] if subjects else None


# a comma, a few words and a verb of saying, or the verb first (", said a statement from the insurgents"): a tag
_TAG_OPENS = re.compile(r"  +(?:(?:\w+ ){0,6}?" + SAYS + r"|said|says)\b")
_SAYS_AFTER = re.compile(r" *(?:[\w'’-]+ ){1,4}?" + SAYS + r"\b")


def tag_between(view: str, start: int, end: int, after: int) -> bool:
    """Return True when the words from `end` on (up to `after`, where a side is named) belong to a
    speaker tag set off by a comma after `start` of the lower-case `view` (a quote closed by "said a
    statement from the insurgents" or "a statement from the insurgents said"), not to the verb before it."""
    if _TAG_OPENS.search(view, start, end) is not None:
        return True
    return "  " in view[start:end] and _SAYS_AFTER.match(view, after) is not None
