"""The fight a repelling tells: "in X the militants were repulsed and suffered heavy casualties",
"the enemy was beaten back from X". Attackers are only repelled from a place they fought for, so
the place held that day was also fought over (`contested`), though no word of attack stands in the
sentence. The fight is added only when the report tells no fight at the place anywhere else: a
report that tells the assault in its own words ("attacked X late Monday; forces repulsed it on
Tuesday") has already dated it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from frontmap.status import CONTESTED, GOVERNMENT

__all__ = ["with_repulsed_fights"]

# the repelling verb alone: not a retaking ("pushed out", "cleared"), which may follow no fight told
_REPELLING = re.compile(r"\b(?:repel(?:led|s)?|repuls(?:ed|es?)|beat(?:en)?\s+back|fended\s+off|held\s+off)\b", re.IGNORECASE)


class _Told(Protocol):
    key: str
    status: str
    date: dt.date | None
    index: int
    trigger: str


DraftT = TypeVar("DraftT", bound=_Told)


def with_repulsed_fights(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` and, for each dated government hold a repelling verb tells of a place the
    report tells no fight at, a contested event of that place on the hold's day."""
    fought = {d.key for d in drafts if d.status == CONTESTED}
    added = []
    for draft in drafts:
        if draft.status != GOVERNMENT or draft.date is None or draft.key in fought or not _REPELLING.search(draft.trigger):
            continue
        fought.add(draft.key)
        added.append(dataclasses.replace(draft, status=CONTESTED))
    return [*drafts, *added]
