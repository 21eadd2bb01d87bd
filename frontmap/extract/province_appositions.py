"""A city's name called a province by the words set beside it is the province.

"Raids on checkpoints in Kunduz, a region bordering Tajikistan" and "an attack in Afghanistan's
southwestern province, Farah" name the province, not its capital of the same name: the apposition
after the name ("a northern province", "a region") or the noun just before it ("the western
province, X") says which. "Kunduz, the capital of the region" stays the city.
"""

from __future__ import annotations

import re

from frontmap.extract.swept_provinces import owns_the_swept_districts

__all__ = ["called_a_province"]

# words that make the apposition the city's, not the province's ("the capital of the region")
_CITY_NOUNS = r"(?:of|capital|city|town|cent(?:re|er)|seat|hub|heart|part|district|gateway)\b"
_PROVINCE_AFTER = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:(?!" + _CITY_NOUNS + r")[\w-]+\s+){0,3}?(?:province|region)\b(?!\s+of\b|['’]s\b)", re.IGNORECASE  # "X, the province's capital": the city
)
# "Afghanistan's southwestern province, Farah", "the restive northern province, Kunduz"
_PROVINCE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+(?:[\w-]+\s+){0,2}?province\s*,\s*$", re.IGNORECASE)


def called_a_province(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` is set beside words that call it a
    province or a region ("Kunduz, a region bordering Tajikistan", "the southwestern province, Farah"),
    or that give it every district a sweep speaks of ("all the districts of Herat")."""
    return bool(_PROVINCE_AFTER.match(sentence, end) or _PROVINCE_BEFORE.search(sentence, max(0, start - 60), start)
                or owns_the_swept_districts(sentence, start, end))
