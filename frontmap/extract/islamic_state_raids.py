"""Violence of the Islamic State: a bombing, a raid or a gunfight with it is no fight for a place.

The control map is about the Taliban and the government (and the resistance that took up the
government's side). The Islamic State's Afghan branch holds no town on it: its suicide attacks on
mosques, its bombs against Taliban patrols and the Taliban's raids on its hideouts are violence at
a place, not a contest for it. So when the Islamic State is a party to the fighting a trigger
names (its author, "Islamic State fighters clashed with ..."; its target, "raided an IS hideout";
or the sentence says it owned up to or carried out the attack), the place stays as it was.

The group is matched in the sentence itself, where "IS" in capitals is the group and not the verb.
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any
from frontmap.extract.triggers import Trigger

# the group's names; "IS" and its variants only in capitals
_GROUP = r"(?:\bIS(?:IS|IL|KP)?(?:-K)?\b|\b[Ii]slamic\s+[Ss]tate\b(?:[\s-]+Khorasan)?(?:\s+Province)?|\bDaesh\b)"
_GROUP_RE = re.compile(_GROUP)
# what every name of the group holds (the patterns keep their case): a sentence with none of them
# names the group nowhere, so none of the patterns built on `_GROUP` need run
_GROUP_LITERALS = ("IS", "slamic", "Daesh")
# the group as the one acting just before the trigger: "Islamic State fighters clashed with",
# "IS-K gunmen stormed", "militants of the Islamic State attacked"; no other side named between
_OTHER_SIDE = re.compile(r"\b(?:[Tt]aliban|government|army|troops|soldiers|commandos|police|forces|insurgents)\b")
_BEFORE_REACH = 80
# the group as the target right after the trigger: "attacked IS shelters", "clashed overnight with Daesh"
_TARGET_AFTER = re.compile(r"\s*(?:(?:\w+\s+)?(?:with|on|against|targeting)\s+)?(?:the\s+|an?\s+|suspected\s+)*" + _GROUP)
# the group owning up to or carrying out violence anywhere in the sentence
_AUTHOR = re.compile(
    _GROUP + r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:(?:has|had|have)\s+)?"
    r"(?:claimed|carried\s+out|was\s+behind|were\s+behind|set\s+off|detonated|stormed|bombed|targeted|struck)\b"
)
# the trigger's own attack owned up to in the passive: "an attack in X claimed by the jihadist group Islamic State",
# "a spate of attacks of late, largely claimed by IS"
_CLAIMED_BY_AFTER = re.compile(
    r"(?:,?\s+[\w'’-]+){0,4}?,?\s+(?:claimed|carried\s+out|staged|mounted)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _GROUP
)
# a raid in a sentence that names the group: a raid on its cells or by its gunmen ("IS members
# were captured in a Taliban raid in X", "the raid followed the arrest of two IS members")
_RAID = re.compile(r"raid(?:s|ed|ing)?$", re.IGNORECASE)


def islamic_state_party(sentence: str, trigger: Trigger) -> bool:
    """Return True when the Islamic State is a party to the violence `trigger` names in `sentence`:
    the one acting just before it, its target right after it, the author the sentence names or the one its attack is said to be
    claimed by, or any part in a raid the sentence
    tells beside the group's name."""
    if sentence.isupper() or not has_any(sentence, _GROUP_LITERALS):  # a headline in capitals: "IS" may be the verb
        return False
    if _AUTHOR.search(sentence):
        return True
    if _RAID.match(trigger.text) and _GROUP_RE.search(sentence):
        return True
    if _TARGET_AFTER.match(sentence, trigger.end) or _CLAIMED_BY_AFTER.match(sentence, trigger.end):
        return True
    return _acting_before(sentence, trigger.start)


def _acting_before(sentence: str, trigger_start: int) -> bool:
    """Return True when the group is named shortly before the trigger with no other side between."""
    last = last_named_before(sentence, trigger_start, _GROUP_RE)
    return last is not None and not _OTHER_SIDE.search(sentence, last.end(), trigger_start)


def last_named_before(sentence: str, trigger_start: int, party: re.Pattern[str]) -> re.Match[str] | None:
    """Return the last match of `party` in the words shortly before the trigger (None: none)."""
    last = None
    for last in party.finditer(sentence, max(0, trigger_start - _BEFORE_REACH), trigger_start):
        pass
    return last
