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


def names_a_site(view: str, trigger_start: int, trigger_end: int, place_end: int) -> bool:
    """Return True when the words joining a control verb and its place (lower-case `view`) name
    a facility of the place ("took the airport of X", "the police headquarters in X", "X's
    airport was seized")."""
    if trigger_end <= place_end:
        between = view[trigger_end:place_end]
    else:
        between = view[max(0, place_end - 1) : trigger_start]
    return bool(_SITE_WORD.search(between)) or held_facilities.facility_after(view, place_end)
