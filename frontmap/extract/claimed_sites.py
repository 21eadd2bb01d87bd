"""Claimed sites: the Taliban's word that they took a town's airport or police headquarters.

Taking a facility of a town (its airport, prison, a headquarters) is fighting there: the town is
contested (`frontmap.extract.gaps`, PART). But when only the Taliban say so ("the Taliban said
they had taken the airport of X", "a spokesman said the group controls the police headquarters
in X") nobody else has told of a fight: what the report holds is the group's claim, on the day
of the claim. Parts named otherwise ("parts of the city", "some checkpoints") stay a fight: a
claim to a few streets is no claim to the town.
"""

from __future__ import annotations

import re

from frontmap.extract import facilities, held_facilities

_SITE_WORD = re.compile(rf"\b(?:{facilities.PART}|{facilities.SITE})\b")
# the site named before the place a later verb tells of ("the police headquarters in X was
# captured"): a facility, a preposition of place and the place's own words (at most four)
_SITE_BEFORE = re.compile(rf"\b(?:{facilities.PART}|{facilities.SITE}) +(?:in|of|at) +(?:the +)?(?:[a-z0-9]+ +){{0,3}}[a-z0-9]+ *$")
_SITE_REACH = 80  # characters before the place's end in which its site is looked for
# a site the place owns in the sentence ("Herat's police headquarters", "Kunduz's airport")
_OWNED_SITE_AFTER = re.compile(rf"['’]s?\s+(?:[A-Za-z]+\s+)?(?:{facilities.PART}|{facilities.SITE})\b", re.IGNORECASE)
# the site named right after the place in the view, whose apostrophe is a space ("herat s police
# headquarters", "kunduz airport")
_SITE_AFTER = re.compile(rf" +(?:s +)?(?:[a-z]+ +)?(?:{facilities.PART}|{facilities.SITE})\b")


def names_a_site(view: str, trigger_start: int, trigger_end: int, place_end: int) -> bool:
    """Return True when the words joining a control verb and its place (lower-case `view`) name
    a facility of the place ("took the airport of X", "the police headquarters in X", "X's
    airport was seized"), or when a verb after the place follows a facility named just before it
    ("the police headquarters in X was captured")."""
    if trigger_end <= place_end:
        between = view[trigger_end:place_end]
    else:
        between = view[max(0, place_end - 1) : trigger_start]
        if _SITE_BEFORE.search(view, max(0, place_end - _SITE_REACH), place_end):
            return True  # "the police headquarters in X is captured": the site came first
    return bool(_SITE_WORD.search(between)) or held_facilities.facility_after(view, place_end) or _SITE_AFTER.match(view, place_end) is not None


def owned_site_after(sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` of `sentence` owns a site named right after it
    ("Herat's police headquarters", "Kunduz's airport"): a claim to take it stays the group's
    claim, where a claim to the place's parts ("X's outskirts") is a fight there."""
    return _OWNED_SITE_AFTER.match(sentence, end) is not None
