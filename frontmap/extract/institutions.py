"""Places named as an institution: "the Kabul government", "a Kabul-based newspaper", "Kabul,
which said ...", and a town's hospital that reports ("X's Emergency Hospital received several dead
from recent clashes" says where the wounded were brought, not where the clashes were). The town
only owns the body that speaks, or the hospital that takes in the casualties; the event is
elsewhere. `frontmap.extract.references` gives such a place the role "institution".

A body's acronym in brackets after its name ("the National Directorate of Security (NDS) in
Kandahar", "the provincial council (PC) of Ghor") is part of the name: the place after it is the
body's seat as much as without it.
"""

from __future__ import annotations

import re

# what a body that speaks does ("Kabul, which said ...", "X hospital confirmed ...")
_SPEAKS = r"(?:said|says|insisted|confirmed|announced|added|denied|claimed|reported)"
# ("the X district government compound" is a site in the place, not its administration)
_INSTITUTION_AFTER = re.compile(
    rf"^(?:,? +(?:which|who) +{_SPEAKS}|(?:-| +)(?:based|bound|backed|government(?! +(?:compound|complex|buildings?|headquarters|offices?|cent(?:re|er)))"
    r"|administration|authorities|regime|leadership)"  # "confirmed by Kabul, which said ...": a place never speaks
    # an outlet called by its city ("the Kabul broadcaster Tolo News", "a Herat daily"); not "the X radio station", a site
    r"| +(?:broadcaster|daily|dailies|newspapers?|weekly|news +(?:agency|site|channel|website)))\b",
    re.IGNORECASE,
)
# "X's Emergency Hospital confirmed", "X hospital said", "the main hospital in X received": the
# hospital is the subject of a verb of reporting or of taking in the wounded
_REPORTING_HOSPITAL_AFTER = re.compile(
    r"^(?:['’]s?)?(?: +[A-Za-z-]+){0,2}? +[Hh]ospitals?\b"
    rf"(?= +(?:[a-z]+ +){{0,2}}?(?:{_SPEAKS}|received|admitted|treated|recorded|registered)\b)"
)

# "(NDS) in ", "(PC) of the ": a bracketed acronym right before the title's preposition
_ACRONYM_BEFORE_PREPOSITION = re.compile(r" +\([A-Z]{2,7}\)(?= +(?:in|of|for|from) +(?:the +)?(?:[\w'’-]+ +){0,2}$)")


def without_acronym(sentence: str, before: str, start: int) -> str:
    """Return `before` (the padded view of the words up to the place at `start` of `sentence`)
    without a bracketed acronym that stands between a title and its preposition ("the council
    (PC) in"), so the title reads as if the acronym were not there."""
    low = start - len(before) + 1  # `before` is one space, then the view's characters up to `start`
    found = _ACRONYM_BEFORE_PREPOSITION.search(sentence, max(0, low), start)
    if found is None:
        return before
    return before[: found.start() - low + 1] + before[found.end() - low + 1 :]


def hospital_speaks(after: str) -> bool:
    """Return True when the words after a place (`after`) make it the owner of a hospital that
    reports or takes in casualties ("'s Emergency Hospital confirmed ...")."""
    return _REPORTING_HOSPITAL_AFTER.match(after) is not None


def named_as_institution(after: str) -> bool:
    """Return True when the words after a place (`after`) make it an institution: its government,
    an outlet based there, a body that speaks, or a hospital that reports."""
    return _INSTITUTION_AFTER.match(after) is not None or hospital_speaks(after)
