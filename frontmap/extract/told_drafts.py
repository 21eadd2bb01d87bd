"""The draft that the article-wide attribution passes read: one sentence's event before settling."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from frontmap.status import CLAIMED, TALIBAN


class ToldDraft(Protocol):
    """What a pass reads of a draft: its sentence, unit, status, weight, trigger and excerpt."""

    index: int
    key: str
    status: str
    confidence: float
    trigger: str
    excerpt: str


#: a draft type the passes return unchanged in kind
DraftT = TypeVar("DraftT", bound=ToldDraft)


def as_claim(draft: DraftT) -> DraftT:
    """Return `draft` told as a claim, weighed no higher than a claim (0.7)."""
    return dataclasses.replace(draft, status=CLAIMED, confidence=min(draft.confidence, 0.7))


def gains_spoken_as_claims(drafts: Sequence[DraftT], view_of: Callable[[int], str], voices: tuple[Callable[[str], bool], Callable[[str], bool]],
                           speaks: Callable[[int], bool]) -> list[DraftT]:
    """Return `drafts` with the Taliban gains of each sentence `speaks(i)` says a Taliban voice tells
    turned into claims, unless the sentence names a voice the sentence rules know already (`voices[0]`:
    they read it, a gain left there was confirmed) or an official source (`voices[1]`: it stands
    behind the gain); `view_of(i)` is sentence i's view."""
    known, sourced = voices
    gains = {d.index for d in drafts if d.status == TALIBAN}
    spoken = {i for i in gains if speaks(i) and not known(view_of(i)) and not sourced(view_of(i))}
    return [as_claim(d) if d.index in spoken and d.status == TALIBAN else d for d in drafts]
