"""A comma parts the group from a speaker after it: "seized by the Taliban, sources said".

The view blanks punctuation, so "by the Taliban, sources said" reads as "the Taliban sources said" and
"overrun by the insurgents, army spokesman X said" as an insurgent spokesman speaking. In the printed
sentence a comma stands between them: the group is the agent of the passive before it, and the
speaker after the comma is someone else's. An apostrophe is no parting ("the insurgents' spokesman"),
nor is a comma before "their" or "its", which point back to the group ("fell to the Taliban, their
spokesman said").
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
