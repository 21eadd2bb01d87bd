"""Named anchors: "X fell a day before Sheberghan" dates X from the day the report gave Sheberghan.

A shift whose complement is only a place's name, or its fall told by the name ("a day before
Sheberghan", "two days after Kunduz fell", "hours after the fall of Taloqan"), counts from the
change the report told of that place, wherever it told it: the first such event of the place (of
the same status, else any capture or retaking) with a day of its own. The main clause's place
takes that day moved by the shift. A main clause with a day of its own keeps it ("took X on
Sunday, a day after Y"), and so does a named place the report gave no day.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_references import shift_of
from frontmap.extract.date_retelling import IMPRECISE_BASES, OWN_BASES
from frontmap.extract.shift_bounds import bounded_shift
from frontmap.status import GOVERNMENT, TALIBAN

_CHANGES = (TALIBAN, GOVERNMENT)
# a shift that counts: "a day", "two days", "48 hours", "hours" (the same day); not "days", "a few days"
_COUNTED = re.compile(r"(?:an?|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|hours)\b|hours\b", re.IGNORECASE)
_FALL_NOUN = r"(?:fall|capture|loss|collapse|seizure|surrender|takeover|recapture|retaking)"
# what may stand around the name in the complement: "the fall of", "'s fall", "fell", "was taken"
_BEFORE_NAME = re.compile(r"\s*(?:the\s+" + _FALL_NOUN + r"\s+of\s+)?$", re.IGNORECASE)
_AFTER_NAME = re.compile(
    r"(?:['’]s\s+" + _FALL_NOUN + r"|\s+(?:did|fell|had\s+fallen|(?:was|had\s+been)\s+(?:captured|taken|seized|overrun|lost|retaken|recaptured)))?"
    r"(?:\s+(?:fell|did))?\s*[.,;:]?\s*$",
    re.IGNORECASE,
)


def dated_from_named(drafts: Sequence[Any], read: Any) -> list[Any]:
    """Return `drafts` (`events._Draft`s of the reading `read`) with each event whose sentence dates
    it only by a shift from a named place ("a day before Sheberghan") redated from that place's day."""
    out = list(drafts)
    for i, draft in enumerate(out):
        if draft.basis in OWN_BASES:
            continue
        named = _named_anchor(read, draft.index)
        if named is None or named[0] == draft.key or not _named_before(read, draft, named[2]):
            continue
        day = _day_of(out, named[0], draft.status)
        if day is not None:
            out[i] = dataclasses.replace(draft, date=day + named[1], basis="relative")
    return out


def _named_anchor(read: Any, index: int) -> tuple[str, Any, int] | None:
    """Return (unit key, shift, where the shift starts in the text) when sentence `index`'s shift
    complement is one place's name, else None."""
    span = read.dates.complement_span(index)
    if span is None:
        return None
    s_start, sentence, _ = read.sentence(index)
    lo, hi = span
    inside = [m for m in read.by_sentence.get(index, ()) if lo <= m.start - s_start < hi]
    if len(inside) != 1:
        return None
    mention = inside[0]
    start, end = mention.start - s_start, mention.end - s_start
    if not _BEFORE_NAME.match(sentence[lo:start]) or not _AFTER_NAME.match(sentence[end:hi]):
        return None
    shifts = [e for e in find_date_expressions(sentence) if e.end <= lo and e.kind in ("shift", "relative")]
    if not shifts or sentence[shifts[-1].end : lo].strip() or not _COUNTED.match(shifts[-1].text):
        return None  # "days after the fall of X": no count of days to move by
    expr, place = shifts[-1], mention.place
    return place.district_id or place.key, bounded_shift(sentence, expr, shift_of(expr)), s_start + expr.start


def _named_before(read: Any, draft: Any, shift_at: int) -> bool:
    """Return True when the draft's place is named in its sentence before the shift ("X fell a day
    before Y"), not in a list the complement opens ("a week after Y, Z and W fell")."""
    return any((m.place.district_id or m.place.key) == draft.key and m.end <= shift_at for m in read.by_sentence.get(draft.index, ()))


def _day_of(drafts: Sequence[Any], key: str, status: str):
    """Return the day of the first change the drafts tell of unit `key` (of `status` first), or None."""
    dated = [d for d in drafts if d.key == key and d.date is not None and d.basis not in IMPRECISE_BASES and d.status in _CHANGES]
    same = [d for d in dated if d.status == status]
    chosen = (same or dated)[:1]
    return chosen[0].date if chosen else None
