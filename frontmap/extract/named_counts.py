"""Places a sentence names for the count of the sentence before, while telling more of them.

"Taliban fighters retook three districts on Monday. The districts of X, Y and Z had been taken by
local militias last week." The second sentence opens on a definite plural ("The districts of",
"The three districts,") and names the units the sentence before counted; its own verb tells an
earlier change of them, but the count's outcome is theirs too, dated as the sentence before dates
it. The count must agree with the names when it is a number ("three districts": three names), and
the sentence before must tell the outcome as news, not as a plan, a fear or a denial
(`verbless_lists.UNTOLD`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from frontmap.extract import verbless_lists
from frontmap.extract.targets import Target

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNITS = r"(?:districts|district\s+cent(?:re|er)s|cities|towns|capitals|provincial\s+capitals)"
# "The districts of X, Y and Z", "The three districts, X, Y and Z,", "The two capitals - X and Y -"
_NAMING = re.compile(
    rf"^\W*the\s+(?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?(?:[a-z-]+\s+)?{_UNITS}\s*(?:of\b|,|:|[-–—])\s*(?=[A-Z])",
    re.IGNORECASE,
)
_COUNT_WORD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.IGNORECASE)


def counted_before(read: Reading, index: int, sentence: str, targets: Sequence[Target], first_verb: int, drafts: Sequence[Any]) -> list[Any]:
    """Return extra drafts for sentence `index` (copies of its `drafts`): each place it names after
    its opening and before its first verb (at `first_verb`) gets the outcome the sentence before
    tells of its count, on the day that sentence gives it; an empty list when the sentence names
    no such count's units."""
    opening = _NAMING.match(sentence) if index > 0 and drafts else None
    if opening is None:
        return []
    named = {t.place.district_id for t in targets if opening.end() <= t.start < first_verb and not t.anaphor and t.place.district_id}
    _, previous, p_view = read.sentence(index - 1)
    count = verbless_lists.count_in(previous)
    if len(named) < 2 or count is None or not _agrees(count, opening.group("count"), len(named)):
        return []
    verdict = verbless_lists.from_count_before(previous, p_view)
    if verdict is None:
        return []
    date, basis = verbless_lists.date_in(read, index - 1, verdict.trigger_start)
    told = {(d.key, d.status) for d in drafts}
    extra, seen = [], set()
    for draft in drafts:
        if draft.district_id in named and (draft.key, verdict.status) not in told and draft.key not in seen:
            seen.add(draft.key)
            extra.append(dataclasses.replace(draft, status=verdict.status, date=date, basis=basis, trigger=verdict.trigger,
                                             confidence=round(min(draft.confidence, verdict.confidence), 2)))
    return extra


def _agrees(count: str, own: str | None, names: int) -> bool:
    """Return True when the count of the sentence before (`count`, its words), and the sentence's
    own count (`own`), are no number other than the number of `names`."""
    for words in (count, own or ""):
        number = _COUNT_WORD.search(words)
        if number is not None:
            word = number.group(1).lower()
            if _NUMBERS.get(word, int(word) if word.isdigit() else names) != names:
                return False
    return True
