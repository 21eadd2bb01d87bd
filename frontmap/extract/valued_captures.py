"""A capture weighed, not told: "The capture of Lashkar Gah holds great symbolic value for the
insurgents" says what taking the town is worth to them, not that it was taken; the same goes for
"the fall of X is of huge strategic importance" and "the seizure of X is vital to the Taliban".

Features weigh a prize before it is won, in the present tense, as `cues.modal_after` reads "the
fall of X would be a turning point". The nominal trigger's names (and an aside) lead straight to a
present-tense verb of worth: "has / holds / carries (a) ... value, importance, significance" or "is
(very) important, crucial, vital to / for". A day told between them ("the capture of X on Friday
holds great value") dates a capture that happened; a verb of outcome ("is a blow", "dealt a blow")
tells one too, and is not read here.
"""

from __future__ import annotations

import re

_DEGREE = r"(?:(?:a|an|such|huge|great|enormous|immense|major|big|considerable|particular|special|deep|real|high|very|hugely|highly|extremely|so|too|enormously|vast|tremendous)\s+)*"
_KIND = r"(?:(?:symbolic|strategic|military|political|psychological|economic|emotional|propaganda)(?:\s+(?:and|or)\s+\w+)?\s+)?"
# the names (and one aside) up to the verb of worth, with no clause mark or verb of saying between
_WEIGHED = re.compile(
    r"(?P<names>[^.;:!?\"“”]{1,110}?)\s+"
    r"(?:(?:has|holds|carries)\s+" + _DEGREE + _KIND + r"(?:value|importance|significance|weight|meaning)\b"
    r"|is\s+(?:of\s+)?" + _DEGREE + _KIND + r"(?:value|importance|significance)\b"
    r"|is\s+" + _DEGREE + r"(?:important|crucial|vital|essential|key)\s+(?:to|for)\b)",
    re.IGNORECASE,
)
# a day or time told before the verb: the capture happened ("the capture of X on Friday")
_TOLD_TIME = re.compile(
    r"\b(?:on|last|this|since|after|in\s+(?:early|mid|late)|yesterday|today|overnight|\w+day|January|February|March|April|May|June|July|August|September|October|November|December|20\d\d)\b"
    r"|\b(?:said|says|told|according)\b",
    re.IGNORECASE,
)


def weighed(sentence: str, position: int) -> bool:
    """Return True when the nominal trigger ending at `position` of `sentence` is the subject of a
    present-tense verb of worth ("the capture of X holds great symbolic value"), with no day told
    between: what taking the place would be worth, not a capture that happened."""
    found = _WEIGHED.match(sentence, position)
    return found is not None and _TOLD_TIME.search(found.group("names")) is None
