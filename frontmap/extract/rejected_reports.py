"""Taliban gains the same sentence has the other side reject: "Sputnik reported that X had been taken
over by Taliban forces, but Massoud rejected the rumours of its fall", "X fell on Friday, local media
said, but the resistance denied the reports".

The reporter passes the fall on and the defenders say it did not happen, so the fall is only a
claim, as a Taliban claim the police reject is ("the Taliban said they took X, but police rejected
the claim"). A rejection by the Taliban themselves, or one of something else ("denied the
allegations of abuse"), leaves the gain as told.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from frontmap.extract.denials import DENY_VERB
from frontmap.status import CLAIMED, TALIBAN

# "but Massoud rejected the rumours of its fall", "though the resistance denied the reports": a contrast,
# its subject (not the Taliban), then a rejection of what was reported
_REJECTED = re.compile(
    rf"\b(?:but|though|although|however|while)\b(?P<who>[^.;:]{{0,60}}?)\b{DENY_VERB}\s+"
    r"(?:it|the\s+(?:(?:\w+\s+)?reports?|claims?|rumou?rs?|news)|these\s+(?:reports|claims|rumou?rs))"
    r"(?!\s+(?:of|about)\s+(?!(?:the\s+|its\s+)?(?:fall|capture|loss|seizure)\b))\b",
    re.IGNORECASE,
)
_TALIBAN_WHO = re.compile(r"\b(?:taliban|insurgents?|militants?|mujahid|karimi|group['’]s)\b", re.IGNORECASE)


def rejected_as_claims(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts`, each Taliban gain whose own sentence goes on to have the other side reject
    the report of it (see the module notes) told as a claim."""
    return [dataclasses.replace(d, status=CLAIMED) if d.status == TALIBAN and _rejected_after(d.excerpt, d.trigger) else d for d in drafts]


def _rejected_after(sentence: str, trigger: str) -> bool:
    """Return True when, after `trigger` in `sentence`, a contrast has someone other than the
    Taliban reject the report."""
    at = sentence.find(trigger)
    if at < 0:
        return False
    found = _REJECTED.search(sentence, at + len(trigger))
    return found is not None and _TALIBAN_WHO.search(found.group("who")) is None
