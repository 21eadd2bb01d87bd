"""The draft that the article-wide attribution passes read: one sentence's event before settling."""

from __future__ import annotations

from typing import Protocol, TypeVar


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
