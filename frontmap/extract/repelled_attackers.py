"""Attackers repelled, told as a relative clause: "Security forces beat back militants who tried to
storm X", "police repulsed insurgents who attacked X overnight".

The expel verb's object is the attackers, and the clause after "who" tells their assault on the
place, so the sentence rules read the assault alone (`contested`). The place was held against it:
a government hold is added on the assault's day, beside the fight. A hedged repelling ("vowed to
beat back militants who ...", "failed to push back fighters who ...") adds nothing; a vowed or
planned one ("vowed to push back any insurgents who attempt to overrun X") tells of attackers to
come, and their assault is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from frontmap.extract.sequel_expulsions import DraftT
from frontmap.status import CONTESTED, GOVERNMENT

_REPEL = (r"(?:repel(?:led|s)?|repuls(?:ed|es?)|(?:beat|beaten|push|pushed|drive|drove|driven|fight|fought|fend|fended)\s+(?:back|off)"
          r"|(?:beat|push|pushed|drive|drove|fought|fended)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:back|off))")
_ATTACKERS = r"(?:militants|insurgents|taliban|fighters|attackers|rebels|gunmen|nsags?)"
# the repelling verb, its object the attackers, and the relative clause up to the assault's trigger
_REPELLED_WHO = re.compile(
    r"\b" + _REPEL + r"\s+(?:the\s+|a\s+group\s+of\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:[\w'’-]+\s+){0,2}?" + _ATTACKERS
    + r"(?:\s+(?:back|off))?\s*,?\s+(?:who|that)\s+(?:had\s+)?(?:(?:tried|attempted|sought|were\s+trying)\s+to\s+|were\s+|was\s+)?$",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:vow\w*|pledg\w*|promis\w*|fail\w*|unable|could|would|will|not|never|plan\w*|tried)\s+(?:to\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# a repelling still to come: its attackers' assault is no event either
_PROSPECTIVE = re.compile(r"\b(?:vow\w*|pledg\w*|promis\w*|plan\w*|will|would|could|ready|prepared|determined)\s+(?:to\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# an assault told in the past ("who stormed X", "who were trying to enter X") happened, whatever was vowed
_PAST = re.compile(r"(?:\b(?:were|was|had)\s+|^(?:\w+ed|took|overran|seized)\b)", re.IGNORECASE)
_ASSAULT = re.compile(r"\b(?:storm|attack|assault|raid|overr|captur|seiz|take|took|enter)", re.IGNORECASE)
_REACH = 120  # characters before the assault's trigger where the repelling verb stands


def with_repelled_attackers(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` and, for each assault whose attackers a repelling verb before it has as its
    object ("beat back militants who tried to storm X"), a government hold of the place that day."""
    held = {(d.index, d.key) for d in drafts if d.status == GOVERNMENT}
    drafts = [d for d in drafts if not (d.status == CONTESTED and _to_come(d) and _repelling_before(d, _PROSPECTIVE))]
    added = []
    for draft in drafts:
        if draft.status != CONTESTED or draft.date is None or (draft.index, draft.key) in held or not _repelled(draft):
            continue
        held.add((draft.index, draft.key))
        added.append(dataclasses.replace(draft, status=GOVERNMENT))
    return [*drafts, *added]


def _repelled(draft: DraftT) -> bool:
    """Return True when the assault `draft` tells is the act of attackers a repelling verb has
    just been told to drive off, with no hedge before that verb."""
    match = _repelling(draft)
    return match is not None and not _HEDGED.search(draft.excerpt, max(0, match.start() - 30), match.start())


def _to_come(draft: DraftT) -> bool:
    """Return True when the assault `draft` tells is not told in the past ("who attempt to ...")."""
    at = draft.excerpt.find(draft.trigger)
    return at >= 0 and not _PAST.match(draft.trigger) and not _PAST.search(draft.excerpt, max(0, at - 6), at)


def _repelling_before(draft: DraftT, hedge: re.Pattern[str]) -> bool:
    """Return True when the assault `draft` tells is its attackers' whom a repelling verb that
    `hedge` stands before has as its object."""
    match = _repelling(draft)
    return match is not None and hedge.search(draft.excerpt, max(0, match.start() - 30), match.start()) is not None


def _repelling(draft: DraftT) -> re.Match[str] | None:
    """Return the repelling verb and its attackers just before the assault `draft` tells, or None."""
    at = draft.excerpt.find(draft.trigger)
    if at < 0 or not _ASSAULT.search(draft.trigger):
        return None
    return _REPELLED_WHO.search(draft.excerpt, max(0, at - _REACH), at)
