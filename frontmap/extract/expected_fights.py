"""Expected fights: an attack or assault a report awaits or foresees, not one that happened.

"Fears grew that an assault on Kabul could be days away", "an attack on X may come within weeks",
"the city is preparing for an all-out assault", "officers woke up preparing for battle", "residents awaited a Taliban offensive", "the rout
opened the door for a siege of Kabul", "the threat of an assault": the noun
names fighting to come. The fight words ("attack", "assault") are verbs too, so the modal check
for nominal triggers in `frontmap.extract.cues` does not reach them; here the noun is told from
the verb by the determiner before it ("an", "the", "a Taliban", "an all-out").
"""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern
from frontmap.extract.triggers import FIGHT, Trigger

_FIGHT_NOUN = re.compile(r"(?:attack|assault|offensive|onslaught|push|advance|storm|siege|battle|fight)s?(?: +(?:on|against|into|towards?))?$")  # "push on"
_QUALIFIER_WORDS = (
    r"(?:an?|the|its|their|any|another|fresh|new|major|final|big|wider|all +out|full +scale|large +scale|taliban|insurgent|militant"
    r"|possible|imminent|expected|feared|ground)"
)
_QUALIFIER = r"(?:" + _QUALIFIER_WORDS + r" +)"
_DETERMINER_BEFORE = re.compile(r" (?:an?|the|its|their|any|another|taliban|insurgent|militant|possible|imminent) +" + _QUALIFIER + "{0,2}$")
# the noun, what it aims at, then a modal: "an assault on the capital Kabul could be days away"
_MODAL_AFTER = re.compile(
    r"(?: +(?:on|against|in|into|upon|toward|towards)(?: +(?!and\b|but\b|as\b|while\b|after\b|when\b|which\b|that\b|who\b)\w+){1,5}?)?"
    r" +(?:would|could|might|may|will|(?:is|was|seemed|seems) +(?:now +|still +)?(?:days|weeks|hours) +away)\b"
)
# a headline's "assault on capital Kabul expected": no copula, so single spaces only (no comma between)
_AWAITED_AFTER = re.compile(
    r"(?: (?:on|against|in|into|upon|toward|towards)(?: (?!and\b|but\b|as\b|while\b|after\b|when\b|which\b|that\b|who\b)\w+){1,4}?)?"
    r" (?:(?:now|widely|seen|still) )?(?:expected|feared|looms|looming|imminent)\b(?! to\b)"
)
_AWAITED_BEFORE = re.compile(
    r" (?:prepar(?:e|es|ed|ing)|(?:get|gets|getting|got|be|being|are|were|is|was) +ready|brac(?:e|es|ed|ing)(?: +(?:itself|themselves))?|steel(?:s|ed|ing)? +(?:itself|themselves)"
    r"|await(?:s|ed|ing)?|(?:wait|waits|waited|waiting) +for"
    r"|in +advance +of|ahead +of"  # "hold the north in advance of the battle for Kabul": the battle is to come
    # what a change makes possible: "opened the door for a Taliban siege of Kabul", "paves the way for an assault"
    r"|open(?:s|ed|ing)? +the +(?:door|way)|pav(?:e|es|ed|ing) +the +way|set(?:s|ting)? +the +stage|(?:threat|fears?|risk|prospect|spectre|specter) +of)"
    # a day or time between the wait and what it waits for: "were bracing on Tuesday for an assault"
    r"(?:(?: +(?:on|late|early|last|this))+ +(?:[a-z]+day|night|week|weekend|morning|evening|afternoon)| +(?:yesterday|today|tonight|overnight|now|already|again))?"
    r"(?: +(?:for|to))? +" + _QUALIFIER + "{0,3}$"
)

# a wait still going on: "are waiting for orders before attacking", "awaiting the green light before storming"
_WAITED_BEFORE = re.compile(r" (?:waiting|awaiting)(?: +(?:for +)?[\w']+(?: +[\w']+){0,3}?)? +before +$")  # not "waited ... before attacking": it came

# fighting a forecast brings: "the coming days are expected to bring fresh fighting near X", "the
# thaw will see more clashes around X" (a noun of fighting with no determiner, so listed here)
_BROUGHT_FIGHT = re.compile(r"(?:fighting|clashes|battles?|attacks?|assaults?|offensives?)$")
_FORESEEN_BEFORE = re.compile(
    r" (?:(?:expected|likely|forecast|predicted|feared|poised|bound|set) +to|will|would|could|may|might)"
    r" +(?:bring|see|mean|spark|trigger|herald|unleash|lead +to)"
    r" +(?:(?:more|fresh|new|renewed|heavy|heavier|intense|further|fierce|wider|major) +){0,2}$"
)
_WAITED = GatedPattern(_WAITED_BEFORE)  # run only on a sentence saying "waiting" (`literal_gates`)


# fighting foreseen to reach a place, told right after the fight noun: "clashes could spread to X"
_SPREADING_NOUN = re.compile(r"(?:fighting|clash(?:es)?|battles?|gunfights?|firefights?|skirmishes|violence|unrest)$")
_MAY_SPREAD = re.compile(
    r" +(?:\w+ly +)?(?:could|might|may|would|will|threaten(?:s|ed)? +to|(?:is|are|was|were) +(?:likely|expected|feared) +to)"
    r" +(?:\w+ly +)?(?:soon +)?(?:spread|spill +over|reach|engulf|extend|move|erupt|break +out|resume|return)\b"
)


def expected(view: str, trigger: Trigger) -> bool:
    """Return True when a fight noun ("an assault", "a Taliban attack") names fighting awaited or
    foreseen: a modal follows what it aims at, "expected" or "feared" right after it (a headline's
    "assault on Kabul expected"), a word of preparing or waiting comes before it, or a forecast
    brings it ("are expected to bring fresh fighting"); or a fight verb a wait comes before ("are
    waiting for orders before attacking X"); or fighting a modal right after it sends to the place
    ("clashes could spread to X")."""
    if trigger.kind == FIGHT and _WAITED.search(view, " " + view[max(0, trigger.start - 60) : trigger.start]):
        return True  # "are waiting for orders before attacking X": the attack is still to come
    if trigger.kind == FIGHT and _SPREADING_NOUN.search(trigger.text.lower()) and _MAY_SPREAD.match(view, trigger.end):
        return True  # "heavy clashes could spread to X": fighting foreseen where it has not come
    if trigger.kind != FIGHT or not (_FIGHT_NOUN.search(trigger.text.lower()) or _BROUGHT_FIGHT.match(trigger.text.lower())):
        return False
    before = " " + view[max(0, trigger.start - 60) : trigger.start]
    if _AWAITED_BEFORE.search(before) or (_BROUGHT_FIGHT.match(trigger.text.lower()) and _FORESEEN_BEFORE.search(before)):
        return True
    if _AWAITED_AFTER.match(view, trigger.end):
        return True
    return bool(_DETERMINER_BEFORE.search(before) and _MODAL_AFTER.match(view, trigger.end))
