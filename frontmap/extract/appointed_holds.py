"""Posts the Taliban filled in a place: "the Taliban-appointed governor of X", "the Taliban police
chief for X district".

After the takeover the group named its own governors, police chiefs and mayors; a report that
speaks of one of them says the place is run by the Taliban, where "the governor of X" alone only
names a speaker (`frontmap.extract.place_roles`). So such a title does not keep its place from
being an event: the post is a Taliban hold of the place (`frontmap.extract.triggers.TALIBAN_OFFICE`).
A shadow governor of the insurgency held no town and stays a title; so does a post whose holder
is told killed in the fighting ("forces killed Qari X, the Taliban governor for Y"; "twelve
insurgents died, among them ..."): the insurgency named such officials for places it fought over,
and a death says nothing of who holds the place (the fighting, if told there, is read by its own words).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import TALIBAN_OFFICE

# the post with its "of", "for" or "in", and at most "the" before the place (on the padded view)
_OFFICE_BEFORE_PLACE = re.compile(r" (?:" + TALIBAN_OFFICE + r")\s+(?:the\s+)?$")


def taliban_office_before(before: str) -> bool:
    """Return True when `before` (the padded view up to a place) ends with a post the Taliban filled
    there ("the taliban appointed governor of ")."""
    return "taliban" in before and _OFFICE_BEFORE_PLACE.search(before) is not None


_OFFICE_WORDS = re.compile(r"\b(?:governor|chief|mayor)\b")


def office_trigger(text: str) -> bool:
    """Return True when the hold trigger `text` is a post the Taliban filled ("appointed governor")."""
    return _OFFICE_WORDS.search(text.lower()) is not None


# a killing or a toll before the title, with no clause break between ("killed Qari X, the Taliban
# governor for"; "the dead included the Taliban-appointed mayor of"), or after the place ("..., was killed")
_DEATH_BEFORE = re.compile(
    r"\b(?:killed|killing|slain|shot\s+dead|eliminated|(?:dead|killed|casualties|victims)\s+(?:included|including|were|was))"
    r"(?:(?!\b(?:said|says|and|but|after|while|when)\b)[a-z0-9 -]){0,70}$"
)
_DEATH_AFTER = re.compile(
    r"\s+(?:(?:the|district|province|city)\s+)*(?:[\w-]+\s+){0,2}?\s*(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?"
    r"(?:killed|slain|shot\s+dead|dead|among\s+(?:[\w-]+\s+){0,4}?(?:dead|killed|slain))\b|\s+(?:[\w-]+\s+){0,2}?\s*died\b"
)


# the war's fighting told in the sentence: a post's holder killed in it is a shadow official (after
# the takeover the group's officials die in bombings, and their posts stay theirs)
_FIGHT_WORDS = re.compile(
    r"\b(?:forces|troops|army|soldiers|commandos|operations?|clash\w*|fighting|battles?|air\s*strikes?|airstrikes?|raids?|ambush\w*|insurgents|militants)\b"
)


def holder_killed(view: str, start: int, end: int) -> bool:
    """Return True when the holder of the post at [start, end) of `view` is told killed or dead in
    the fighting (the post then names no place the group holds)."""
    told = _DEATH_BEFORE.search(view, max(0, start - 90), start) or _DEATH_AFTER.match(view, end)
    return bool(told) and _FIGHT_WORDS.search(view) is not None


def dead_holders_post(view: str, start: int, end: int) -> bool:
    """Return True when the place at [start, end) of `view` is named by a Taliban post whose holder
    is told killed ("killed Qari X, the Taliban police chief for Y"): the place is only the post's."""
    low = max(0, start - 120)
    before = " " + view[low:start]
    title = _OFFICE_BEFORE_PLACE.search(before) if "taliban" in before else None
    return title is not None and holder_killed(view, low + title.start(), end)
