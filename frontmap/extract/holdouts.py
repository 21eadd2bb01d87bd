"""Holdouts: "only the corps base in X remained with the government" tells that X itself is lost.

A part of a place held by the government says nothing of the place as a rule ("forces hold the
airport in X"), but "only" turns it around: everything else in X is in Taliban hands, so X is
taken, not fought over, and the part still held is the exception.

The district centre is the exception to the exception: the map follows who holds it, so "X and Y
are controlled by the Taliban, and only the centres are in government hands" leaves X and Y fought
over, not lost. So is a town whose seat alone is left ("only the governor's compound and the police
headquarters in X remained with government forces", "forces hold only the governor's office in X"):
the seat is what the map follows, and it still stands.
"""

from __future__ import annotations

import re

from frontmap.extract.gaps import PART, SEAT
from frontmap.extract.standing import STAY, STILL
from frontmap.extract.triggers import CAPTURE, FALL, HOLD, LOSE
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN


def _only_before(determiners: str, words: int) -> re.Pattern[str]:
    """Return the pattern of "only" and what it leaves, up to the "in" before the place: "only the
    army corps compound in", "nothing but the airport of" (`determiners` may open what is left,
    `words` at most stand in it)."""
    return re.compile(
        rf"(?<!the )(?<!an )\b(?:only|nothing +but|all +but|except +for|save +for)\b +(?:{determiners})?(?:\w+ +){{0,{words}}}?"
        r"(?:in|of|at|inside|within) +(?:the +)?(?:(?:city|town|provincial +capital) +of +)?$"
    )


# "only the army corps compound in", "nothing but the airport of", "all but the governor's office in"
_ONLY_PART_BEFORE = _only_before("the +|a +|its +", 5)
# "... remained with the government", "was still in government hands", "stayed under the army's control"
_HELD_BY_GOVERNMENT_AFTER = re.compile(
    rf"^(?: +(?:city|town|district))? +(?:\w+ +){{0,2}}?(?:{STILL}|is|was|were|are)\b[\w ]{{0,40}}?"
    r"\b(?:government|afghan +forces|security +forces|army|troops|officials)\b"
)

# "... most of X, and only the corps compound remained with the government": a later clause's holdout
# not "leaving X the only way out that is still in government hands": an adjective, no holdout
_ONLY_HOLDOUT_LATER = re.compile(
    rf"(?<!the )(?<!an )\b(?:only|nothing +but|all +but) +(?:the +|a +|its +)?(?:\w+ +){{1,6}}?(?:{STAY}|(?:was|were|is|are) +still)"
    r" +(?:still +)?(?:with|under|in|(?:held|controlled) +by)(?: +(?:the|control|hands|of|full|firm|s))* +(?:government|afghan +forces|security +forces|army|troops)\b"
)
# "... and only the (district) centres are in control of the government" (not "only the centres of Y
# and Z": other places named)
_ONLY_CENTRES_HELD_LATER = re.compile(
    rf"\bonly +(?:the +|their +|its +)?(?:district +)?cent(?:re|er)s?\b(?! +of\b) +(?:\w+ +){{0,2}}?(?:{STAY}|(?:was|were|is|are)(?: +still)?)"
    r" +(?:still +)?(?:with|under|in|(?:held|controlled) +by)(?: +(?:the|control|hands|of|full|firm|s))* +(?:government|afghan +forces|security +forces|army|troops)\b"
)
_TAKING = (CAPTURE, FALL, LOSE)
# "only the governor's compound and the police headquarters in": a seat, and what stands with it, alone
_ONLY_SEAT_BEFORE = _only_before("the +|its +", 8)


def rest_lost(status: str | None, role: str, kind: str, view: str, span: tuple[int, int]) -> str | None:
    """Return TALIBAN when the place at `span` of the sentence's lower-case `view` has only a part of it
    left with the government ("only the corps compound in X remained with the government": `role` PART,
    a HOLD `kind`; "took most of X, and only the airport stayed with the army": a taking `kind`), else
    `status` unchanged; CONTESTED when only its district centre is left with the government."""
    if status == TALIBAN and "only" in view and _ONLY_CENTRES_HELD_LATER.search(view, span[1], span[1] + 200):
        return CONTESTED  # "X is controlled by the Taliban, and only the centre is with the government"
    if role == SEAT and kind == HOLD and _only_seat_held(status, view, span):
        return CONTESTED  # "only the governor's compound in X remained with the government": the seat holds out
    if role != PART:
        return status
    start, end = span
    if kind in _TAKING and status is not None and _ONLY_HOLDOUT_LATER.search(view, end, end + 160):
        return TALIBAN  # "seized most of X; only the airport remained with the army"
    if kind != HOLD or status not in (None, GOVERNMENT):
        return status
    if _ONLY_PART_BEFORE.search(view, max(0, start - 70), start) and _HELD_BY_GOVERNMENT_AFTER.match(view[end : end + 90]):
        return TALIBAN
    return status


def _only_seat_held(status: str | None, view: str, span: tuple[int, int]) -> bool:
    """Return True when only the seat named before the place at `span` is held by the government:
    by the verb before it (`status` GOVERNMENT: "forces hold only the governor's office in X") or by
    the words after it ("only the governor's compound in X remained with the army")."""
    start, end = span
    if status not in (None, GOVERNMENT) or _ONLY_SEAT_BEFORE.search(view, max(0, start - 90), start) is None:
        return False
    return status == GOVERNMENT or _HELD_BY_GOVERNMENT_AFTER.match(view[end : end + 90]) is not None
