"""A part of a town owned by "its": "fighters pushed into its western neighbourhoods".

"The outskirts of X" and "X's western neighbourhoods" name the town; "its western neighbourhoods"
after a verb of fighting or entering only points back to it. The town is the one "it"
would mean at that point (the last town or district named in the sentence or the one before,
`frontmap.extract.references.resolve_pronoun`), and the words after "its" make it a part of the
town: a fight there is fighting in the town. "Its district centre" after a verb of taking, losing,
handing over, fighting or entering is the district's seat, so the whole district ("overran its
district centre late on Tuesday"). A bare "its centre" (headquarters, compound) after a verb of
taking, losing, handing over or leaving is that seat too when "its" means a district ("retook X, a day after
the insurgents had overrun its centre"); a town's centre is only a part of the town, so the caller
keeps those for districts (`bare_seat_pronouns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import CAPTURE, ENTER, FIGHT, HANDOVER, LEAVE, LOSE, RETAKE, Trigger

_SIDE = r"(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|outer|central|old|residential)"
# "its western neighbourhoods", "its outskirts", "its southern edge", "its streets" (each "its" pattern opens
# with its letter and looks back at the word: a leading \b made the scan of a whole text try every position)
_ITS = r"i(?<!\wi)ts\s+"
_ITS_PART = re.compile(
    rf"{_ITS}(?:{_SIDE}\s+){{0,2}}(?:neighbou?rhoods?|outskirts|suburbs?|quarters?|edges?|gates?|outer\s+districts|cent(?:re|er)|streets|bazaars?|perimeter)\b"
)
# between the verb and "its": at most a preposition of place ("pushed into its", "attacked its")
# (a fight's own verb may come first: "fighting raged on its southern outskirts")
# (or where it got to: "fighting reached its outskirts", "clashes had spilled into its streets")
_VERB_GAP = re.compile(
    r"\s*(?:(?:has\s+|had\s+)?(?:raged|continued|went\s+on|broke\s+out|erupted|flared|intensified|spread|reached|neared|approached"
    r"|engulfed|spilled(?:\s+over)?|moved|crept)\s+)?(?:(?:into|in|on|at|to|around|inside|towards?)\s+)?"
)
_KINDS = (FIGHT, ENTER)  # not a taking: "captured its suburbs" would read as the whole town's fall
# the seat of a district is the district itself: "overran its district centre" is the district's fall
_ITS_SEAT = re.compile(_ITS + r"(?:district\s+(?:cent(?:re|er)|headquarters|compound)|administrative\s+cent(?:re|er))\b")
_SEAT_KINDS = (CAPTURE, RETAKE, LOSE, HANDOVER, FIGHT, ENTER)
_ITS_BARE_SEAT = re.compile(_ITS + r"(?:main\s+)?(?:cent(?:re|er)|headquarters|compound)\b")
# a fight at "its centre" is already a part's (`_ITS_PART`); a leaving verb only with the seat its object
# ("abandoned its headquarters"; "fell back to its centre" stays inside the district)
_TAKING_KINDS = (CAPTURE, RETAKE, LOSE, HANDOVER, LEAVE)


def part_pronouns(sentence: str, triggers: Sequence[Trigger]) -> list[int]:
    """Return where each "its" stands that owns a part of a town ("its western neighbourhoods")
    right after a verb of fighting or entering in `sentence`, or a district's seat ("its district
    centre") right after a verb of control (`triggers` being its own)."""
    if "its " not in sentence:
        return []
    found = []
    for pattern, kinds in ((_ITS_PART, _KINDS), (_ITS_SEAT, _SEAT_KINDS)):
        ends = [t.end for t in triggers if t.kind in kinds and not t.nominal]
        for match in pattern.finditer(sentence):
            if any(end <= match.start() and _VERB_GAP.fullmatch(sentence, end, match.start()) for end in ends):
                found.append(match.start())
    return sorted(found)


def its_positions(text: str) -> list[int]:
    """Return where each "its" before a part or seat of a place stands in `text` (the sentences
    that may speak of a place only so: "The insurgents overran its centre on Tuesday")."""
    return [m.start() for pattern in (_ITS_PART, _ITS_SEAT, _ITS_BARE_SEAT) for m in pattern.finditer(text)] if "its " in text else []


def bare_seat_pronouns(sentence: str, triggers: Sequence[Trigger]) -> list[int]:
    """Return where each bare "its centre" (headquarters, compound) stands right after a verb of
    taking, losing or handing over in `sentence` ("had overrun its centre"): the seat of the
    district "its" means, when it means a district (`triggers` being the sentence's own)."""
    if "its " not in sentence:
        return []
    ends = [(t.end, t.kind == LEAVE) for t in triggers if t.kind in _TAKING_KINDS and not t.nominal]
    return [m.start() for m in _ITS_BARE_SEAT.finditer(sentence)
            if any(end <= m.start() and (sentence[end:m.start()].isspace() if left else _VERB_GAP.fullmatch(sentence, end, m.start())) for end, left in ends)]
