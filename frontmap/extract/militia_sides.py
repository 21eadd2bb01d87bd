"""Militia sides: whose men "the militia" are when a Taliban source speaks of it.

"Militia" alone names the men who fight the Taliban (local militias, uprising forces), and so do
"local fighters" when no word of the movement's stands with them ("local fighters retook X"). A bare
"the militia" in the account of a Taliban source ("two Taliban commanders said the militia had
seized X") is the source's own movement, named the way the wire report names it: the Taliban.
"""

from __future__ import annotations

import re

from frontmap.extract.pronoun_speakers import SAYS

_BARE_MILITIA = re.compile(r"militia\b")
_THE_BEFORE = re.compile(r" the +$")
# the source's own words ("sources", "spokesman Zabihullah Mujahid"), the verb, its day ("on Monday"), "that"
_REPORTED_BY = re.compile(r"^(?: +\w+){0,4}? +(?:" + SAYS + r"|say|told +\w+)(?: +(?:on|late|early|\w+day|that))* +the +$")


def is_speakers_militia(view: str, start: int, end: int, speaker_end: int) -> bool:
    """Return True when the actor at [start, end) of the lower-case sentence `view` is a bare
    "the militia" reported by the actor ending at `speaker_end` ("Taliban sources said the militia")."""
    if not _BARE_MILITIA.fullmatch(view, start, end):
        return False
    if not _THE_BEFORE.search(view, max(0, start - 5), start):
        return False
    return _REPORTED_BY.match(view[speaker_end:start]) is not None


_LOCAL_FIGHTERS = re.compile(r"(?:^| )(?:local|tribal|village) +$")  # "Local fighters retook X": the sentence may open with them
# "fighters opposed to the Taliban", "gunmen fighting against the group": men of the other side
_AGAINST_THE_GROUP = re.compile(r" +(?:who +(?:are|were) +)?(?:opposed +to|opposing|against|fighting +(?:against +)?|resisting) +(?:the +)?(?:taliban|group|movement|insurgents|militants)\b")


def local_fighters(view: str, start: int, end: int) -> bool:
    """Return True when the actor at [start, end) of `view` is "local fighters" (the men of a local
    uprising; "local Taliban fighters" are read through their modifier before this is asked), or
    fighters the words after them set against the Taliban ("fighters opposed to the Taliban")."""
    if _AGAINST_THE_GROUP.match(view, end) and not view.startswith("taliban", start):
        return True
    return view.startswith("fighters", start) and _LOCAL_FIGHTERS.search(view, max(0, start - 9), start) is not None
