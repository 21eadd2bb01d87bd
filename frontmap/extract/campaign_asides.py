"""A campaign word in a participle after a place: "The Taliban seized three cities, including X,
escalating a sweeping offensive" - the offensive is the actor's whole campaign the sentence goes on
to describe, not a fight for X (unlike "took X, sparking clashes", where the clashes are X's)."""

from __future__ import annotations

import re

from frontmap.extract import gaps, participles, state_clauses
from frontmap.extract.use_asides import in_use_aside

# ", escalating a sweeping", ", officials said, widening their": a participle opening a clause of its own
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,2}?(?!(?:sparking|triggering|prompting|provoking|setting|igniting)\b)[a-z]+ing\s+"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,2}$"
)
_CAMPAIGN = re.compile(r"(?:offensives?|campaigns?|blitz|onslaught|push|drive|advance)\b", re.IGNORECASE)


def campaign_aside(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the fight word at `trigger_start` names a campaign in a participle clause
    that follows the place ending at `end` ("X, escalating an offensive"): not a fight for X."""
    if trigger_start <= end or not _CAMPAIGN.match(sentence, trigger_start):
        return False
    return _PARTICIPLE_BEFORE.search(sentence, end, trigger_start) is not None


def new_clause_after(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the fight word at `trigger_start`, after the place ending at `end`, stands
    in a clause of its own: after ", and ..." (`gaps.opens_a_new_clause`), as a campaign aside, or
    as a participle with an object of its own (", encircling Kabul"), or in a use aside (", long used
    to launch attacks on Kabul,": a purpose, `frontmap.extract.use_asides`), or after a state clause
    of the place's own ("X is open and the enemy is under siege in Y", `frontmap.extract.state_clauses`)."""
    return (gaps.opens_a_new_clause(sentence[end:trigger_start]) or campaign_aside(sentence, end, trigger_start)
            or participles.acts_on_its_own_object(sentence, end, trigger_start) or in_use_aside(sentence, trigger_start, trigger_start)
            or state_clauses.own_state_before(sentence, end, trigger_start))
