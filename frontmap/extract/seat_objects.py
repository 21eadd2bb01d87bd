"""A place named before its governor's seat, when the seat is what a verb took, where fighters stood or a flag went up.

"Fighters took the Kunduz governor's office", "Taliban members stood in front of the gate of the
Panjshir provincial governor's compound", "armed men walking through the governor's compound in X": the place names whose seat it is, and the seat stands for
the place (`frontmap.extract.seats`), where "the Kunduz governor's office said" or "the Badghis
governor" name people or an office that speaks (`frontmap.extract.place_roles` reads those as titles).
"""

from __future__ import annotations

import re

from frontmap.extract.seats import SEAT_BUILDINGS

# "Taliban members standing in front of the gate of the X governor's compound" (the lower-case view,
# a trigger of `frontmap.extract.triggers`): armed men at the seat hold it; civilians there do not
_ARMED = ("taliban", "fighters", "members", "militants", "insurgents", "gunmen", "men")
STANDING_AT_SEAT = (
    "(?:" + "|".join(f"(?<={w} )" for w in _ARMED) + r")(?:(?:were|are)\s+)?(?:(?:stand(?:s|ing)?|stood|pos(?:es|ed|ing)|sit(?:s|ting)?|sat|seated)\s+"
    r"(?:in\s+front\s+of|outside|inside)(?:\s+(?:the\s+)?(?:main\s+)?gates?\s+of)?"
    r"|(?:walk|roam|stroll)(?:s|ed|ing)?\s+(?:through|around|into|inside)"  # "armed men walking through the governor's compound"
    r"|(?:(?<=were )|(?<=are ))(?:now\s+|already\s+)?(?:inside|in))"  # "Taliban fighters were inside the governor's compound"
    r"(?=\s+(?:the\s+)?(?:[a-z]+\s+){0,2}governor\s+s\s+" + SEAT_BUILDINGS + r"\b)"
)
_SEAT_AFTER = re.compile(r"(?:['’]s)?\s+(?:provincial\s+)?governor['’]?s\s+" + SEAT_BUILDINGS + r"\b", re.IGNORECASE)
# the verb or the place of standing right before "the X governor's office" (the padded, lower-case view)
_TAKEN_OR_STOOD_AT = re.compile(
    r" (?:took|takes?|taken|taking|seiz(?:ed|es?|ing)|captur(?:ed|es?|ing)|overr(?:an|uns?|unning)|storm(?:ed|s|ing)?"
    r"|enter(?:ed|s|ing)?|occup(?:ied|y|ies|ying)|in +front +of|outside|inside"
    r"|(?:rais(?:ed|es?|ing)|hoist(?:ed|s|ing)?|plant(?:ed|s|ing)?) +(?:[a-z]+ +){0,3}flags? +(?:over|above|on|atop))"  # "raised their flag over the X governor's office"
    r" +(?:the +)?(?:(?:main +)?gates? +of +(?:the +)?)?$"
)


# "... governor's office has been taken", "was overrun by the Taliban": the seat taken, told in the passive
_TAKEN_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:\w+\s+)?been|was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?:taken|captured|seized|overrun|stormed|occupied)\b(?!\s+(?:back|over\s+by\s+(?:the\s+)?(?:army|government|commandos)))",
    re.IGNORECASE,
)


def seat_object(before: str, sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` of `sentence` names the governor's seat right
    after it and `before` (the padded lower-case view up to the place) took that seat or stood at it,
    or the seat is taken in the passive after it ("the Kandahar governor's office has been taken")."""
    seat = _SEAT_AFTER.match(sentence, end)
    return seat is not None and (_TAKEN_OR_STOOD_AT.search(before) is not None or _TAKEN_AFTER.match(sentence, seat.end()) is not None)
