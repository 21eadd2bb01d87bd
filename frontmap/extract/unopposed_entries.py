"""Unopposed entries: an entry whose verb says by itself that nobody fought it.

"Walked into X", "strolled into X" and "swept into X" tell a town taken, where "entered" or
"stormed" is fighting; so does an entry with no place after it ("the Taliban moved in",
`bare_entries`): it occupies what was left or given up. The verb says so only as long as its
sentence does not say the entry was fought ("swept into Sheberghan but met stiff resistance near
the airport", "strolled into the town, but clashes broke out within the hour"): then it is an
entry into a contested town.
"""

from __future__ import annotations

import re

_EASY_VERBS = ("walk", "stroll", "swept", "sweep")
_BARE_ENTRY = re.compile(r"(?:mov|walk|stroll|roll|march|sw|pour|stream)\w*\s+in$", re.IGNORECASE)  # "moved in", not "fought their way in"
# the enterers met resistance, anywhere after the verb ("swept into X but met stiff resistance")
_MET_RESISTANCE = re.compile(
    r"\b(?:met|meet|meets|meeting|faced|facing|encountered|encountering)\s+(?:with\s+|by\s+)?(?:\w+\s+){0,2}(?:resistance|opposition|counter-?attacks?|fire)\b",
    re.IGNORECASE,
)
# the entry's own clause says fighting went on or broke out, or the enterers were thrown back
_FOUGHT = re.compile(
    r"\b(?:fighting|clashes|battles?|gunfire)\s+(?:\w+\s+)?(?:continued|continues|raged|rages|went\s+on|goes\s+on|erupted|broke\s+out|followed|ensued)\b"
    r"|\bwere\s+(?:\w+\s+)?(?:repelled|repulsed|pushed\s+back|beaten\s+back|driven\s+(?:back|out))\b",
    re.IGNORECASE,
)
# a sweep of no armed side: "heavy fighting swept into X", "a wave of violence swept into Y" is fighting
_NOT_A_SIDE_BEFORE = re.compile(
    r"\b(?:fighting|violence|unrest|clashes|battles?|war|panic|fear|chaos|wave|offensive|insurgency|gunfire|shelling)(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
# "strolled into X, but clashes broke out": a contrast right after the entry tells how it went
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
_CONTRAST_REACH = 100  # characters: the entry's own contrast, not a later clause's


def unopposed_entry(trigger_text: str, before: str, clause: str, after: str) -> bool:
    """Return True when the entry verb `trigger_text` says by itself nobody fought it ("walked
    into X", "swept into X"), the words of its clause `before` it name no fight as what came in,
    its `clause` does not say the entry was fought and the words `after` it do not say the
    enterers met resistance."""
    if not (trigger_text.lower().startswith(_EASY_VERBS) or _BARE_ENTRY.match(trigger_text)) or _FOUGHT.search(clause) or _MET_RESISTANCE.search(after):
        return False
    if _NOT_A_SIDE_BEFORE.search(before):
        return False
    contrast = _BUT.search(after, 0, _CONTRAST_REACH)
    return contrast is None or _FOUGHT.search(after, contrast.end(), contrast.end() + _CONTRAST_REACH) is None
