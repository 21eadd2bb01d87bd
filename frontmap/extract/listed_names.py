"""Listed names: a name that is also a tribe or surname ("Banu", "Zari", "Kakar") counts as a place
when the text lists it beside a district it names plainly: "including Banu, Deh Salah and Puli
Hisar", "two districts, Zari and Kaldar". A list of such names alone ("the Zadran and Mangal
tribes") stays a list of people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# what stands between two items of a list: a comma, "and", or both
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_POSSESSIVE = re.compile(r"['’]s\b")
_KINDS = frozenset({"district", "town", "carved_district", "crossing"})


def beside_listed_places(held: Sequence[Mention], mentions: Sequence[Mention], text: str,
                         capital_ids: frozenset) -> list[Mention]:
    """Return the `held` mentions (names read as people so far) that a list joins to a district
    among `mentions`, directly or through another name the list admits."""
    places = [m for m in mentions if m.place.kind in _KINDS and m.place.district_id not in capital_ids
              and not _POSSESSIVE.match(text, m.end)]
    admitted: list[Mention] = []
    pending = list(held)
    while pending:
        joined = [h for h in pending if any(_listed_together(h, p, text) for p in places)]
        if not joined:
            break
        admitted += joined
        places += joined
        pending = [h for h in pending if h not in joined]
    return admitted


def _listed_together(a: Mention, b: Mention, text: str) -> bool:
    """Return True when only a list's comma or "and" stands between mentions `a` and `b`."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    if second.start - first.end > 8:
        return False
    return _LIST_GAP.fullmatch(text, first.end, second.start) is not None
