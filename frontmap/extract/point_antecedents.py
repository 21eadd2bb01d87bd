"""A town named as the landmark of a site, then "the city" in the same sentence: "Troops withdrew to
the airport outside Lashkar Gah after the Taliban stormed the city" (under a KABUL dateline).

A place that only locates something ("outside X", "20 km from X") is passed over when "the city"
looks back (`frontmap.extract.references`), so the reference would fall through to the report's
dateline. But a dateline is where the reporter files from; a town of the reference's kind named in
the same sentence, even as a landmark, is the nearer and likelier antecedent. So when "the city"
("the town", "the district") resolves to the dateline's place, the last landmark of its kind named
before it in its own sentence is taken instead. A reference that resolved to any other place is
left as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import mention_kind
from frontmap.extract.references import PREFERRED_KINDS, any_role

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# a word of nearness right before the name: "the airport outside X", "a base near X", "north of X"
_NEAR_BEFORE = re.compile(r"\b(?:outside|near|beside|around|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:edge\s+)?of)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.IGNORECASE)


def landmark_over_dateline(antecedent: Mention | None, sentence: str, s_start: int, mentions: list[Mention], start: int, noun: str) -> Mention | None:
    """Return the mention the reference "the <noun>" at `start` of `sentence` (which begins at
    `s_start` of the text; `mentions` are its places) means: `antecedent`, unless that is the
    dateline's place and a landmark of the noun's preferred kind is named before the reference in
    the sentence, which is then returned."""
    if antecedent is None or noun not in PREFERRED_KINDS:
        return antecedent
    if any_role(sentence, antecedent.start - s_start, antecedent.end - s_start, None) != "dateline" or not s_start <= antecedent.start < s_start + len(sentence):
        return antecedent
    preferred = PREFERRED_KINDS[noun]
    landmarks = [m for m in mentions if m.end - s_start <= start and m is not antecedent and mention_kind(m) in preferred and _landmark(sentence, m.start - s_start, m.end - s_start)]
    return landmarks[-1] if landmarks else antecedent


def _landmark(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is named only to locate something else:
    a reference point, or a place right after a word of nearness in a destination ("withdrew to
    the airport outside X"; not "fled to X", where X is where they went)."""
    role = any_role(sentence, start, end, None)
    return role == "reference point" or (role == "destination" and _NEAR_BEFORE.search(sentence, max(0, start - 30), start) is not None)
