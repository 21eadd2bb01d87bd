"""The place a verb tells of when the verb's subject is a list of the place's facilities.

"The Nawa police headquarters was overrun by the insurgents" tells of a part of Nawa (fighting
there), as "the insurgents overran the Nawa police headquarters" does. When the district's own
building is among the facilities ("the Nawa police headquarters, district building and market have
been seized"), the district's seat was taken: the district itself. So is the governor's seat named
after the place ("the Kandahar governor's office has been taken").

The place may also be one of the subjects itself, beside facilities ("the district centre of X, its
police compound and the nearby army base were overrun"; "X and its intelligence department were
seized"), or beside the ground around it ("X district and the neighbouring Y area were liberated"):
a plural verb after a list joined by "and" that opens right after the name.
The place is then taken as it is named (`conjoined_with_facilities`), unless the name only fronts the
clause ("In X, the police headquarters and the main bazaar were seized": X's parts).
"""

from __future__ import annotations

import re

from frontmap.extract import facilities, gaps, seats
from frontmap.extract.seats import SEAT_BUILDINGS

# the auxiliaries between the subject and a passive verb ("have been", "was also")
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?(?:also\s+|finally\s+|all\s+)?$", re.IGNORECASE)
_GOVERNOR_SEAT = re.compile(r"(?:['’]s\s+)?(?:provincial\s+)?governor['’]?s\s+" + SEAT_BUILDINGS, re.IGNORECASE)
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# "X's police headquarters": the owner's mark left after the name
_OWNER_MARK = re.compile(r"^['’]s?\s*")
_GROUNDS = "|".join(sorted(facilities.GROUND_WORDS))
# one facility of the place: "police headquarters", "district building", "army base", "bazaar"
_FACILITY = re.compile(
    r"(?:the\s+)?(?:(?:army|police|military|security|intelligence|nds|border|main|central|provincial|regional|district|administrative)\s+){0,3}"
    rf"(?:(?P<base>{facilities.BASE_WITH_SEAT})|{facilities.PART}|buildings?|offices?|station|{_GROUNDS})",
    re.IGNORECASE,
)


# a list right after the name (and its province), up to a plural verb ("..., A and B were (all) captured", "and A have been seized")
_CONJOINED = re.compile(r"^\s*(?:(?:district|city|town)\s+)?(?:in\s+(?:[\w'’-]+\s+){1,3}?province\s*)?(?:,\s*|and\s+)(?P<items>.+?)\s+(?:were|have|had)\s+(?:(?:all|both|also)\s+)?(?:been\s+)?(?:(?:all|both|also)\s+)?$",
                        re.IGNORECASE | re.DOTALL)
# the words a listed facility may carry that `_FACILITY` does not read: "a large army base there"
_LOOSE_WORDS = re.compile(r"^(?:an?|its|their)\s+|\b(?:large|big|key|major|nearby|strategic|local)\s+|\s+there$", re.IGNORECASE)
# the ground around the place, listed with it: "the neighbouring Kilagai area", "nearby villages", "its surroundings"
_SURROUNDINGS = re.compile(
    r"(?:(?:the|its)\s+)?(?:(?:nearby|neighbou?ring|surrounding|adjacent|adjoining)\s+(?:[A-Z][\w'’-]*\s+)?(?:areas?|villages?|valleys?)|surroundings)",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|across|from)\s+(?:the\s+)?$", re.IGNORECASE)


def conjoined_with_facilities(gap: str, before: str) -> bool:
    """Return True when the place whose name ends where `gap` starts (the words up to a passive
    taking verb; `before`: the words before the name) is itself one of a plural subject listed with
    its facilities ("X, the police headquarters and a large base there were captured"), not a name
    that only fronts the clause ("In X, ...")."""
    listed = _CONJOINED.match(gap)
    if listed is None or _LOCATIVE_BEFORE.search(before) or not re.search(r"\band\b", gap, re.IGNORECASE):
        return False
    items = [(item.strip(), _LOOSE_WORDS.sub("", item).strip()) for item in _ITEM_BREAK.split(listed["items"]) if item.strip()]
    return bool(items) and all(_FACILITY.fullmatch(item) or item.lower().endswith(" department") or _SURROUNDINGS.fullmatch(raw) for raw, item in items)


def facility_role(gap: str, named: str) -> str | None:
    """Return the role of the place `named` before `gap` when `gap` lists its facilities up to the
    verb: SEAT when the district's own building or headquarters is one of them, WHOLE for a military
    base, PART for the others; None when `gap` is not such a list."""
    auxiliaries = _AUXILIARIES.search(gap)
    subject = _OWNER_MARK.sub("", gap[: auxiliaries.start()].strip() if auxiliaries else "")  # "X's police headquarters was overrun"
    if _GOVERNOR_SEAT.fullmatch(subject):
        return gaps.SEAT  # "the Kandahar governor's office has been taken": the seat, the city with it
    if named.lower().endswith(" district"):
        subject = "district " + subject  # "the Nawa district building": the unit word went with the name
    items = [item for item in _ITEM_BREAK.split(subject) if item]
    found = [_FACILITY.fullmatch(item) for item in items]
    if not items or not all(found):
        return None
    if any(seats.district_seat(item.lower().split()) for item in items):
        return gaps.SEAT
    return gaps.WHOLE if any(match["base"] for match in found) else gaps.PART
