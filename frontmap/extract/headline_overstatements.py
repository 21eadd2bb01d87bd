"""Headline overstatements: "Taliban seize Badakhshan province" above a body that tells of a few
of its districts.

A headline squeezes a story into a few words, and "seize X province" often stands for "seize
districts of X". The body's words are the measure: when the body tells the province's loss as
its districts or parts ("captured several districts of Badakhshan", "took parts of the
province of X"), the headline's capture of the whole province gives way to what the body tells
(the districts it names, or nothing where it names none: a count of unnamed districts is no
event of the province). A body that tells of the whole province ("all of X has fallen") leaves
the headline alone, and so does a headline fight or retake (`frontmap.extract.headline_cities`
reads those).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from frontmap.status import CLAIMED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# "several districts of", "parts of", "three districts in northeastern", "areas of the province of"
_PARTS_BEFORE = re.compile(
    r"\b(?:districts?|parts?|areas|swathes|swaths|villages|territory|corners?)\s+(?:of|in|across)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|remote)(?:ern)?\s+|"
    r"(?:north|south)-(?:east|west)(?:ern)?\s+)?(?:province\s+of\s+)?$",
    re.IGNORECASE,
)
_REACH = 70


class _Draft(Protocol):
    district_id: str | None
    province_code: str
    status: str
    index: int


def parts_told(text: str, by_sentence: Mapping[int, Sequence[Mention]], headline: int) -> set[str]:
    """Return the province codes the body of the article (`text`; mentions by sentence, the
    headline's index `headline`) tells of through its districts or parts."""
    return {
        m.place.province_code
        for index, mentions in by_sentence.items() if index != headline
        for m in mentions
        if m.place.kind == "province" and _PARTS_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    }


def overstated(draft: _Draft, headline: int, parted: set[str]) -> bool:
    """Return True when `draft` is the headline's capture (or claim) of a whole province whose
    districts or parts the body tells of instead (`parted`, from `parts_told`)."""
    return draft.index == headline and draft.district_id is None and draft.status in (TALIBAN, CLAIMED) and draft.province_code in parted
