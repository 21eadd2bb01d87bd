"""Standing holds: the words that tell a side still holds a place ("X remains under government
control", "forces still hold the city"), a standing line rather than a change of hands.

One word list (`STILL`), read three ways, because the callers hold different text:

- `says_still`: the few words around an event's trigger (`frontmap.extract.kinds` marks such an
  event a HOLD; "continues to" and "yet to fall" say the same there);
- `is_hold_trigger`: an event's trigger alone, which for the hold rule of
  `frontmap.extract.triggers` starts with a word of the state ("under", "held", "remained with",
  "still in", "patrolling the streets of"), not of a change (`frontmap.extract.overruled`: a hold
  the article's own change ends; `frontmap.extract.retellings`: a hold is not a retelling);
- `still_run`: the run of words before "in control" or "under government control" in a
  lower-cased sentence view (`frontmap.extract.held_on`: "insists it remains firmly in control");
  `frontmap.extract.holdouts` reads the words themselves ("only the airport remained with the army").
"""

from __future__ import annotations

import re

from frontmap.extract.last_standing import is_last_standing
from frontmap.status import GOVERNMENT, TALIBAN

#: Statuses of one side holding the place, whose reports may be a standing hold.
HELD_STATUSES = frozenset({TALIBAN, GOVERNMENT})
#: The verbs of a state that goes on ("remained with the government").
STAY = r"remain(?:s|ed|ing)?|stay(?:s|ed|ing)?"
#: The words of a state that goes on.
STILL = rf"still|{STAY}"

_STANDING = re.compile(rf"\b(?:{STILL}|continu(?:e|es|ed|ing)\s+to|yet\s+to\s+fall)\b", re.IGNORECASE)
# the first words of the hold rule's triggers; not "control of", "control over" (a taking told by
# its noun) nor "hands over" (a handover), while "in the hand(s) of the Taliban" is a hold
_HOLD_TRIGGER = re.compile(
    rf"^(?:(?:{STILL}|under|in|held|hold(?:s|ing)?|patroll?(?:ed|ing|s)?|flags?)\b"
    r"|hands\b(?!\s+over\b)|hand\s+of\b|control(?:s|led|ling)?\b(?!\s+(?:of|over)\b))",
    re.IGNORECASE,
)
# besides the standing words, a copula or an adverb of the hold: "is still", "remains firmly"
_STILL_WORD = rf"(?:{STILL}|firmly|fully|is|are|was|were)"


def says_still(window: str) -> bool:
    """Return True when `window` (words around a trigger) says a state goes on ("remains",
    "still", "continues to", "yet to fall")."""
    return _STANDING.search(window) is not None


def is_hold_trigger(trigger: str) -> bool:
    """Return True when `trigger` is one of a hold ("under government control", "held by",
    "remained with", "still in", "as the last city left standing"), not of a change ("took
    control of", "hands over")."""
    return _HOLD_TRIGGER.match(trigger) is not None or is_last_standing(trigger)


def still_run(least: int) -> str:
    """Return a pattern for `least` to two standing words, each followed by spaces, in a
    lower-cased view ("still ", "remains firmly ", "is still ")."""
    return rf"(?:{_STILL_WORD} +){{{least},2}}"
