"""Headline cities: a headline's city named like its province may mean the province.

"Parts of Ghazni retaken" and "Clashes in Bamyan" above a report telling only of districts of the
province use the shared name for the province: the city has no fight or retaking of its own. The
headline's event on the city is dropped when the body tells events in other districts of that
province and none in the city itself (a Taliban capture in the headline is left alone: a city's
fall is headline news in its own right).

"Taliban overrun Uruzgan district" above the fall of Dehrawud "in southern Uruzgan" is the same
shorthand: "Uruzgan district" is also a name of Khas Uruzgan, but a headline that writes a district
as its province's name plus "district" means a district of the province, which the body names. Its
event gives way to the body's, a capture too, when the body tells of other districts of the province
and never of that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from frontmap.status import TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention


# a headline that calls it a city or capital means the city ("encircled the provincial capital")
_CITY_WORD = re.compile(r"\b(?:city|cities|capital|capitals|town)\b", re.IGNORECASE)


class _Draft(Protocol):
    key: str
    district_id: str | None
    province_code: str
    status: str
    index: int


def told_below(draft: _Draft, headline: tuple[int, set[str]], drafts: Sequence[_Draft], head: tuple[Sequence[Mention], str]) -> bool:
    """Return True when the headline's `draft` gives way to the body: a province event over a body
    telling of the province ("Clashes in Sar-e Pul province" above its district), or a city named like
    its province read as the province (`means_the_province`). `headline`: the headline's index and the
    provinces the body tells of; `head`: the headline's mentions and the article's text."""
    index, told_in_body = headline
    if draft.district_id is None and draft.index == index and draft.province_code in told_in_body:
        return True
    return means_the_province(draft, drafts, *head)


def means_the_province(draft: _Draft, drafts: Sequence[_Draft], headline_mentions: Sequence[Mention], text: str) -> bool:
    """Return True when `draft`, an event of the headline on a city named like its province
    (`headline_mentions`: the headline's mentions in the article `text`), is better read as the
    province's name: the body's `drafts` tell of other districts of the province and never of the city."""
    if not headline_mentions or draft.index != headline_mentions[0].sentence_index or draft.district_id is None:
        return False
    mine = [m for m in headline_mentions if m.place.district_id == draft.district_id]
    if not any(_written_as_a_province_district(m) or (draft.status != TALIBAN and _named_like_its_province(m)) for m in mine):
        return False
    first = headline_mentions[0].start
    line_end = text.find("\n", first)
    if _CITY_WORD.search(text, text.rfind("\n", 0, first) + 1, line_end if line_end >= 0 else len(text)):
        return False
    body = [d for d in drafts if d.index != draft.index and d.province_code == draft.province_code]
    return not any(d.key == draft.key for d in body) and any(d.district_id not in (None, draft.district_id) for d in body)


def _named_like_its_province(mention: Mention) -> bool:
    """Return True when the mention is a city or district written with its province's name."""
    place = mention.place
    return place.kind != "province" and place.name.lower() == place.province.lower()


def _written_as_a_province_district(mention: Mention) -> bool:
    """Return True when a district of another name is written as its province's name and "district"
    ("Uruzgan district" for Khas Uruzgan): a headline's "a district of Uruzgan"."""
    place = mention.place
    return (place.kind == "district" and place.name.lower() != place.province.lower()
            and re.fullmatch(re.escape(place.province) + r"\s+district", mention.surface.strip(), re.IGNORECASE) is not None)
