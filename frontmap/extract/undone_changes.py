"""A change told with its undoing in one sentence: "Balkh district had fallen to the militants, but
the government retook it on June 21". The undoing writes its own day; the loss writes none, and the
day in force (or the report's day) would put it after its own undoing, leaving the place on the map
on the wrong side. Told first, or in the past perfect ("retook it on June 21 after it had fallen"),
the loss came before the retaking: it takes the day before the retaking's, unless the sentence
gives it a day of its own (which a loss told in the retaking's clause shares), or a later hour of
that day dates the retaking ("but commandos retook it that evening": the loss came earlier that day).

A loss told after its retaking ("retook it on Monday, but the Taliban overran it again") came
later, and keeps its day.

Across sentences the same holds for a loss the report tells as the background of its retaking:
"Forces have regained control of X from the Taliban. ... This led them to capture X." The later
sentence, with no day of its own, retells how the place was lost, so a loss dated on or after the
retaking the report told first takes the day before it; a loss told as coming again ("captured it
again", "then recaptured", "later") keeps its day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from frontmap.extract.date_retelling import OWN_BASES
from frontmap.extract.entry_outcomes import with_entry_outcomes
from frontmap.extract.last_posts import with_last_posts_fallen
from frontmap.extract.repelled_attackers import with_repelled_attackers
from frontmap.extract.repulsed_fights import with_repulsed_fights
from frontmap.extract.sequel_expulsions import with_sequel_expulsions
from frontmap.status import CLAIMED, GOVERNMENT, TALIBAN

_LOSSES = frozenset({TALIBAN, CLAIMED})
_PAST_PERFECT_BEFORE = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:been\s+)?$", re.IGNORECASE)
_REACH = 30  # characters before a trigger where its "had" stands
# a verb that tells the place changing hands, not a state that may go on ("still held", "control")
_CHANGE = re.compile(r"captur|seiz|took|tak|overr|fell|fall|los[ts]|storm|conquer|hand|surrender|abandon", re.IGNORECASE)
# a loss told as coming after a retaking: "captured it again", "then recaptured", "hours later"
_ANEW = re.compile(r"\b(?:again|once\s+more|later|afterwards?|then|since|subsequently|re-?(?:captur|took|tak|seiz|occup))", re.IGNORECASE)
# a verb that takes a place back (not a hold, nor a denial that it was ever lost)
_RETAKING = re.compile(r"\bre-?(?:took|tak|captur|gain|claim|occup)|\bback\b|liberat|clear|expel|drove|drive|pushed|push", re.IGNORECASE)
# the retaking dated by a later hour of the loss's own day ("but commandos retook it that evening",
# "by nightfall", "within hours"): the loss came earlier that day, not the day before
_SAME_DAY = re.compile(
    r"\b(?:that|the\s+same|by(?:\s+the)?)\s+(?:day|morning|afternoon|evening|night|nightfall|dusk|midday|noon)\b"
    r"|\bhours\s+later\b|\blater\s+in\s+the\s+day\b|\bwithin\s+(?:a\s+few\s+)?hours\b", re.IGNORECASE)


class _Told(Protocol):
    key: str
    status: str
    date: dt.date | None
    basis: str
    index: int
    excerpt: str
    trigger: str


DraftT = TypeVar("DraftT", bound=_Told)


def before_their_undoing(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts`, each loss its own sentence tells as undone by a retaking with a day of its
    own, yet dated on or after that day, moved to the day before the retaking (see the module notes);
    with a retaking added for each capture undone with no place named again (`sequel_expulsions`),
    each entry or assault read again by the outcome its sentence tells (`entry_outcomes`), a hold
    added for each assault by attackers told as driven off (`repelled_attackers`), a fight added for
    each hold a repelling alone tells (`repulsed_fights`), and a fall added for each district whose
    last post is told fallen (`last_posts`)."""
    drafts = with_last_posts_fallen(with_repulsed_fights(with_repelled_attackers(with_sequel_expulsions(with_entry_outcomes(drafts)))))
    drafts = _retold_background_losses(drafts)
    regains = {(d.index, d.key): d for d in drafts
               if d.status == GOVERNMENT and d.basis in OWN_BASES and d.date is not None and _RETAKING.search(d.trigger)}
    if not regains:
        return list(drafts)
    return [_moved(draft, regains.get((draft.index, draft.key))) for draft in drafts]


def _moved(loss: DraftT, regain: DraftT | None) -> DraftT:
    """Return `loss` moved to the day before `regain` when it is a loss told as coming first but
    dated on or after it; else `loss` unchanged."""
    if regain is None or loss.status not in _LOSSES or loss.date is None or regain.date is None:
        return loss
    if loss.date < regain.date or not _told_first(loss, regain) or (loss.date == regain.date and _same_day(regain)):
        return loss
    return dataclasses.replace(loss, date=regain.date - dt.timedelta(days=1), basis="relative")


def _same_day(regain: _Told) -> bool:
    """Return True when a later hour of the day dates `regain` in its sentence, after its trigger."""
    at = regain.excerpt.find(regain.trigger)
    return at >= 0 and _SAME_DAY.search(regain.excerpt, at) is not None


def _told_first(loss: _Told, regain: _Told) -> bool:
    """Return True when the sentence tells `loss`, which writes no day of its own, as before
    `regain`: ahead of it, or in the past perfect. A loss with a day of its own keeps it ("had
    fallen at dawn today": the same day as the retaking, not the day before)."""
    at, regain_at = loss.excerpt.find(loss.trigger), loss.excerpt.find(regain.trigger)
    if loss.basis in OWN_BASES or at < 0 or regain_at < 0:
        return False
    return at < regain_at or _PAST_PERFECT_BEFORE.search(loss.excerpt, max(0, at - _REACH), at) is not None


def _retold_background_losses(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` with each loss told in a later sentence than the first retaking of its place,
    writing no day of its own and dated on or after that retaking, moved to the day before it (the
    background of the retaking, see the module notes)."""
    first_regain: dict[str, DraftT] = {}
    for d in drafts:
        if d.status == GOVERNMENT and d.date is not None and _RETAKING.search(d.trigger):
            first_regain.setdefault(d.key, d)
    if not first_regain:
        return list(drafts)
    return [_before_regain(d, first_regain.get(d.key)) for d in drafts]


def _before_regain(loss: DraftT, regain: DraftT | None) -> DraftT:
    """Return `loss` on the day before `regain` when it retells the loss `regain` undid (see
    `_retold_background_losses`), else unchanged."""
    if (regain is None or loss.status != TALIBAN or not _CHANGE.search(loss.trigger) or loss.index <= regain.index or loss.date is None or regain.date is None
            or loss.date < regain.date or loss.basis in OWN_BASES or _ANEW.search(loss.excerpt)):
        return loss
    return dataclasses.replace(loss, date=regain.date - dt.timedelta(days=1), basis="relative")
