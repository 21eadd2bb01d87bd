"""A singular relative clause after a list belongs to its last place, and a "where" clause to the
place right before it.

"The army still holds Gardez, Khost and Mazar-i-Sharif, which is besieged by the militants": "which
is" (singular) speaks of Mazar-i-Sharif alone, so the siege says nothing of Gardez or Khost, nor of a
place named before the list ("besides Kabul, the government holds X and Y, which is surrounded").
A plural relative clause ("X and Y, which were surrounded") speaks of the whole list, and a verb past
the clause's closing comma ("X and Y, which is the larger, fell") is the main clause's again.

"Families reached Kabul from Ghazni, where clashes went on", "the convoy left Herat for Qala-i-Naw,
where fighting raged": the fighting of a "where" clause is at the place named right before it, not
at one named earlier and joined to it by a preposition (a list, "Kunduz and Takhar provinces, where
fighting raged", shares the clause).

"Government control was limited to Kabul, and Jalalabad also fell": a name joined by ", and" with
"also" (or "too") before the verb is that verb's own subject; the place before the comma is not.
A list with a serial comma is one subject: in "Sheberghan, Taloqan, and Aybak also fell" the names
before ", and" are joined by commas alone, no verb between them, and all three fell.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import MONTHS
from frontmap.extract.weekday_dates import WEEKDAYS

_SINGULAR_RELATIVE = re.compile(
    r",\s*(?:which|that|who)\s+(?:(?:is|was|has|had|remains|remained|itself|also|now|still|already|been|being|reportedly)\s+)+",
    re.IGNORECASE,
)
# another name joined after the place: ", Khost and Mazar" / " and the northern hub of Mazar" (a list ends
# in "and": an apposition, "X, the capital of Balkh, which is", joins none)
_LIST_JOIN = re.compile(r"\s(?:and|or)\s+(?:[\w'’-]+\s+){0,4}?[A-Z]")
_WHERE = re.compile(r",\s*where\s", re.IGNORECASE)
# ", and Jalalabad also" / ", while the northern city of Mazar too" right before the verb
_ALSO_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?:[\w'’-]+\s+){0,4}?[A-Z][\w'’-]*\s+(?:also|too|likewise)\s+(?:(?:has|have|had|was|were)\s+)?$")
# ", Taloqan, Sar-e Pul" between the place and ", and X also": more items of one list with a serial
# comma (names and commas only: "Kabul, and Jalalabad also fell" has none, so Kabul is not the subject)
_SERIAL_ITEMS = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:[\s-]+(?:e|i|ye|[A-Z][\w'’-]*))*)*(?=,\s+and\s)")
_ITEM_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+$")  # "Samangan, " right before the place: the place is a later item
# a name, not a day or a month ("the defence of Kandahar city on Monday, where fighting ...": Kandahar's)
_NAME = re.compile(r"\b(?!(?i:" + "|".join(sorted(WEEKDAYS) + sorted(MONTHS)) + r")\b)[A-Z][\w'’-]")


def belongs_to_later_place(sentence: str, end: int, trigger_start: int, start: int | None = None) -> bool:
    """Return True when the control word at `trigger_start` stands in a singular relative clause
    ("..., which is surrounded") that a list joins to a place named after the one ending at `end`,
    or in a "where" clause opened right after another name ("Kabul from Ghazni, where clashes"), or
    when another name with "also" is the verb's own subject ("Kabul, and Jalalabad also fell"), unless
    the place (starting at `start`, when given) is an item of a list with a serial comma."""
    gap = sentence[end:trigger_start]
    also = _ALSO_SUBJECT.search(gap)
    if also:
        serial = _SERIAL_ITEMS.match(gap)
        listed = serial is not None and serial.end() == also.start() and (
            serial.end() > 0 or (start is not None and _ITEM_BEFORE.search(sentence, max(0, start - 40), start) is not None))
        return not listed  # "Kabul, and Jalalabad also fell": Jalalabad's verb
    relatives = list(_SINGULAR_RELATIVE.finditer(gap))
    if not relatives:
        return _where_of_later_name(gap)
    relative = relatives[-1]
    if "," in gap[relative.end():]:
        return False  # the clause closed before the verb: the main clause's verb
    return _LIST_JOIN.search(gap, 0, relative.start()) is not None


def _where_of_later_name(gap: str) -> bool:
    """Return True when `gap` (from the place to the control word) opens a "where" clause, still
    open at the word, right after another name that no list joins to the place ("Kabul from
    Ghazni, where")."""
    wheres = list(_WHERE.finditer(gap))
    if not wheres or "," in gap[wheres[-1].end() :]:
        return False
    before = gap[: wheres[-1].start()]
    return _NAME.search(before) is not None and _LIST_JOIN.search(before) is None and "," not in before
