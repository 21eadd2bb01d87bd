"""The draft that the article-wide attribution passes read: one sentence's event before settling."""

from __future__ import annotations

import dataclasses
from typing import Protocol, TypeVar

from frontmap.status import CLAIMED


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
