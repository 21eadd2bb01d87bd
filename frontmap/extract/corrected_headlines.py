"""Corrected headlines: a headline whose place the body's correction notice says was wrong.

A running page keeps its first headline while an entry below corrects it: "Live: Taliban take
Nili" above "CORRECTION: An earlier version of this entry wrongly named the captured town as
Nili. It was Khadir ...; Nili is still held by the government". The notice names the place as
the wrong account's (`superseded_reports` finds where that account begins), so the headline's
change there goes, unless the body itself tells the same change of the place elsewhere (a notice
that only corrects the day: "an earlier version said X fell on Saturday; it fell on Sunday").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from frontmap.extract.superseded_reports import WRONG_ACCOUNT


class _Draft(Protocol):
    key: str
    status: str
    index: int


class _Place(Protocol):
    key: str
    district_id: str | None


class _Mention(Protocol):
    start: int
    place: _Place


_ACCOUNT_END = re.compile(r"[.;]")  # the wrong account runs to the end of its clause
_REACH = 120  # characters after the notice's verb the wrong account may run


def corrected_below(draft: _Draft, headline: int, drafts: Sequence[_Draft], text: str, by_sentence: Mapping[int, Sequence[_Mention]]) -> bool:
    """Return True when `draft` is the headline's and its place stands in the wrong account of a
    correction notice below, with no other sentence of the body telling the same status there."""
    if draft.index != headline or headline < 0:
        return False
    spans = _wrong_accounts(text)
    if not spans or any(d.index != headline and d.key == draft.key and d.status == draft.status for d in drafts):
        return False
    return any((m.place.district_id or m.place.key) == draft.key and any(a <= m.start < b for a, b in spans)
               for index, mentions in by_sentence.items() if index != headline for m in mentions)


def _wrong_accounts(text: str) -> list[tuple[int, int]]:
    """Return the spans of `text` that correction notices mark as wrong accounts."""
    spans = []
    for notice in WRONG_ACCOUNT.finditer(text):
        end = _ACCOUNT_END.search(text, notice.end(), notice.end() + _REACH)
        spans.append((notice.end(), end.start() if end else min(len(text), notice.end() + _REACH)))
    return spans
