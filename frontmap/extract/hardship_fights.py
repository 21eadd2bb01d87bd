"""Hardship fights: a fighting word whose foe is no side in the war.

Reports on prices, health, disasters and rights use the words of war for other struggles: doctors
"fighting the third wave of the virus" in Kabul, farmers "battling the worst drought in decades" in
Balkh, rescuers who "battled floodwaters" in Kamdesh, women "fighting for their rights" in Herat,
a mother "fighting back tears". The place they are in is not fought over: an analyst making a
control map leaves it as it was. Fighting for a town, against a side or with no foe named is read
by the other triggers as before.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# what people fight that is no armed side: a disease, want, a disaster, prices, their own tears
HARDSHIP_WORDS = (
    r"tears|virus(?:es)?|covid(?:\s+19)?|coronavirus|pandemic|outbreaks?|epidemics?|infections?|diseases?|polio"
    r"|measles|malaria|cholera|cancer|illness(?:es)?|hunger|famine|malnutrition|poverty|droughts?|floods?|floodwaters"
    r"|flooding|blazes?|flames|wildfires?|locusts|snow|cold|winter|corruption|inflation|unemployment|addiction"
    r"|debts?|prices"
)
_HARDSHIP = r"(?:" + HARDSHIP_WORDS + r")\b"
# words between the fighting word and its foe, but no place-taking preposition ("fighting in X despite the cold")
_GAP_WORD = r"(?!(?:in|at|near|around|for|despite|amid|during|on|across|inside|outside|over|with|and|to|into|from)\b)[\w-]+\s+"
_AGAINST_HARDSHIP = re.compile(
    r"\s+(?:back\s+)?(?:against\s+)?(?:(?:a|the)\s+(?:surge|spike|rise|increase|wave)\s+(?:in|of)\s+)?"
    r"(?:" + _GAP_WORD + r"){0,5}?" + _HARDSHIP
)
# "fighting for their rights", "fought for their lives", "fighting for the right to work"
_FOR_A_CAUSE = re.compile(
    r"\s+(?:on\s+)?for\s+(?:(?:the|their|her|his|our|its|women\s?s?|girls\s?|basic|equal|human)\s+)*"
    r"(?:rights?|lives|life|survival|education|justice|freedom|equality|dignity|jobs?|schooling|recognition)\b"
)
# "fighting to save patients", "battling to contain the outbreak": care and rescue, not a town's capture
_TO_SAVE = re.compile(
    r"\s+to\s+(?:save|treat|feed|vaccinate|rescue|reach|keep\s+alive|contain|curb|stem|slow|stop)\s+(?:\w+\s+){0,2}?"
    r"(?:lives|patients|children|people|families|babies|newborns|infants|mothers|elderly|victims|survivors|sick|ill"
    r"|wounded|injured|crops|harvests?|livestock"
    r"|spread|" + HARDSHIP_WORDS + r")\b"
)


def against_hardship(view: str, trigger: Trigger) -> bool:
    """Return True when the fighting word `trigger` is aimed at a hardship rather than a side ("the
    fight against covid", "battling the worst drought", "fighting back tears"), or is a struggle
    for a cause or for lives ("fighting for their rights", "fighting to save patients")."""
    return any(pattern.match(view, trigger.end) for pattern in (_AGAINST_HARDSHIP, _FOR_A_CAUSE, _TO_SAVE))
