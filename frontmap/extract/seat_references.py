"""Seat references: "the governor's compound", named with no town, is the seat of the town the report
is about.

Reports of a town's last hours tell them through its buildings: "the Taliban overran the governor's
office", "security forces still held the governor's compound", "fighting went on around the
governor's compound". A governor's seat with no place named after it ("the governor's office in
Kunduz" names its own) means the town a definite "the city" would mean there (a district
governor's, "the district"), and taking, holding or fighting at the seat is told of that town: the
map follows who holds the seat. A seat the government still holds, though, is told while the
town around it is being lost ("the governor's office was still in government hands", "held all but
the governor's compound"), so it tells no hold of the town. Only a sentence that names no town or district of its own reads one
(a named place is what such a sentence is about), and the police's buildings alone stay parts of a
city, never its seat; an office that speaks ("the governor's office said") is no place at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from frontmap.extract.datelines import is_dateline
from frontmap.status import GOVERNMENT

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents

# "the governor's compound", "the provincial governor's office", "the district governor's
# headquarters" (not "the governor's office in Kunduz": a place named after it)
SEAT_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?P<district>district)\s+|provincial\s+)?governor['’]s\s+"
    r"(?:office|offices|compound|residence|mansion|headquarters|palace)\b(?!\s+(?:in|of|at)\s+[A-Z])"
    # not the office as a speaker: "the governor's office said", "the governor's office spokesman"
    r"(?!['’]s\b|\s+(?:said|says|told|announced|reported|confirmed|denied|stated|added|spokes\w+|statement|in\s+a\s+statement)\b)"
)

_CITY_WORD = re.compile(r"\b(?:city|provincial\s+capital)\b", re.IGNORECASE)


def seats_in(text: str) -> Iterator[re.Match[str]]:
    """Return the matches of every governor's seat with no place after it in `text`."""
    return SEAT_REFERENCE.finditer(text) if "governor" in text else iter(())


def unnamed_seats(antecedents: Antecedents, sentence: str, s_start: int, named_towns: Callable[[], bool]) -> Iterator[tuple[int, int, Mention]]:
    """Yield (start, end, mention) for each governor's seat `sentence` (starting at `s_start` of the
    text) names with no place, the mention being the town (or, for a district governor's, the district)
    it belongs to; nothing when the sentence names a town or district where something happens
    (`named_towns`, asked only when a seat is there: not a destination "fled towards Kabul")."""
    seats = list(seats_in(sentence))
    if not seats or named_towns():
        return
    for match in seats:
        if sentence.endswith(("according to ", "According to "), 0, match.start()):
            continue  # "according to the governor's office": a source, no place
        antecedent = antecedents.resolve(s_start + match.start(), "district" if match.group("district") else "city")
        antecedent = _district_over_dateline(antecedents, s_start + match.start(), sentence[: match.start()], antecedent)
        if antecedent is not None and antecedent.place.kind != "province":
            yield match.start(), match.end(), antecedent


def _district_over_dateline(antecedents: Antecedents, position: int, before: str, antecedent: Mention | None) -> Mention | None:
    """Return the district of the dateline city's province named after the dateline when
    `antecedent` is that dateline's city and no city is spoken of since ("KANDAHAR - ... withdrew
    from Maiwand ... seized the governor's office": the district governor's; `before`: the seat's
    sentence up to it), else `antecedent`."""
    if antecedent is None or antecedent.place.kind == "province":
        return antecedent
    index = antecedent.sentence_index
    s_start = antecedents.sentence_start(index)
    if not is_dateline(antecedents.sentence_text(index), antecedent.start - s_start, antecedent.end - s_start):
        return antecedent
    district = antecedents.resolve(position, "district")
    if district is None or district.start <= antecedent.start or district.place.province_code != antecedent.place.province_code:
        return antecedent
    between = " ".join(antecedents.sentence_text(i) for i in range(index, district.sentence_index + 1)) + before
    # "fighting spread from X district into the city ... stormed the governor's office": the city's
    return antecedent if _CITY_WORD.search(between) else district


def seat_held(sentence: str, start: int, status: str) -> bool:
    """Return True when the target at `start` of `sentence` is an unnamed governor's seat the
    government holds (`status`): a holdout, no hold of its town."""
    return status == GOVERNMENT and SEAT_REFERENCE.match(sentence, start) is not None
