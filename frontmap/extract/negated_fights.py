"""Fighting said not to have happened at a place, in forms the general negation cues do not read:
the fight word as the subject of a negated verb ("fighting has not reached X"), after "no reports
of" / "no sign of", as what nobody has told of ("nobody has reported fighting in X", "no one saw
clashes"), after a subject that "has not seen" it ("neither X nor Y has seen
fighting"), or an attack whose attackers are then said not to have reached the place ("announced
attacks on X; officials say they have not yet reached it")."""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern

# "no reports of fighting in X", "no sign of clashes", "without any word of attacks"
_NO_NEWS_BEFORE = re.compile(
    r"\b(?:no|without(?:\s+any)?)\s+(?:\w+\s+)?(?:reports?|signs?|word|news|evidence|trace|indication)\s+of\s+(?:the\s+|any\s+)?(?:\w+\s+)?$"
)
# "has not seen fighting", "neither X nor Y has witnessed clashes", "never experienced a battle"
_NOT_SEEN_BEFORE = re.compile(
    r"\b(?:not|never|nor|neither|no\s+longer|n\s+t)\s+(?:\w+\s+){0,5}?(?:seen|witnessed|experienced|known|had|saw|see|witness)"
    r"\s+(?:any\s+|a\s+|the\s+)?(?:\w+\s+)?$"
)
# "fighting has not reached X", "the clashes did not spread to X", "fighting yet to reach X"
_NOT_REACHED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:has|have|had|did|does|do|is|are|was|were)\s+(?:not|never|n\s+t)\s+(?:yet\s+)?"
    r"|(?:(?:is|are|was|were|has|have|had)\s+)?(?:yet|still\s+to|not\s+yet)\s+(?:to\s+)?)"
    r"(?:reach|reached|spread|come|came|extend|extended|touch|touched|affect|affected|hit|arrived?)\b"
)
# "nobody has reported fighting in X", "no one saw clashes there": the report itself is denied by its subject
_NOBODY_TOLD_BEFORE = re.compile(
    r"\b(?:nobody|no\s+one|no\s+(?:residents?|officials?|sources?|witnesses))\s+(?:(?:has|have|had|yet|so\s+far|ever)\s+)*"
    r"(?:reported|seen|saw|witnessed|heard|described|recorded|mentioned)\s+(?:any\s+|a\s+|the\s+)?(?:\w+\s+)?$"
)
_NO_NEWS = GatedPattern(_NO_NEWS_BEFORE)  # run only on a sentence holding one of its words (`literal_gates`)

# "announced attacks on X; officials say they have not yet reached it": the attackers said not to be there
_ATTACK_WORD = re.compile(r"(?:attack|assault|offensive|push|advance|attempt)")
_ATTACKERS_NOT_THERE = re.compile(
    r"\b(?:they|the\s+(?:taliban|insurgents|militants|attackers|fighters|group)|taliban\s+fighters)\s+"
    r"(?:(?:had|have|has|did)\s+(?:not|n\s+t)\s+(?:yet\s+)?(?:reached|reach|entered|enter|got\s+(?:to|near|into))"
    r"|(?:were|are|was|is)\s+(?:still\s+)?(?:yet|not\s+yet)\s+to\s+(?:reach|enter))\b"
)
_THERE_REACH = 160


def fight_negated(view: str, start: int, end: int) -> bool:
    """Return True when the fight word at [start, end) of the sentence's view is said not to have
    happened ("no reports of fighting", "nobody has reported fighting", "has not seen fighting", "fighting has not reached X",
    "attacks on X, but they have not reached it")."""
    before = view[max(0, start - 80) : start]
    if _NO_NEWS.search(view, before) or _NOT_SEEN_BEFORE.search(before):
        return True
    if "no" in before and _NOBODY_TOLD_BEFORE.search(before):
        return True
    if _NOT_REACHED_AFTER.match(view, end):
        return True
    return bool(_ATTACK_WORD.match(view, start) and _ATTACKERS_NOT_THERE.search(view, end, end + _THERE_REACH))
