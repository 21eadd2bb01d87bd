"""Headline cities: a headline's city named like its province may mean the province.

"Parts of Ghazni retaken" and "Clashes in Bamyan" above a report telling only of districts of the
province use the shared name for the province: the city has no fight or retaking of its own. The
headline's event on the city is dropped when the body tells events in other districts of that
province and none in the city itself (a Taliban capture in the headline is left alone: a city's
fall is headline news in its own right).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from frontmap.status import TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention


class _Draft(Protocol):
    key: str
    district_id: str | None
    province_code: str
    status: str
    index: int


def means_the_province(draft: _Draft, drafts: Sequence[_Draft], headline_mentions: Sequence[Mention], headline: int) -> bool:
    """Return True when `draft`, an event of the headline (sentence `headline`) on a city named like its
    province (`headline_mentions`: the headline's mentions), is better read as the province's name: the
    body's `drafts` tell of other districts of the province and never of the city."""
    if draft.index != headline or draft.district_id is None or draft.status == TALIBAN:
        return False
    if not any(m.place.district_id == draft.district_id and _named_like_its_province(m) for m in headline_mentions):
        return False
    body = [d for d in drafts if d.index != headline and d.province_code == draft.province_code]
    return not any(d.key == draft.key for d in body) and any(d.district_id not in (None, draft.district_id) for d in body)


def _named_like_its_province(mention: Mention) -> bool:
    """Return True when the mention is a city or district written with its province's name."""
    place = mention.place
    return place.kind != "province" and place.name.lower() == place.province.lower()
