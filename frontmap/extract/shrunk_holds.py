"""Shrinking control: "government control in X shrank to a single army base" holds no place.

The hold word ("control") reads as the government keeping X, but the sentence says how little of X
it still keeps: a base, the airport, a few buildings. A shrinking hold is no hold of the place (the
place's own fall or fight is told by other words), so the government hold it gives is dropped.
"Government control was restored in X", "forces are in control of X" keep theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from frontmap.status import GOVERNMENT

# "control (in X) shrank to", "control of X has been reduced to", "control ... dwindled to"
_SHRUNK = re.compile(
    r"control\b[^.;:]{0,60}?\b(?:(?:has|had|have)\s+)?(?:(?:been|was|were|is|are)\s+)?(?:now\s+|steadily\s+|rapidly\s+)?"
    r"(?:shr[aiu]nk(?:s|ing)?|dwindl(?:ed|es|ing)|reduced|narrowed|confined|limited|whittled\s+down|cut)\s+to\b",
    re.IGNORECASE,
)
_REACH = 40  # characters after the trigger's start where its "control" stands ("government control in")


def without_shrunk_holds(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts` less each government hold whose control the sentence says shrank to a part
    of the place (see the module notes)."""
    return [d for d in drafts if not (d.status == GOVERNMENT and _shrunk(d.excerpt, d.trigger))]


def _shrunk(sentence: str, trigger: str) -> bool:
    """Return True when the "control" of `trigger` in `sentence` is told as shrinking to something."""
    at = sentence.find(trigger)
    control = sentence.lower().find("control", max(at, 0), max(at, 0) + len(trigger) + _REACH) if at >= 0 else -1
    return control >= 0 and _SHRUNK.match(sentence, control) is not None
