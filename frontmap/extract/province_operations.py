"""A raid or an operation somewhere in a province, or a toll taken there, names no place fought over.

"Commandos killed 18 militants in a night raid in Baghlan province", "forces carried out clearing
operations in several districts of Kandahar province", "troops killed 22 insurgents in Faryab
province": the province only says where a raid or a sweep happened, somewhere among its districts;
no town or district of it is fought over, so the province is no event. A district or town named so
("killed 22 militants in Nad Ali district") stays fought over, and fighting told of the province
itself ("heavy fighting raged across Kandahar province") stays the province's.
"""

from __future__ import annotations

import re

from frontmap.extract.battle_tolls import toll_fight

__all__ = ["operation_located"]

# "a (night) raid in", "clearing operations in several districts of", "an operation across parts of"
_OPERATION_IN = re.compile(
    r"\b(?:raids?|operations?|sweeps?)\s+(?:in|across|throughout|inside)\s+"
    r"(?:(?:several|some|many|various|two|three|four|five|\d+)\s+(?:of\s+the\s+)?(?:districts|parts|areas)\s+(?:of|in)\s+|parts\s+of\s+)?"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|restive)\s+)?(?:province\s+of\s+)?$",
    re.IGNORECASE,
)
# "Militants killed in Baghlan raid", "the Kandahar night operation": the province as the raid's modifier
_OPERATION_AFTER = re.compile(r"(?:\s+province)?\s+(?:(?:night|joint|clearing|clearance|security)\s+)?(?:raids?|operations?|sweeps?)\b", re.IGNORECASE)
_REACH = 90  # characters before the province in which the raid or operation is told


def operation_located(sentence: str, s_view: str, start: int, end: int) -> bool:
    """Return True when the province named at [start, end) of `sentence` (`s_view` its lower-case
    view) is only where a raid, an operation or a toll took place."""
    if _OPERATION_IN.search(sentence, max(0, start - _REACH), start) or _OPERATION_AFTER.match(sentence, end):
        return True
    return toll_fight(s_view, (start, end)) is not None
