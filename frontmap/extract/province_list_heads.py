"""A province named before a list of its districts: "the Badakhshan districts of Khwahan,
Shahr-e Buzurg and Raghistan" names the districts after "of" and only qualifies them with the
province, where "the Khakrez and Arghandab districts of Kandahar" names the districts before "of"
and locates them in the province after it. A single name between "the" and the plural "districts"
cannot be the districts themselves (one name, several districts): it is their province.
"""

from __future__ import annotations

import re

# "the Badakhshan districts of ", "the northern Faryab districts of ", "the two Ghazni districts of "
_PROVINCE_BEFORE_LIST = re.compile(
    r"\bthe\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w’'-]*\s+districts\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def heads_a_list(gap: str) -> bool:
    """Return True when `gap` ends with a province qualifying the districts named after it ("the
    Badakhshan districts of "): the place after the gap is one of the districts, not their locator."""
    return bool(_PROVINCE_BEFORE_LIST.search(gap[-80:]))
