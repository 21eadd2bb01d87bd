"""A province fought over in a segment of its own, beside a town of it told in another.

"Clashes erupted across Helmand on Sunday, and Lashkar Gah was shelled", "Fighting raged in
Kandahar province while Kandahar city remained calm", "X entered Ghazni city, while clashes went
on in other parts of Ghazni province", "With the fall of Zaranj, the whole of Nimroz province is in
Taliban hands": the sentence names a town of the province, yet the province
is told on its own, in a part of the sentence (cut at ", and", "while", ";", ", but") that names no
town or district of it. The province is then an event beside the town.

Only a province the text writes as a whole counts: "X province", "the province of X", "across X",
"the rest of X", "other parts of X". "Fighting broke out in Nimroz, and by afternoon the Taliban had
overrun the provincial capital" is the fight for the capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.status import CLAIMED, CONTESTED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.rules import Verdict
    from frontmap.extract.targets import Target

# where one part of a sentence ends and another, with its own subject, begins
# ("With the fall of Zaranj on Friday, the whole of Nimroz is ...": the fronted fall of a town is a part of its own)
_SEGMENT_BREAK = re.compile(
    r",\s*(?:and|but|while|whereas|as|with)\b|\s(?:while|whereas)\s|;|\s[-–—]\s|\bwith\s+the\s+(?:fall|capture|loss|surrender)\s+of\s[^,;]{1,80},",
    re.IGNORECASE,
)
_STATUSES = (CONTESTED, TALIBAN, CLAIMED)
_WHOLE_BEFORE = re.compile(
    r"\b(?:across|throughout|all\s+over|(?:the\s+)?rest\s+of|remainder\s+of|(?:other\s+|several\s+|many\s+)?parts\s+of|elsewhere\s+in"
    r"|province\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$",
    re.IGNORECASE,
)
_FALL = re.compile(r"\b(?:overr[au]n|captur(?:ed|es?)|seiz(?:ed|es?)|fell|fallen|taken|took|handed|surrender(?:ed|s)?)\b", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z’'. -]+,\s[^-–—]{0,40}?\s[-–—]\s")
_REFERENCE = re.compile(r"(?:the|its|their|this|that)\s", re.IGNORECASE)
_PROVINCE_AFTER = re.compile(r"(?:['’]s)?\s+province\b", re.IGNORECASE)


def told_in_own_segment(sentence: str, verdict: Verdict, target: Target, targets: Sequence[Target],
                        mentions: Sequence[Mention], s_start: int) -> bool:
    """Return True when the province at `target` and the verb of its `verdict` stand in a part of
    the sentence that names no town or district of the province (a dateline's city aside), and no
    reference falling in another part ("..., and by dusk they had overrun the provincial capital")
    tells the fight was for its capital (`targets`: the
    sentence's; `mentions`: its named places, at `s_start` in the text)."""
    if verdict.status not in _STATUSES or target.anaphor or not _written_as_whole(sentence, target):
        return False
    lo, hi = _segment(sentence, min(target.start, verdict.trigger_start), max(target.end, verdict.trigger_start))
    if lo is None:
        return False
    code, key = target.place.province_code, target.place.key
    inside = [(t.start, t.end, t.anaphor, t.place) for t in targets]
    inside += [(m.start - s_start, m.end - s_start, False, m.place) for m in mentions]
    towns = [(at, _a_reference(sentence, at, end, anaphor)) for at, end, anaphor, place in inside
             if place.province_code == code and place.key != key and place.kind != "province"]
    if any(reference and _falls_in_its_part(sentence, at) for at, reference in towns):
        return False  # "across Nimroz ..., and by dusk they had overrun the provincial capital": the fight for the capital
    dateline = _DATELINE.match(sentence)  # "KANDAHAR, July 15 - ": where the report was filed, no town told of
    return not any(lo <= at < hi for at, _ in towns if dateline is None or at >= dateline.end())


def _falls_in_its_part(sentence: str, at: int) -> bool:
    """Return True when the part of the sentence holding position `at` tells a fall or capture."""
    lo, hi = _segment(sentence, at, at + 1)
    return lo is not None and _FALL.search(sentence, lo, hi) is not None


def _a_reference(sentence: str, start: int, end: int, anaphor: bool) -> bool:
    """Return True when the place at [start, end) is named by a reference, not by its name ("the
    provincial capital", "its capital")."""
    return anaphor or _REFERENCE.match(sentence, start, end) is not None


def _written_as_whole(sentence: str, target: Target) -> bool:
    """Return True when the province at `target` is written as a province or as its whole extent."""
    if target.place.kind != "province":
        return False
    if "province" in sentence[target.start : target.end].lower() or _PROVINCE_AFTER.match(sentence, target.end):
        return True
    return _WHOLE_BEFORE.search(sentence, max(0, target.start - 40), target.start) is not None


def _segment(sentence: str, start: int, end: int) -> tuple[int | None, int]:
    """Return the bounds of the part of the sentence holding [start, end), or (None, 0) when a break
    falls inside the span (the province and its verb are told in different parts)."""
    lo, hi = 0, len(sentence)
    for cut in _SEGMENT_BREAK.finditer(sentence):
        if cut.end() <= start:
            lo = cut.end()
        elif cut.start() >= end:
            hi = cut.start()
            break
        else:
            return None, 0
    return lo, hi
