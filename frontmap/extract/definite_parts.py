"""A part of a town told only by "the": "though fighting went on around the airport".

After a sentence (or clause) about a town, "the airport", "the outskirts" or "the governor's
compound" right after a verb of fighting or entering means that town's: the fight there is fighting
in it. The town is the one "it" would mean at that point (`frontmap.extract.references.resolve_pronoun`,
the last one named); `frontmap.extract.targets` keeps only towns and capitals named in the same
sentence, since a rural district's "airport" is some town's (its "bazaar", the district centre's
market, is its own), and "gunfire near the airport" a
sentence after "the Taliban took Kabul" is the crowd at a fallen city's airport, no fight for it. Like `part_pronouns`, a taking
("captured the airport") is left out: a part taken is not the town's fall; so is a sentence that
tells the town's fall, where a fight at its airport is the last holdout's, not a fight for the town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import CAPTURE, ENTER, FALL, FIGHT, HANDOVER, LEAVE, LOSE, Trigger

_THE_PART = re.compile(
    r"\bthe\s+(?:city'?s\s+|town'?s\s+)?(?:airport|airfield|outskirts|suburbs|old\s+city|(?:main\s+)?bazaar|police\s+headquarters"
    r"|governor'?s\s+(?:compound|office|residence)|(?:main\s+|central\s+)?prison|jail)\b"
    r"(?!'s(?!\s+(?:outer\s+|main\s+|front\s+)?(?:walls?|gates?|perimeter|entrance|runway|fence)\b)"  # "the jail's outer wall": still the jail
    r"|\s+(?:of|in|at|near|outside|north|south|east|west)\b)",  # "the outskirts of Farah" names its town; "the prison's director" no place
    re.IGNORECASE,
)
# between the verb and "the": at most "went on", "continued" and a preposition of place
_VERB_GAP = re.compile(r"\s*(?:(?P<going>went\s+on|continued|raged|broke\s+out|erupted)\s+)?(?:(?:into|in|on|at|around|near|inside|outside|towards?|close\s+to)\s+)?")
_BAZAAR = re.compile(r"the\s+(?:main\s+)?bazaar\b", re.IGNORECASE)
_KINDS = (FIGHT, ENTER)
_OUTCOMES = (CAPTURE, FALL, HANDOVER, LEAVE, LOSE)  # "took the city; troops held out at the airport": a holdout, no fight for it
_SHOTS = ("gunfire", "shoot", "shot", "firing")  # crowds at an airport after a fall: no fight for the town


def is_bazaar(sentence: str, at: int) -> bool:
    """Return True when the part at `at` (one `definite_parts` found) is "the (main) bazaar": a
    district centre's market as much as a town's, so a rural district's too."""
    return _BAZAAR.match(sentence, at) is not None


def definite_parts(sentence: str, triggers: Sequence[Trigger]) -> list[int]:
    """Return where each "the <part>" ("the airport", "the outskirts") stands right after a verb of
    fighting or entering in `sentence` (`triggers` being its own)."""
    if "the " not in sentence.lower() or any(t.kind in _OUTCOMES for t in triggers):
        return []
    verbs = [(t.end, t.nominal) for t in triggers if t.kind in _KINDS and not t.text.lower().startswith(_SHOTS)]
    return [m.start() for m in _THE_PART.finditer(sentence) if any(_governs(sentence, end, nominal, m.start()) for end, nominal in verbs)]


def _governs(sentence: str, end: int, nominal: bool, start: int) -> bool:
    """Return True when the verb (or a fighting noun with its own verb: "clashes continued")
    ending at `end` reaches the part at `start`."""
    gap = _VERB_GAP.fullmatch(sentence, end, start) if end <= start else None
    return gap is not None and (not nominal or gap.group("going") is not None)


# "Taliban take Kishim bazaar": the named town's market, a part of it ("the district bazaar" after a
# surrender is where the winners are seen, not a part fought over)
_MARKET_AFTER = re.compile(r"\s+(?:main\s+|central\s+|old\s+)?(?:bazaar|market)\b", re.IGNORECASE)


def named_market_after(sentence: str, start: int, end: int) -> bool:
    """Return True when the place named (capitalised) at [start, end) is followed by its market
    ("Kishim bazaar", "X main market"): what the verb is about is that part of it."""
    return sentence[start:start + 1].isupper() and _MARKET_AFTER.match(sentence, end) is not None
