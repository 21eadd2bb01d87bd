"""Earlier falls: the names after "after" or "following" in a ranking or sequence ("the sixth capital
to fall on Sunday, after Zaranj, Sheberghan and Kunduz", "took Faizabad on Wednesday after Kunduz
and Taloqan") fell before the place the sentence is about (for `frontmap.extract.date_scope.pick`).

The sentence's day is the main place's, never theirs: a listed name takes only a date told inside
the list ("the latest to fall, after Herat and Ghazni on Thursday"), and such a date is the listed
names' own, never the main place's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_NAME = r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|days?|weeks?|hours?)\b)[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)*"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Eid)\b"
# ", after Zaranj, Sheberghan, Sar-e Pul and Kunduz" up to where the list ends
_AFTER_LIST = re.compile(
    rf"(?:,\s*|\s)(?:after|following)\s+(?!{_DAYS})(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:,?\s+and\s+(?:{_NAME}))?"
)
# the list closes its clause, or a date of its own follows it ("and Ghazni on Thursday")
_LIST_CLOSE = re.compile(r"\s*(?:[.;:!?]|,|$|(?:on|early|late|last)\s+[A-Z\d])")
_CLAUSE_END = re.compile(r"[.;!?]|,\s*(?!and\b)|$")


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end


D = TypeVar("D", bound=_Dated)


def earlier_list_span(sentence: str) -> tuple[int, int] | None:
    """Return the span (from its first name to its clause's end) of a list of earlier falls after
    "after" or "following" in `sentence`, or None."""
    if "after" not in sentence and "following" not in sentence:
        return None  # the pattern opens on no literal, so it would try every space: most sentences have neither word
    for match in _AFTER_LIST.finditer(sentence):
        if _LIST_CLOSE.match(sentence, match.end()) is None:
            continue
        first = re.match(r"(?:,\s*|\s)(?:after|following)\s+", sentence[match.start() :]).end() + match.start()
        end = _CLAUSE_END.search(sentence, match.end())
        return first, end.start() if end else len(sentence)
    return None


def dates_for(sentence: str, events: Sequence[D], position: int) -> list[D]:
    """Return the dates of `events` that may date the place at `position`: inside a list of earlier
    falls only the list's own, outside it all but the list's."""
    span = earlier_list_span(sentence)
    if span is None:
        return list(events)
    inside = span[0] <= position < span[1]
    return [d for d in events if (span[0] <= d.expr.start < span[1]) == inside]
