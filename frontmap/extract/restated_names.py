"""A place named twice in a row, its second name restating the first.

Agency copy names a crossing, a base or a town by two names one after the other, with no comma and
at most a common noun between: "the Chaman crossing point Friendship Gate", "the Wesh crossing
Friendship Gate". The second name is the same place told again; read alone, the first name before it
looks like a part ("the Kunduz airport": a part of Kunduz), which would turn the capture of the place
into fighting at it. Once the first name has its event, the second gives none of its own; when the
first is read as nothing ("the X port Y"), the second is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontmap.extract.targets import Target

# between the two names: nothing, or up to three lower-case nouns ("crossing point", "border gate");
# no word that joins or places ("X city and X airport", "X district of X province")
_RESTATING_GAP = re.compile(r"\s+(?:(?!(?:and|or|but|nor|to|from|in|of|at|near|on|with|by|via|the|a|an|as|than|after|before)\s)[a-z]+\s+){0,3}")


def restates_the_name_before(sentence: str, target: Target, targets: Sequence[Target], drafted: Sequence[Any]) -> bool:
    """Return True when the named `target` follows, with no punctuation and at most three lower-case
    words between, a named target of the same place in `sentence` (`targets` in order) whose reading
    already gave an event (`drafted`, the sentence's drafts so far, each with its unit's `key`)."""
    if target.anaphor or not any(d.key == (target.place.district_id or target.place.key) for d in drafted):
        return False
    return any(not t.anaphor and t is not target and t.place.key == target.place.key and t.end <= target.start
               and _RESTATING_GAP.fullmatch(sentence, t.end, target.start) is not None for t in targets)
