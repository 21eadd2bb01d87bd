"""Offices handed over: "the responsibility of X district was handed over to the new district
governor", "the police chief handed the district over to his newly appointed successor".

A post changing hands between officials is no change of control: the outgoing and the incoming
officer serve the same side. A handover whose recipient is a new or incoming official (not the
Taliban's: "handed over to the new Taliban governor" is the group's hold) says nothing of who holds
the place.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

__all__ = ["office_handed_over"]

# the recipient after "to": a new, newly appointed or incoming officer (a successor too)
_NEW_OFFICER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:(?:new(?:ly)?|incoming|recently)\s+(?:appointed\s+|named\s+)?"
    r"(?:acting\s+)?(?:[\w-]+\s+){0,2}?(?:governor|chief|commander|mayor|head|officials?|administrator|director)|successor)\b",
    re.IGNORECASE,
)


def office_handed_over(view: str, trigger: Trigger) -> bool:
    """Return True when the handover `trigger` (in the sentence's `view`) hands a post to a new
    official who is not the Taliban's, which changes no one's control."""
    match = _NEW_OFFICER.match(view, trigger.end)
    return match is not None and "taliban" not in match.group(0).lower()
