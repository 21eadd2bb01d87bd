"""How far a date reaches across paragraphs and tellings (for `frontmap.extract.dates.ArticleDates`).

- A flashback ("On Saturday night, ..." in a report whose lead tells Sunday's news; "retook X on
  Tuesday. The Taliban had overrun it on Saturday.") dates its own paragraph only: the paragraphs
  after it go back to the day in force before it.
  A sentence that counts on from the date in force ("... and Sheberghan the next day", "two days
  later", "fighting soon broke out in X") still continues the flashback's sequence: its days are the
  flashback's (a month's too: "In early May, ... / Fighting soon breaks out in Helmand" is May).
  So does the paragraph right after it when it opens by naming the units the flashback counted
  ("overran two districts on Sunday. / Dushi and Khinjan fell ...": `counted_sequels`).
- A line that is only a date ("Aug. 12:", "Thursday, August 12") opens a section of a timeline:
  its day holds for the paragraphs under it, earlier than the lead's or not
  (`frontmap.extract.date_lines.is_heading`).
- A month named alone ("In March, the minister warned ...") is background: like a flashback it holds
  within its paragraph only, and there for its own sentence and the next, so an undated telling
  further on ("nobody expected how fast Kabul fell") is not put in that month; the sentence after
  it ("They overran the district after a week") still is.
- A vague window ("in recent weeks", "over the past few days") dates its own telling, but gives no
  day for another telling of the same place to take.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from frontmap.extract.anchor_complements import complement
from frontmap.extract.chronicles import reads_as_chronicle
from frontmap.extract.counted_sequels import names_the_counted
from frontmap.extract.date_expressions import DateExpression, find_date_expressions
from frontmap.extract.date_ranges import RANGE_BASIS, span_basis
from frontmap.extract.date_references import retells_force
from frontmap.extract.date_scope import Dated, role_of

MONTH_BASIS = "month"  # a carried date that came from a month named alone
_MONTH_REACH = 1  # sentences after its own that a month named alone dates
_SOON = re.compile(r"(?<!\bas )\bsoon\b(?!\s+as\b)|\bshortly\s+after(?:wards?)?\s*[,.]", re.IGNORECASE)  # not "as soon as"
_VAGUE_WINDOW = re.compile(r"recent|past|few|several|\b(?:days|weeks|months)\b(?!\s+ago)", re.IGNORECASE)
# a count of days from a known day is exact, no window: "two days earlier", "three weeks later"
_COUNTED_SPAN = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days|weeks|months)\s+(?:ago|earlier|later|before|after)\b", re.IGNORECASE)


def is_flashback(carried: tuple[dt.date, str] | None, opened_under: tuple[dt.date, str] | None) -> bool:
    """Return True when the date a sentence puts in force (`carried`) is a month named alone, or
    earlier than the one its paragraph opened under (`opened_under`)."""
    if carried is not None and carried[1] == MONTH_BASIS:
        return True
    return carried is not None and opened_under is not None and None not in (carried[0], opened_under[0]) and carried[0] < opened_under[0]


def month_outlived(carried: tuple[dt.date, str] | None, distance: int) -> bool:
    """Return True when `carried`, the date in force `distance` sentences after the one that put
    it in force, is a month named alone gone past its reach."""
    return carried is not None and carried[1] == MONTH_BASIS and distance > _MONTH_REACH


def carried_basis(dated: Dated, events: Sequence[Dated] = (), dates: Any = None) -> str:
    """Return the basis a sentence's date `dated` (one of its event dates `events`) is put in
    force with: `MONTH_BASIS` for a month named alone ("in June"; not in the chronicle `dates`
    reads, `chronicles`: there it is an entry's date), RANGE_BASIS for a span of days ("fell
    between 19 May and 13 July"), else its own."""
    if dated.expr.kind == "month" and (dates is None or not reads_as_chronicle(dates)):
        return MONTH_BASIS
    return RANGE_BASIS if span_basis(dated, events) == RANGE_BASIS else dated.basis


def in_force_basis(carried: tuple[dt.date, str]) -> str:
    """Return the basis of an event the date in force `carried` dates: RANGE_BASIS when a span put
    it in force (the next sentence's "Three of those districts were handed over" happened on some
    day of it, not on its first), else "carried"."""
    return RANGE_BASIS if carried[1] == RANGE_BASIS else "carried"


def later_of(*days: tuple[dt.date, str] | None) -> tuple[dt.date, str] | None:
    """Return the latest of the dates in force `days` (None when none is given)."""
    return max((d for d in days if d is not None), key=lambda d: d[0], default=None)


def paragraph_opening(sentences: Sequence[tuple[int, int]], paragraph: int, index: int) -> int:
    """Return the index of the first sentence at or after offset `paragraph` (the start of the
    paragraph of sentence `index`), counting back from `index`."""
    while index > 0 and sentences[index - 1][0] >= paragraph:
        index -= 1
    return index


def only_a_window(dated: Iterable[Dated], date: dt.date) -> bool:
    """Return True when the event expressions of `dated` that give `date` are all vague windows
    ("in recent weeks"; not "last week", "two days ago", "two days earlier"), and there is at least one."""
    found = [d for d in dated if d.role == "event" and d.date == date]
    return bool(found) and all(_VAGUE_WINDOW.search(d.expr.text) and not _COUNTED_SPAN.search(d.expr.text) for d in found)


def goes_on(text: str, sentences: Sequence[tuple[int, int]], source: int, index: int) -> bool:
    """Return True when sentence `index` continues the flashback sentence `source` put in force:
    it counts on from its day (`counts_on`), or it opens the paragraph right after the one of
    `source` by naming the units `source` counted."""
    sentence = text[slice(*sentences[index])]
    if counts_on(sentence):
        return True
    breaks = [k for k in range(source, index) if "\n" in text[sentences[k][1] : sentences[k + 1][0]]]
    return breaks == [index - 1] and names_the_counted(text[slice(*sentences[source])], sentence)  # the very next paragraph


@functools.lru_cache(maxsize=512)  # asked for the same sentence at each of its places
def counts_on(sentence: str) -> bool:
    """Return True when the sentence counts days on from the date in force ("the next day", "two
    days later", "a day earlier", or "soon" / "shortly afterwards"). A shift anchored on a change of its own ("two days after US
    forces left Bagram") counts from that change, not from the date in force."""
    if _SOON.search(sentence):
        return True  # "Fighting soon breaks out in X": shortly after the day (or month) in force
    return any(e.kind in ("relative", "shift") and not _anchored_elsewhere(sentence, e) for e in find_date_expressions(sentence))


def _anchored_elsewhere(sentence: str, expr: DateExpression) -> bool:
    """Return True when the shift `expr` has a complement that tells a change other than the one in
    force ("two days after US forces vacated Bagram"), not a retelling of it ("two days after its fall")."""
    if role_of(sentence, expr) != "anchor":
        return False
    lo, hi = complement(sentence, expr)
    return not retells_force(sentence, lo, hi)


def paragraph_openings(text: str, sentences: Sequence[tuple[int, int]], start: int, most: int) -> list[int]:
    """Return the indexes of the first `most` sentences from `start` on that open a paragraph of
    `text` (a newline before them), `start` counting when it opens one."""
    found = []
    for k in range(start, len(sentences)):
        if k > 0 and "\n" in text[sentences[k - 1][1] : sentences[k][0]]:
            found.append(k)
            if len(found) == most:
                break
    return found
