"""Headings: a timeline or factbox line that names its place only in an upper-case heading.

"- Aug. 7 - SHEBERGHAN. Taliban fighters take control, the second capital to fall in a day": the
sentence after a heading (a place's name alone in capitals, a date before it or not) that names no
place of its own tells of the heading's place; its control verb's object is that place. ("The city"
in such a line already means the heading's place: `references` resolves it.) So does a line whose
heading ends in a colon ("August 8 – Kunduz: The Taliban take control.", "Kunduz, August 8: ..."),
when the heading's name is the only one the line gives; so does a live blog's entry that opens on
its clock time ("10:30 GMT - Kunduz: Taliban fighters take control."), unless the verb's object is a
part of the town ("... have captured the airport": a part taken is no fall of the town). A name
alone in capitals on the line under the headline, with no date before it, is the report's dateline
("KABUL" over its first paragraph): what that paragraph tells is not told of the dateline's city.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents
    from frontmap.extract.triggers import Trigger

_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
# "- Aug. 8 - KUNDUZ.", "Aug 8: KUNDUZ", "KUNDUZ": nothing but a date and a name in capitals
_HEADING = re.compile(r"^[\s\-–—•*]*(?:" + _MONTH_DAY + r"\s*[-–—:,]\s*)?(?P<name>[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2})\s*[.:\-–—]?\s*$")


def heading_place(antecedents: Antecedents, index: int, triggers: Sequence[Trigger]) -> tuple[Mention, int] | None:
    """Return the mention of the heading right before sentence `index` (which names no place and
    has `triggers`) and where its first control verb ends (the heading's place is its object), or
    None when no such heading stands there."""
    if not triggers or index == 0:
        return None
    line = antecedents.sentence_text(index - 1)
    if index - 1 < _FIRST_ENTRY and not _DATED_HEADING.match(line):
        return None  # "KABUL" alone under the headline: the dateline set apart, not a timeline's entry
    heading = _heading_mention(line, antecedents.mentions_of(index - 1))
    return None if heading is None else (heading, triggers[0].end)


_FIRST_ENTRY = 2  # a headline and a dateline come before any entry
_DATELINE_REACH = 3  # "HERAT, July 8: ..." within the first sentences is the dateline, not an entry (as dates reads it)
# "August 8 – " before the name, then a colon or full stop after it; or the name first: "Kunduz, August 8:"
_DATED_BEFORE = re.compile(r"^[\s\-–—•*]*" + _MONTH_DAY + r"\s*[-–—:,]\s*$")
_COLON_AFTER = re.compile(r"\s*[:.]\s")
_PART_OBJECT = re.compile(r"\s+the\s+(?:city'?s\s+|town'?s\s+)?(?:airport|airfield|outskirts|suburbs|old\s+city|bazaar|prison|jail|police\s+headquarters)\b", re.IGNORECASE)
_DATED_AFTER = re.compile(r"\s*,\s*" + _MONTH_DAY + r"\s*:\s")
_DATED_HEADING = re.compile(r"^[\s\-–—•*]*" + _MONTH_DAY)  # "Aug. 7 - SHEBERGHAN.": an entry, wherever it stands
# a live blog's entry: "10:30 GMT - Kunduz:", "9:30 AM IST: Kunduz:", "09:15 Kunduz:"
_CLOCK_BEFORE = re.compile(r"^[\s\-–—•*]*\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:GMT|UTC|IST|BST|local\s+time))?\s*[-–—:,]?\s*$")


def inline_heading(sentence: str, s_start: int, index: int, mentions: Sequence[Mention],
                   triggers: Sequence[Trigger]) -> tuple[Mention, int] | None:
    """Return the mention line `index` opens with as its heading ("August 8 – Kunduz: ...",
    `mentions` being the line's, at `s_start` in the text) and where the first control verb after
    it ends, or None when the line has no such heading or names another place (its own province
    may follow: "Aug. 7 - Sheberghan: The Taliban say they took the northern province of Jawzjan")."""
    if index < _FIRST_ENTRY or not mentions or not triggers:
        return None
    mention = mentions[0]
    if any(m.place.kind != "province" or m.place.province_code != mention.place.province_code for m in mentions[1:]):
        return None
    start, end = mention.start - s_start, mention.end - s_start
    verbs = [t for t in triggers if t.start > end]
    clocked = _CLOCK_BEFORE.match(sentence, 0, start) and not (verbs and _PART_OBJECT.match(sentence, verbs[0].end))
    dated_before = (_DATED_BEFORE.match(sentence, 0, start) or clocked) and _COLON_AFTER.match(sentence, end)
    dated_after = index > _DATELINE_REACH and not sentence[:start].strip(" -–—•*") and _DATED_AFTER.match(sentence, end)
    return (mention, verbs[0].end) if (dated_before or dated_after) and verbs else None


def after_headings(text: str, sentences: Sequence[tuple[int, int]], by_sentence: Mapping[int, Sequence[Mention]]) -> set[int]:
    """Return the indexes of the sentences right after a heading (`by_sentence`: the mentions of
    each sentence of `text`)."""
    return {
        i + 1 for i, mentions in by_sentence.items()
        if len(mentions) == 1 and i + 1 < len(sentences) and _heading_mention(text[slice(*sentences[i])], mentions)
    }


def _heading_mention(sentence: str, mentions: Sequence[Mention]) -> Mention | None:
    """Return the one place `sentence` names when it is a heading (its name in capitals), else None."""
    match = _HEADING.match(sentence)
    if match is None or len(mentions) != 1 or not mentions[0].surface.isupper():
        return None
    return mentions[0] if mentions[0].surface in match.group("name") else None
