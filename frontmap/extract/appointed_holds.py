"""Posts the Taliban filled in a place: "the Taliban-appointed governor of X", "the Taliban police
chief for X district".

After the takeover the group named its own governors, police chiefs and mayors; a report that
speaks of one of them says the place is run by the Taliban, where "the governor of X" alone only
names a speaker (`frontmap.extract.place_roles`). So such a title does not keep its place from
being an event: the post is a Taliban hold of the place (`frontmap.extract.triggers.TALIBAN_OFFICE`).
A shadow governor of the insurgency held no town and stays a title.
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
