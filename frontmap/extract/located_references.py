"""Located references: a definite reference placed by a name right after it ("captured the
third-largest city near Kabul", "the district outside Kandahar", "the town west of Ghazni").

The words say where the unnamed place lies, measured from the name after them: the reference means
some other place, never that landmark, even when the landmark was named earlier in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

__all__ = ["landmarks_after"]

_LOCATOR = re.compile(
    r"\s+(?:near|outside|around|beside|close\s+to|not\s+far\s+from|(?:just\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def landmarks_after(sentence: str, s_start: int, mentions: Sequence[Mention], end: int) -> set[str]:
    """Return the keys of the places named as landmarks right after a definite reference ending at
    `end` of `sentence` ("the city near| Kabul"): places the reference cannot mean."""
    found = _LOCATOR.match(sentence, end)
    if found is None:
        return set()
    return {m.place.key for m in mentions if m.start - s_start == found.end()}
