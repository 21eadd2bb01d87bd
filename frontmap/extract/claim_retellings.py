"""Claims retold: a later "the fall of X" about a place the article gave only as a claim is still a claim.

"The Taliban said they had captured X. Officials could not confirm it. ... The fall of X came as
the group pushed north": the writer names the event again by a noun, in passing, without a
source of their own. Retelling the group's word is no confirmation of it, so the retelling stays
a claim unless its own sentence names an official source. A place the article also states as
taken before the retelling (a fact by a source) is left alone: the retelling then retells that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.told_drafts import DraftT as _T, as_claim
from frontmap.status import CLAIMED, TALIBAN

# the event named by a noun: "the fall of", "the capture of", "the capturing of", "its seizure", "the takeover of"
# (not the verb: "the 10th capital to fall" is the writer's own count)
_NOUN = re.compile(r"(?:(?:capture|conquest|seizure|take ?over|fall|collapse|hand ?over|loss|(?:captur|seiz|overrunn)ing)\s+of|seizure|takeover)\b",
                   re.IGNORECASE)


def retold_as_claims(drafts: Sequence[_T], view_of: Callable[[int], str], sourced: Callable[[str], bool]) -> list[_T]:
    """Return `drafts` (one article's, in reading order) with each Taliban gain named by a noun,
    whose sentence names no source (`sourced`), turned into a claim when the article told the
    same place before only as a claim."""
    claimed_first: set[str] = set()
    stated: set[str] = set()
    settled = []
    for draft in drafts:
        if draft.status == TALIBAN and draft.key in claimed_first - stated and _bare_retelling(draft, view_of, sourced):
            draft = as_claim(draft)
        (claimed_first if draft.status == CLAIMED else stated if draft.status == TALIBAN else set()).add(draft.key)
        settled.append(draft)
    return settled


def _bare_retelling(draft: _T, view_of: Callable[[int], str], sourced: Callable[[str], bool]) -> bool:
    """Return True when the draft names its event by a noun in a sentence with no source."""
    return bool(_NOUN.match(draft.trigger)) and not sourced(view_of(draft.index))
