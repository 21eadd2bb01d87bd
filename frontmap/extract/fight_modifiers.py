"""A province named as the modifier of a fight beside its town: the town's fight, not the province's.

"Fighting went on in Maimana on Wednesday. The Faryab clashes have cut the highway": "the Faryab
clashes" are the fighting just told of the town, named by its province; the province is no event of
its own. With no town or district of the province named in the sentence or the one before ("the
Faryab fighting has cut the highway" alone), the province stays the place fought over.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.targets import Target

__all__ = ["names_its_towns_fight"]

# "the Helmand clashes", "the Faryab fighting", "the Kunduz province battles"
_FIGHT_AFTER = re.compile(
    r"\s+(?:province\s+)?(?:clash(?:es)?|fighting|fights|battles?|violence|offensive|conflict|hostilities)\b", re.IGNORECASE
)


def names_its_towns_fight(sentence: str, target: Target, by_sentence: Mapping[int, Sequence[Mention]], index: int) -> bool:
    """Return True when the province at `target` in `sentence` (the report's sentence `index`;
    `by_sentence`: its mentions by sentence) modifies a fight noun while this sentence or the one
    before names a town or district of it."""
    if not _FIGHT_AFTER.match(sentence, target.end):
        return False
    code, key = target.place.province_code, target.place.key
    near = [*by_sentence.get(index, ()), *by_sentence.get(index - 1, ())]
    return any(m.place.province_code == code and m.place.kind != "province" and m.place.key != key for m in near)
