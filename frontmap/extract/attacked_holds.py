"""Holders under attack: "security forces were still in the district centre but were under
attack from several sides", "troops held X but came under heavy fire".

A hold told with a contrast that puts its holders under attack says two things of the place: the
government still holds it, and it is fought over. The nearest trigger gives the hold; this adds the
fighting (contested) for the same place, sentence and date. Only an attack on the holders themselves
counts, told in the hold's own sentence after "but", "though" or "yet" ("but were under attack",
"though they came under fire", "but remained besieged"), or "as the Taliban attacked", "despite heavy
attacks", "amid fierce clashes", "after a night of clashes" (the hold outlasted it); a fight elsewhere or one that ended
("but the attack was repelled", "but were no longer under attack") adds nothing. A fall denied ("had not fallen after a
night of clashes") or attackers who pulled back ("pulled back from X after a day of clashes") outlast the fight as a hold
does; a retaking "after three days of fighting" tells how it was won, not a second state.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from frontmap.extract.fought_on import DraftT
from frontmap.status import CONTESTED, GOVERNMENT

# "but were under attack", "though they came under heavy fire", "but remained besieged", "yet were surrounded"
_UNDER_ATTACK = re.compile(
    r" (?:but|though|although|yet)(?: +(?:they|it|were|was|had|have|been|are|is|still|now|came|come|remained|remain|stayed))*"
    r" +(?:under +(?:(?:heavy|intense|constant|repeated|sustained|fierce|renewed) +)?(?:attack|fire|siege|assault|pressure +from +(?:the +)?(?:taliban|insurgents|militants))"
    r"|(?:besieged|surrounded|encircled|cut +off|fighting +off +(?:\w+ +){0,2}?attacks?))\b"
    # "held X as the Taliban attacked from three sides", "despite heavy Taliban attacks", "amid fierce clashes"
    r"|(?:  | )(?:as|while) +(?:the +)?(?:taliban|insurgents|militants)(?: +(?:fighters|kept|continued|still))* +(?:to +)?(?:attack|press|storm|assault|pound|shell)\w*\b"
    r"|(?:  | )(?:despite|amid|amidst) +(?:(?:heavy|intense|constant|repeated|sustained|fierce|renewed|continued) +)?(?:taliban +)?(?:attacks|assaults|fire|shelling|fighting|clashes)\b"
    r"(?! +(?:on|in|around|against) +(?:the +)?(?:nearby|neighbou?ring|surrounding|outlying|other|rural)\b)"  # not "attacks on nearby districts"
)
# "remained under government control after a night of clashes", "held X after two days of fighting": the hold
# outlasted a fight at the place (a retaking "after three days of fighting" tells how it was won, not a second state)
_OUTLASTED = re.compile(
    r"(?:  | )(?:after|following) +(?:a|an|one|two|three|four|five|several|many|\d+) +(?:(?:long|whole|full) +)?(?:night|day|days|hours|weeks?)"
    r" +of +(?:(?:heavy|intense|fierce|sporadic|street|bitter) +)?(?:fighting|clashes|attacks|battles?)\b"
    r"(?! +(?:on|in|around|against) +(?:the +)?(?:nearby|neighbou?ring|surrounding|outlying|other|rural)\b)"
)
_HOLD_WORD = re.compile(r"\b(?:held|holds?|holding|control|controlled|hands|remained|remains|still)\b", re.IGNORECASE)
# "had not fallen", "had not been taken", "never gave up the town": the change the hold's trigger denies
_DENIED_CHANGE = re.compile(r"\b(?:not|never|no +longer|denied|denies|deny|n t)(?: +(?:yet|been|be|have|has|had|was|were|is|are|quite|fully|completely))* +$")
# "the group's fighters had pulled back from X", "the insurgents withdrew": the attackers left after the fight
_ATTACKERS_LEFT = re.compile(r"\b(?:pulled|fell|drew|moved|went) +back\b|\b(?:withdr[eao]\w*|retreat\w*|pulled +out)\b", re.IGNORECASE)
_WON_BACK = re.compile(r"\b(?:regain\w*|recaptur\w*|retook|retaken|retake\w*|reclaim\w*|re-?establish\w*|took|taken|back|won|liberat\w*|cleared)\b", re.IGNORECASE)


def attacked_holds(drafts: Sequence[DraftT], view_of: Callable[[int], str]) -> list[DraftT]:
    """Return `drafts` and, for each government hold whose own sentence goes on, after a contrast,
    to put its holders under attack, a contested copy of it."""
    added: list[DraftT] = []
    seen = {(d.key, d.status, d.index) for d in drafts}
    for d in drafts:
        if d.status != GOVERNMENT or (d.key, CONTESTED, d.index) in seen:
            continue
        if _holders_attacked(" " + view_of(d.index), getattr(d, "trigger", "")):
            added.append(dataclasses.replace(d, status=CONTESTED, confidence=min(d.confidence, 0.6)))
            seen.add((d.key, CONTESTED, d.index))
    return [*drafts, *added]


def _holders_attacked(view: str, trigger: str) -> bool:
    """Return True when the view, after its hold trigger, puts the holders under attack."""
    at = max(view.find(" " + trigger.lower()) if trigger else 0, 0)
    return _UNDER_ATTACK.search(view, at) is not None or (_outlasting(view, trigger, at) and _OUTLASTED.search(view, at) is not None)


def _outlasting(view: str, trigger: str, at: int) -> bool:
    """Return True when the hold trigger at `at` tells a state that outlasts a fight: a hold, a denied
    change, or the attackers pulling back (not a retaking, which the fight won)."""
    if _DENIED_CHANGE.search(view, max(at - 40, 0), at + 1) or _ATTACKERS_LEFT.search(trigger):
        return True
    return _HOLD_WORD.search(trigger) is not None and not _WON_BACK.search(trigger)
