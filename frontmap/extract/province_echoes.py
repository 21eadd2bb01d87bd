"""Fighting in a province that retells the fighting told for one of its districts.

"Taliban fighters stormed the police headquarters of Qaisar district ... The clashes in Faryab follow
weeks of ...": "the clashes in Faryab" are Qaisar's, told again by the province's name; "... were
killed in clashes in the province" after a report of districts of it falling says the same. The
district's event is on the map already, and a province-wide fight it is not. So a province's fight
is dropped when its sentence gives no day of its own, speaks of the fighting as one already told
("the clashes", "the fighting") or of the province as "the province", a district or town of that
province has an event in an earlier sentence, and nothing says the fight spread wider ("across",
"throughout", "other parts of", "the rest of").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from frontmap.status import CONTESTED

_OWN_DAYLESS = frozenset({"carried", "manifest", "publication", "undated"})  # no day in the sentence's own words
# the fighting named as one already told, or the province named by "the province" (lower-case view)
_RETOLD = re.compile(r"\bthe\s+(?:(?:recent|latest|heavy|fierce)\s+)?(?:clashes|fighting|attacks?|battles?|violence)\b"
                     r"|\bin\s+the\s+province\b(?!\s+of\b)")
# the fight told as wider than what was told before
_WIDER = re.compile(r"\b(?:across|throughout|all\s+over|other\s+parts|the\s+rest\s+of|elsewhere|several\s+districts|many\s+districts)\b")


def without_province_echoes(drafts: Sequence[Any], sentence_view: Callable[[int], str]) -> list[Any]:
    """Return `drafts` less each province-wide fight that retells an earlier district's (see the
    module notes); `sentence_view(i)` is sentence i's lower-case view."""
    return [d for d in drafts if not _echoes(d, drafts, sentence_view)]


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
