"""Planned attacks told as a noun: "Taliban plan Asadabad attack after Eid", "insurgents threaten a
fresh Kandahar offensive", "forces prepare for a Kunduz counter-offensive", "army vows Jaghatu
counter-offensive".

A headline or a wire phrase often makes the place the attack noun's modifier, so the verb of
planning stands a word or two before the noun, not before an infinitive as `cues` reads plans
("plan to attack X"). An attack so named is foreseen, not fought. Only the present tense and the
"-ing" form are read: "the commander who planned the Kunduz attack" tells of an attack that
happened.
"""

from __future__ import annotations

import re

# the verb of planning, its article or adjectives, then one or two words (the place) right before the noun;
# single spaces only: a comma (two spaces in the view) ends the phrase ("threaten residents, attack X")
_PLAN_BEFORE = re.compile(
    r" (?:plan|plans|planning|threaten|threatens|threatening|prepare +for|prepares +for|preparing +for|eye|eyes|eyeing|mull|mulls|mulling|vow|vows|vowing|pledge|pledges|promise|promises)"
    r"(?: (?:an?|the|its|their|new|fresh|major|final|possible|big|large|all out))*(?: [a-z'’-]+){1,2} $"
)
_ATTACK_NOUN = re.compile(r"(?:attacks?|assaults?|offensives?|counter ?offensives?|onslaught|raids?)")


def planned(view: str, clause_start: int, position: int, end: int) -> bool:
    """Return True when the trigger at [position, end) of the lower-case `view` is an attack noun
    that a verb of planning governs a word or two before it ("plan Asadabad attack"), so the attack
    is foreseen, not fought."""
    if not _ATTACK_NOUN.fullmatch(view, position, end):
        return False
    return bool(_PLAN_BEFORE.search(" " + view[max(clause_start, position - 60) : position]))
