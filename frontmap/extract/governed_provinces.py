"""Governed provinces: "the province" after "the governor of X", where X is a capital named like its
province ("Ghazni", "Kunduz", "Farah").

A provincial governor governs the province; when the text names him "the governor of Ghazni" and
then says he handed over "the (key) province", the province meant is his, not another province
named earlier in the sentence as where he was arrested or went ("Police in Wardak arrested the
governor of Ghazni for handing over the province"). The gazetteer reads such a name as the city,
so the reference is answered with that mention: its event lands on the capital, as "the governor
of Ghazni, which was handed to the Taliban" does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# "the governor of", "Governor of", not "the district governor of", "deputy district governor of"
_GOVERNOR_OF = re.compile(r"(?<!district )\bgovernor\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def province_by_governor(text: str, mention: Mention, noun: str) -> Mention | None:
    """Return `mention` when a reference "the <noun>" meaning a province can mean it: a capital
    named like its own province, right after "governor of"; else None."""
    place = mention.place
    if noun != "province" or not mention.capital or place.kind == "province" or place.name.lower() != place.province.lower():
        return None
    return mention if _GOVERNOR_OF.search(text, max(0, mention.start - 40), mention.start) else None
