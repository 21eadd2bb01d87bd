"""Own places: "our district", "my town" in a quotation, the speaker's own place.

A resident or official quoted at length speaks of home in the first person: '"Our district fell on
Thursday night," said an elder from Shindand'; '"Nobody defended my town," a shopkeeper from X told
reporters'. The place meant is the one the tag places its speaker in ("from X", "of X", "in X"), as
"the city" in such a quotation is (`quoted_references`). Unlike "the district", an "our district"
never falls back on the last place named before the quotation: the speaker's home may be another.
Only a district, town or city is read so ("our province" is a region, not a district's event);
"our district council", "my town's police" name a body, not the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents

_OWN = re.compile(  # the first letter opens it, then a look back at the word (a leading \b tried every position of a text)
    r"[OoMm](?<!\w[OoMm])(?:(?<=[Oo])ur|(?<=[Mm])y)\s+(?:own\s+|home\s+|whole\s+|little\s+)?(?P<noun>district|town|city)\b"
    r"(?!['’]s|\s+(?:council|police|hospital|governor|chief|administration|officials?|elders?|people|residents|school|bazaar|market)\b)"
)


def positions(text: str) -> Iterator[int]:
    """Yield where, in `text`, a speaker's own place is spoken of ("our district"): candidates only."""
    for match in _OWN.finditer(text):
        yield match.start()


def own_places(antecedents: Antecedents, sentence: str, s_start: int) -> list[tuple[int, int, Mention]]:
    """Return (start, end, mention) for each "our district" ("my town", "our city") of `sentence`
    that a quotation's tag places (the speaker's place named after the quotation); none else."""
    if "ur " not in sentence and "y " not in sentence:
        return []
    found = []
    for match in _OWN.finditer(sentence):
        mention = antecedents.resolve(s_start + match.start(), match.group("noun"), quoted_only=True)
        if mention is not None:
            found.append((match.start(), match.end(), mention))
    return found
