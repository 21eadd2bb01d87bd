"""A headline event whose place the lead names only to locate its news: dated by the lead.

"Taliban overrun checkpoint near Gardez" above "Taliban fighters overran an army checkpoint about
15 km from Gardez on Thursday night": the lead names Gardez only as a landmark, so no telling in
the body dates the headline's event and it would fall on the publication day. A headline retells
its lead, so the event takes the one day the lead gives its events. This holds only when no
sentence of the body reports an event at the place (those date it, `frontmap.extract.dates`) and
the lead names the place outside its dateline ("GARDEZ, July 23 -" names where the report was
filed, not what it is about). A credited photo caption under the headline is no lead: its day is
the picture's, so the lead is the first line past it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from frontmap.extract.captions import credited_caption_line
from frontmap.extract.date_retelling import PUBLICATION_BASES
from frontmap.extract.datelines import outside_dateline

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

_LEAD = 1  # the sentence under the headline
_CAPTIONS_SKIPPED = 2  # photo caption lines above the lead ("Fighters rest in X on July 31. (Photo: ...)") are no lead


def lead_dated(
    read: Reading, draft: Any, drafts: Sequence[Any], headline: int, settled: tuple[dt.date | None, str],
) -> tuple[dt.date | None, str]:
    """Return (date, basis) of `draft` once its `settled` ones are weighed: (the lead's one event
    day, "retold") for an event of the headline (sentence `headline`) settled only by publication,
    whose place the lead names outside its dateline and no body sentence tells an event of; else
    `settled` unchanged."""
    if draft.index != headline or settled[1] not in PUBLICATION_BASES:
        return settled
    day = _lead_day(read, draft, drafts)
    return settled if day is None else (day, "retold")


def _lead_day(read: Reading, draft: Any, drafts: Sequence[Any]) -> dt.date | None:
    """Return the one event day of the lead when it names `draft`'s place outside its dateline and
    no body sentence tells an event of it; else None."""
    lead = _lead_index(read)
    if lead is None:
        return None
    if any(other.key == draft.key and other.index != draft.index for other in drafts):
        return None
    start, end = read.sentences[lead]
    named = outside_dateline(read.article.text[start:end], start, read.by_sentence.get(lead, []))
    if not any(_unit(m.place, draft) == draft.key for m in named):
        return None
    days = read.dates.event_days(lead)
    return next(iter(days)) if len(days) == 1 else None


def _lead_index(read: Reading) -> int | None:
    """Return the index of the lead: the first sentence under the headline that stands on no photo
    caption's line (a picture's day is not the news's), or None when there is none."""
    text = read.article.text
    for index in range(_LEAD, min(len(read.sentences), _LEAD + _CAPTIONS_SKIPPED + 1)):
        start, end = read.sentences[index]
        line_end = text.find("\n", end)
        if not credited_caption_line(text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]):
            return index
    return None


def _unit(place: Any, draft: Any) -> str:
    """Return the unit key the mentioned `place` has in the reading of `draft` (a province event
    is keyed by its province code, any other by its district)."""
    if draft.key == draft.province_code and draft.district_id is None:
        return place.province_code if place.kind == "province" else ""
    return place.district_id or place.key
