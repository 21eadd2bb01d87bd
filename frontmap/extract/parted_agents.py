"""A comma parts the group from a speaker after it: "seized by the Taliban, sources said", "... said X".

The view blanks punctuation, so "by the Taliban, sources said" reads as "the Taliban sources said" and
"overrun by the insurgents, army spokesman X said" as an insurgent spokesman speaking. In the printed
sentence a comma stands between them: the group is the agent of the passive before it, and the
speaker after the comma is someone else's. An apostrophe is no parting ("the insurgents' spokesman"),
nor is a comma before "their" or "its", which point back to the group ("fell to the Taliban, their
spokesman said"). So too a verb of saying right after the comma: "captured by the Taliban, said
the governor" has its speaker after the verb, not the group before it.
"""

from __future__ import annotations

import re

# a claim cue that opens on the group's name (after the padded view's leading space)
_GROUP_FIRST = re.compile(r" ?(?:the +)?(?:taliban|talibs|group|insurgents?|militants?|movement)\b")
_POINTS_BACK = re.compile(r", *(?:their|its)\b")


def comma_parted(sentence: str, start: int, end: int) -> bool:
    """Return True when the claim cue at [start, end) of the padded view (one leading space before
    `sentence`) opens on the group's name and a comma of `sentence` lies inside it, not one before
    "their" or "its": the group is then no part of the speaker."""
    if not sentence:
        return False
    cue = sentence[max(0, start - 1) : end - 1]
    comma = cue.find(",")
    if comma < 0 or not _GROUP_FIRST.match(cue.lower()):
        return False
    return not _POINTS_BACK.match(cue.lower(), comma)


# the group, a comma, then a verb of saying whose subject follows it: "seized by the Taliban, said X"; a
# quotation closing at the comma parts them too ('"... handed it to the Taliban," said a police officer')
_INVERTED_TAG = re.compile(r" ?(?:the +)?(?:taliban|insurgents|militants|group) *(?:,[\"”’']?|[\"”’'],) *(?:said|says|told|added)\b")


def inverted_tag(sentence: str, start: int) -> bool:
    """Return True when the Taliban speaker found at `start` of the padded view is the group
    closing a clause before a comma and a verb of saying with its own subject after it ("captured
    by the Taliban, said the governor"): the speaker is that subject, not the group."""
    return bool(sentence) and _INVERTED_TAG.match(sentence.lower(), max(0, start - 1)) is not None
