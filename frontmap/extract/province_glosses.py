"""A province written only to say where the place before it lies: a bracketed gloss or a table's column.

Event databases and monitoring exports write the province beside every place, in brackets after
the place's phrase ("the Jaghatu district centre (Ghazni)", "the Spin Boldak border crossing
(Kandahar)") or in a column of its own ("12 July 2021 | Kandahar | Shah Wali Kot | ..."). When the
province is named like its capital (Ghazni, Kandahar, Herat), the name must not be read as the city.
`references.only_locates` already reads "X district (Y)"; here the gloss may stand after a longer
phrase about X (its centre, crossing, headquarters), a column may stand before or after X, and a
digest's line may open on the province and a colon ("- Kunduz: fighting near Imam Sahib").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from geodata.gazetteer import Place

__all__ = ["glosses_a_province"]

_PHRASE_REACH = 60  # characters from the place before to the bracket that glosses its phrase
# the name alone in the bracket: "(Ghazni)", "(Ghazni province)"
_BRACKET_CLOSE = re.compile(r"\s*(?:province\s*)?\)", re.IGNORECASE)
# between the place and the bracket: words of its own phrase, no clause or list break
_PHRASE_GAP = re.compile(r"[\w'’ -]*\(\s*$")
# a table's column break: a pipe (or a tab) and nothing else between the two names
_COLUMN_GAP = re.compile(r"\s*[|\t]\s*$")
# a digest line's heading: bullet marks, the name, a colon
_HEAD_COLON = re.compile(r"\s*:\s")
_BULLETS = " \t-–—•*"


def glosses_a_province(sentence: str, s_start: int, mentions: Sequence[Mention], i: int) -> bool:
    """Return True when mention `i` (of one sentence's `mentions`, by position), a province or a city
    named like its province, only glosses the province of a place of that province named next to it:
    in brackets closing that place's phrase, in a table column beside it, or heading a digest's line
    that names the place ("- Kunduz: fighting near Imam Sahib")."""
    mention = mentions[i]
    place = mention.place
    if place.kind != "province" and place.name.lower() != place.province.lower():
        return False
    start, end = mention.start - s_start, mention.end - s_start
    neighbours = ([(mentions[i - 1], True)] if i > 0 else []) + ([(mentions[i + 1], False)] if i + 1 < len(mentions) else [])
    for other, before in neighbours:
        if other.place.province_code != place.province_code or other.place.key == place.key or other.place.kind == "province":
            continue
        o_start, o_end = other.start - s_start, other.end - s_start
        gap = sentence[o_end:start] if before else sentence[end:o_start]
        if _COLUMN_GAP.fullmatch(gap):
            return True  # "Kandahar | Shah Wali Kot": the row's province column
        if before and start - o_end <= _PHRASE_REACH and _PHRASE_GAP.fullmatch(gap) and _BRACKET_CLOSE.match(sentence, end):
            return True  # "the Jaghatu district centre (Ghazni)"
    return _heads_its_line(sentence, (start, end), place, mentions[i + 1 :], s_start)


def _heads_its_line(sentence: str, span: tuple[int, int], place: Place, later: Sequence[Mention], s_start: int) -> bool:
    """Return True when the name at `span` opens its line before a colon ("- Kunduz: fighting went on
    near Imam Sahib") and the line then names a place of that province (`later`: the sentence's
    mentions after it): a digest's province heading, not the city."""
    start, end = span
    if not _HEAD_COLON.match(sentence, end) or sentence[sentence.rfind("\n", 0, start) + 1 : start].strip(_BULLETS):
        return False
    line_end = sentence.find("\n", end)
    return any(m.place.province_code == place.province_code and m.place.key != place.key and m.place.kind != "province"
               and (line_end < 0 or m.start - s_start < line_end) for m in later)
