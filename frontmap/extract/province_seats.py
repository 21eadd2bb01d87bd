"""A province's seat buildings, which stand in its capital.

The governor's office or house, the provincial police headquarters and the intelligence (NDS)
office of a province are in its capital: "stormed the provincial governor's office in Logar",
"captured the governor house of Nangarhar", "the NDS headquarters in Kunar province" tell of
Pul-e Alam, Jalalabad and Asadabad. The province may also be written before the building: "the
Logar governor's compound", "Nangarhar's police headquarters".

Not a seat of the province: a district governor's office ("the district governor's office in
X": the district's own), a building of one of its districts ("the police headquarters in X's Y
district"), a building with no article ("a police headquarters in X" may be any district's), and
the governor himself ("the governor of X said" names a speaker, no building).
"""

from __future__ import annotations

import re

from frontmap.extract.seats import SEAT_BUILDINGS

# the buildings themselves: the governor's, the police's and the intelligence service's
_BUILDING = (
    r"(?:(?:provincial\s+)?governor(?:['’]s|s)?\s+" + SEAT_BUILDINGS
    + r"|(?:provincial\s+)?police\s+(?:headquarters|hq|command|compound)"
    + r"|(?:nds|intelligence|national\s+directorate\s+of\s+security)\s+(?:office|offices|headquarters|compound|building|directorate))"
)
# "the (provincial) governor's office in (the eastern province of) X", "the governor house of X" ("the
# district governor's office" is no such building: "the" stands right before it)
_BUILDING_BEFORE = re.compile(
    r"\bthe\s+(?:(?:main|fortified|heavily\s+guarded|abandoned)\s+)?" + _BUILDING
    + r"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}province\s+of\s+)?$",
    re.IGNORECASE,
)
_REACH = 110
# the name belongs to a district after it: "in Helmand's Nad Ali district", "in Logar, in Baraki Barak"
_DISTRICT_AFTER = re.compile(r"(?:\s+province)?(?:['’]s\b|,\s+in\b|\s+district)", re.IGNORECASE)
# "the Logar governor's compound", "Nangarhar's provincial police headquarters" (not "the governor of X")
_BUILDING_AFTER = re.compile(r"(?:\s+province)?(?:['’]s)?\s+" + _BUILDING + r"\b", re.IGNORECASE)
# "Nangarhar's police headquarters said ...": the police command speaks, a speaker and no site
SPEAKS_AFTER = r"\s+(?:has\s+|have\s+|also\s+)?(?:said|says|reported|announced|confirmed|stated|denied|claimed)\b"
_SPEAKS_AFTER = re.compile(SPEAKS_AFTER, re.IGNORECASE)


def names_province_seat(text: str, start: int, end: int) -> bool:
    """Return True when the province named at [start, end) of `text` is named as the owner or
    place of its seat buildings (so its capital is meant): "the governor's office in X", "the
    police headquarters of X province", "the X governor's compound"; not when the police's
    headquarters speaks ("X's police headquarters said")."""
    building = _BUILDING_AFTER.match(text, end)
    if building:  # the police's headquarters that speaks is the force's command (a governor's office keeps its seat)
        return "police" not in building.group().lower() or _SPEAKS_AFTER.match(text, building.end()) is None
    if _DISTRICT_AFTER.match(text, end):
        return False
    return _BUILDING_BEFORE.search(text[max(0, start - _REACH) : start]) is not None

