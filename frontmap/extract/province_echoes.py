"""Fighting in a province that retells the fighting told for one of its districts.

"Taliban fighters stormed the police headquarters of Qaisar district ... The clashes in Faryab follow
weeks of ...": "the clashes in Faryab" are Qaisar's, told again by the province's name; "... were
killed in clashes in the province" after a report of districts of it falling says the same. The
district's event is on the map already, and a province-wide fight it is not. So a province's fight
is dropped when its sentence gives no day of its own, speaks of the fighting as one already told
("the clashes", "the fighting") or of the province as "the province", a district or town of that
province has an event in an earlier sentence, and nothing says the fight spread wider ("across",
"throughout", "other parts of", "the rest of").

A lead that counts districts lost or overrun beside the province ("three district centres have been
lost since Friday as clashes went on in Helmand province", "centres of two districts fell ... with
heavy losses in Jawzjan province") tells ahead of time the falls it then names one by one: when
another sentence gives a district of that province an event, the province's fight in the lead is
those districts', and is dropped too.

A sentence set in the province by its opening words ("In Zabul, the insurgents seized the district
governor's office ..." after "... and Shah Joy district in Zabul fell on Thursday") goes on with the
district of it told before: with no other place of its own, the province's capture or fight in it
is that district's, already on the map.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from frontmap.status import CONTESTED, TALIBAN

_OWN_DAYLESS = frozenset({"carried", "manifest", "publication", "undated"})  # no day in the sentence's own words
# the fighting named as one already told, or the province named by "the province" (lower-case view)
_RETOLD = re.compile(r"\bthe\s+(?:(?:recent|latest|heavy|fierce)\s+)?(?:clashes|fighting|attacks?|battles?|violence)\b"
                     r"|\bin\s+the\s+province\b(?!\s+of\b)")
# the fight told as wider than what was told before
_WIDER = re.compile(r"\b(?:across|throughout|all\s+over|other\s+parts|the\s+rest\s+of|elsewhere|several\s+districts|many\s+districts)\b")


# a count of districts in the sentence: "two districts", "three district centres", "ten districts" (not
# "several districts": a spread of fighting with no tally)
_COUNTED_DISTRICTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[a-z]+\s+)?(?:districts|district\s+(?:centres|centers|headquarters))\b"
)


# the sentence opens on the province as its setting: "In Zabul, ...", "Meanwhile, in Uruzgan province, ..."
# (lower-case view: the comma is a space)
_FRONTED_OPENING = re.compile(r"^\s*(?:(?:meanwhile|also|and)\s+)?in\s+(?:the\s+)?(?:\w+ern\s+)?(?:province\s+of\s+)?(?P<name>.+?)(?:\s+province)?\s\s")


def without_province_echoes(drafts: Sequence[Any], sentence_view: Callable[[int], str]) -> list[Any]:
    """Return `drafts` less each province-wide fight that retells an earlier district's (see the
    module notes); `sentence_view(i)` is sentence i's lower-case view."""
    return [d for d in drafts if not _echoes(d, drafts, sentence_view) and not _counted_lead(d, drafts, sentence_view)
            and not _fronted_retelling(d, drafts, sentence_view)]


def _echoes(draft: Any, drafts: Sequence[Any], sentence_view: Callable[[int], str]) -> bool:
    """Return True when `draft` is a province's fight retelling a district of it told before."""
    if draft.status != CONTESTED or draft.district_id is not None or draft.key != draft.province_code:
        return False
    if draft.basis not in _OWN_DAYLESS:
        return False
    view = sentence_view(draft.index)
    if not _RETOLD.search(view) or _WIDER.search(view):
        return False
    return any(o.district_id is not None and o.province_code == draft.province_code and 0 <= o.index < draft.index
               for o in drafts)


def _counted_lead(draft: Any, drafts: Sequence[Any], sentence_view: Callable[[int], str]) -> bool:
    """Return True when `draft` is a province's fight in a sentence that counts districts, and
    another sentence gives one of the province's districts an event (see the module notes)."""
    if draft.status != CONTESTED or draft.district_id is not None or draft.key != draft.province_code:
        return False
    if not _COUNTED_DISTRICTS.search(sentence_view(draft.index)):
        return False
    # the capital named like the province ("Kandahar fighting") is not one of the districts counted
    return any(o.district_id is not None and o.province_code == draft.province_code and o.index != draft.index
               and o.place.lower() != draft.place.lower() for o in drafts)


def _fronted_retelling(draft: Any, drafts: Sequence[Any], sentence_view: Callable[[int], str]) -> bool:
    """Return True when `draft` is a province's capture or fight in a sentence that opens on the
    province as its setting, names no other place, and follows a sentence that gave a district of
    the province an event (see the module notes)."""
    if draft.status not in (CONTESTED, TALIBAN) or draft.district_id is not None or draft.key != draft.province_code:
        return False
    opening = _FRONTED_OPENING.match(sentence_view(draft.index))
    if opening is None or opening.group("name") != draft.place.lower():
        return False
    told_before = {o.key for o in drafts if 0 <= o.index < draft.index}
    if any(o.index == draft.index and o.key != draft.key and o.key not in told_before for o in drafts):
        return False  # a place of its own ("the district" read back to one told before is none)
    return any(o.district_id is not None and o.province_code == draft.province_code and 0 <= o.index < draft.index
               for o in drafts)
