"""A campaign word in a participle after a place: "The Taliban seized three cities, including X,
escalating a sweeping offensive" - the offensive is the actor's whole campaign the sentence goes on
to describe, not a fight for X (unlike "took X, sparking clashes", where the clashes are X's)."""

from __future__ import annotations

import re

from frontmap.extract import gaps, participles, placed_fights, state_clauses
from frontmap.extract.use_asides import in_use_aside

# ", escalating a sweeping", ", officials said, widening their": a participle opening a clause of its own
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,2}?(?!(?:sparking|triggering|prompting|provoking|setting|igniting)\b)[a-z]+ing\s+"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}$"
)
_CAMPAIGN = re.compile(r"(?:offensives?|campaigns?|blitz|onslaught|push|drive|advance)\b", re.IGNORECASE)


# "since the group launched its offensive in May": the campaign's start, told to measure a span by
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:since|when|after)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:launched|began|started|opened|unleashed)\s+"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "launched an offensive on the city", "an offensive to take X": aimed at a place, a fight of its own
_AIMED_AFTER = re.compile(r"\s+(?:on|against|to\s+(?:take|capture|seize|overrun)|for|into)\b", re.IGNORECASE)


def campaign_aside(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the fight word at `trigger_start` names a campaign in a participle clause
    that follows the place ending at `end` ("X, escalating an offensive"), or in a clause that only
    tells when the campaign began ("X would be the biggest city to fall since the group launched its
    offensive in May"): not a fight for X."""
    campaign = _CAMPAIGN.match(sentence, trigger_start) if trigger_start > end else None
    if campaign is None:
        return False
    if _PARTICIPLE_BEFORE.search(sentence, end, trigger_start) is not None:
        return True
    return _LAUNCHED_BEFORE.search(sentence, end, trigger_start) is not None and _AIMED_AFTER.match(sentence, campaign.end()) is None


def new_clause_after(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the fight word at `trigger_start`, after the place ending at `end`, stands
    in a clause of its own: after ", and ..." (`gaps.opens_a_new_clause`), as a campaign aside, or
    as a participle with an object of its own (", encircling Kabul"), or in a use aside (", long used
    to launch attacks on Kabul,": a purpose, `frontmap.extract.use_asides`), or after a state clause
    of the place's own ("X is open and the enemy is under siege in Y", `frontmap.extract.state_clauses`),
    or in a comma clause placed on wider ground (", clashes intensify across Afghanistan")."""
    return (gaps.opens_a_new_clause(sentence[end:trigger_start]) or campaign_aside(sentence, end, trigger_start)
            or participles.acts_on_its_own_object(sentence, end, trigger_start) or in_use_aside(sentence, trigger_start, trigger_start)
            or state_clauses.own_state_before(sentence, end, trigger_start) or placed_fights.placed_elsewhere(sentence, end, trigger_start))
