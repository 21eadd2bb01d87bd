"""The dateline's place: "HERAT, July 9 -", "KUNDUZ, Afghanistan (AP) -", "Kabul [Afghanistan] July 27 (ANI):",
and the bare capitals of a copy that lost its dash: "KABUL Afghan authorities on Tuesday vowed ...".

A dateline says where the report was filed, not what happened there, so the place it names does not
count as a town of a province when the sentence tells an event of the whole province ("HERAT, July 9 -
Heavy fighting raged in Herat province": the province is fought over, the dateline is no part of it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

__all__ = ["DATELINE_HEAD", "bare_dateline", "is_dateline", "line_dateline", "outside_dateline"]

#: A dateline at a sentence's start, up to its day (its dash or colon follows): "KABUL, Aug 14", and
#: a place whose name holds a hyphen ("PUL-E KHUMRI, Sept 25"), as pattern text
DATELINE_HEAD = r"[A-Z](?:[^-–—:\n]|-(?=\w)){0,60}?[\d)]"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# What follows the dateline's place: a country, an agency, a month and day, then a dash or a colon,
# or the bullet some papers print after it ("KABUL • Taleban fighters have ...")
_DATELINE_TAIL = re.compile(
    r"(?:/[A-Z][A-Z-]+)?\s*(?:,\s*|\s+)?(?:[\[(]?Afghanistan[\])]?\s*,?\s*)?(?:" + _MONTH + r"\s*,?\s*)?(?:\([A-Za-z.]+\)\s*)?[-–—:•]",
)


# the first of two places a report was filed from, in capitals ("KANDAHAR/KABUL • ..."): the second
# is a dateline's place too
_CO_DATELINE = re.compile(r"[A-Z][A-Z-]+/")


def outside_dateline(sentence: str, s_start: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Return `mentions` (of the sentence starting at `s_start` in the article) without the one
    that is the sentence's dateline place, if any."""
    return [m for m in mentions if not is_dateline(sentence, m.start - s_start, m.end - s_start)]


def is_dateline(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` opens it and a dateline's tail follows."""
    lead = sentence[:start].strip(" \t\n\"'“(")
    if start < 0 or (lead and not _CO_DATELINE.fullmatch(lead)) or not _DATELINE_TAIL.match(sentence, end):
        return False
    tail = _DATELINE_TAIL.match(sentence, end).group(0)
    return sentence[start:end].isupper() or bool(re.search(r"\d|Afghanistan|\(", tail))


def line_dateline(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` is a capitals-and-colon dateline
    opening a line of it ("Taliban take Nerkh\nKABUL: The insurgents ...": a headline the sentence
    cut did not split off; not a timeline's "Kunduz, Aug 8:", which tells an event there), or a
    title-case one before a report's full sentence ("Kabul: According to the official, ...")."""
    if not sentence.startswith(":", end) or not (sentence[start:end].isupper() or _titled_filing(sentence, start, end)):
        return False
    return not sentence[sentence.rfind("\n", 0, start) + 1 : start].strip(" \t\"'“(")


# a report's own sentence after a title-case dateline's colon: a capitalised word, then at least
# nine more words on the line ("Kabul: According to the official, Taliban fighters entered ...")
_FILED_SENTENCE = re.compile(r": +[A-Z][\w'’-]*(?:[ ,]+[\w'’-]+){9}")


def _titled_filing(sentence: str, start: int, end: int) -> bool:
    """Return True when a title-case name before a colon opens a report's sentence ("Kabul:
    According to the official, ..."): the way many outlets file, where a short line after a
    name ("Zaranj: fell on Aug 6") is a timeline's entry for that place."""
    name = sentence[start:end]
    return name[:1].isupper() and not name.isupper() and _FILED_SENTENCE.match(sentence, end) is not None


# after a bare capitals dateline: one space and a capitalised word in lower case ("KABUL Afghan ...")
_BARE_TAIL = re.compile(r" (?=[A-Z][a-z])")


def bare_dateline(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` opens it in capitals with no mark
    after it, the sentence going on in ordinary case ("KABUL Afghan authorities on Tuesday vowed
    ..."): a dateline whose dash or comma the copy lost, not a headline in capitals."""
    name = sentence[start:end]
    if len(name) < 4 or not name.isupper() or sentence[:start].strip(" \t\n\"'“("):
        return False
    return _BARE_TAIL.match(sentence, end) is not None and sentence[end:].strip() != sentence[end:].strip().upper()
