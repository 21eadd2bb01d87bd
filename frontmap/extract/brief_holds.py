"""A retaking told as brief: "commandos briefly retook X, but fighters hiding nearby ambushed them".

The retake word reads as the government holding X from that day on, but "briefly" (or
"momentarily", "temporarily") says the hold did not last: the forces got in and were pushed out or
driven off again. What the map can keep of it is the fighting for X on that day, so the government
hold becomes a contested one. A retaking that is not qualified ("retook X after brief fighting",
"the fighting was brief") keeps its hold.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from frontmap.status import CONTESTED, GOVERNMENT

# the qualifier right before the retake word, with at most one word between ("briefly even regained")
_BRIEF_BEFORE = re.compile(r"\b(?:briefly|momentarily|temporarily)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_REACH = 30  # characters before the trigger where its qualifier stands


def brief_holds_as_fighting(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts` with each government hold whose retake word the sentence calls brief turned
    into a contested event of the same place and day (see the module notes)."""
    return [dataclasses.replace(d, status=CONTESTED) if d.status == GOVERNMENT and told_as_brief(d.excerpt, d.trigger) else d
            for d in drafts]


def told_as_brief(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` stands in `sentence` right after "briefly", "momentarily" or
    "temporarily" (a word may stand between)."""
    at = sentence.find(trigger) if trigger else -1
    return at > 0 and _BRIEF_BEFORE.search(sentence, max(0, at - _REACH), at) is not None
