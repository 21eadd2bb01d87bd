"""Retake means: the operation a retake was won by is no second, contested reading of the place.

"Forces recaptured X on Monday by launching an operation in X" and "retook X after launching a
clearance operation in the district" tell one outcome and how it was won: the operation is the
means of the retake, over by the time the place was back in the government's hands. Read alone,
"launching an operation in X" is fighting there (`frontmap.extract.triggers`), and the sentence
would map X both retaken and contested on the same day. Here a contested reading whose operation
is the means of a retake of the same unit in the same sentence gives way to the retake. An
operation told alone ("launched an operation in X"), or in another place than the one retaken,
stays fighting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.told_drafts import DraftT as _T
from frontmap.status import CONTESTED, GOVERNMENT

_OPERATION = re.compile(r"\b(?:operations?|counter-?\s?offensives?)\b", re.IGNORECASE)
# the preposition that makes the operation the means: "by launching", "after conducting"
_MEANS_BEFORE = re.compile(r"\b(?:by|after|through|following|in)\s+$", re.IGNORECASE)
_RETAKE = re.compile(
    r"\b(?:re-?(?:captured?|captur(?:ed|ing)|took|tak(?:en|ing)|gained|occupied)|won\s+back|took\s+back|taken\s+back|liberated|freed|cleared)\b",
    re.IGNORECASE,
)


def means_dropped(drafts: Sequence[_T], sentence: str) -> list[_T]:
    """Return the drafts of one sentence without the contested readings whose operation is the
    means of a retake the sentence tells of the same unit ("recaptured X by launching an
    operation in X")."""
    retaken = {d.key for d in drafts if d.status == GOVERNMENT and _RETAKE.search(d.trigger)}
    if not retaken:
        return list(drafts)
    return [d for d in drafts if not (d.status == CONTESTED and d.key in retaken and _operation_as_means(sentence, d.trigger))]


def _operation_as_means(sentence: str, trigger: str) -> bool:
    """Return True when the trigger `trigger` names an operation and a means preposition opens it
    in the sentence ("... by launching an operation")."""
    if not _OPERATION.search(trigger):
        return False
    at = sentence.find(trigger)
    return at > 0 and _MEANS_BEFORE.search(sentence, max(0, at - 12), at) is not None
