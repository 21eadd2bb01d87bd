"""A name restated by its appositive: in "security forces from Taluqan, the capital of Takhar, had
retreated", Taluqan is named twice, by its name and as Takhar's capital. The second naming plays the
part of the first: where forces came from, where people fled to, a landmark. Read alone, "the capital
of Takhar" plays no part, so a later "the city" would take it for the place the text is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# ", the capital of", ", the provincial capital of", ", capital of the": the words between a name and its restatement
_CAPITAL_GAP = re.compile(r"\s*,\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?", re.IGNORECASE)


def restated(ordered: Sequence[Mention], i: int, text: str) -> bool:
    """Return True when mention `i` of `ordered` (mentions by position in `text`) names, as the
    capital of a province, the same place as the mention right before it in its sentence."""
    if i == 0:
        return False
    before, mention = ordered[i - 1], ordered[i]
    if before.sentence_index != mention.sentence_index or before.place.key != mention.place.key or before.end > mention.start:
        return False
    gap = _CAPITAL_GAP.match(text, before.end, mention.start)
    return gap is not None and gap.end() == mention.start
