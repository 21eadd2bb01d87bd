"""Chronicles: reports told as a run of dated paragraphs in the order of their days (for
`frontmap.extract.dates.ArticleDates`).

A timeline written in running text ("In early May, NATO begins its withdrawal. / Fighting breaks out
in Helmand and the insurgents capture Burka. / On May 8, ... / Mid-May, US forces leave ...") dates
each undated paragraph by the entry before it: there a month, or a part of one ("in early May",
"mid-June"), is the entry's date, carried to the paragraphs after it until the next date, as a
chronicle's month heading is. In a news report the same month is background ("In March, the minister
warned ..."), kept to its own sentence and the next (`date_flashback`).

A report reads as a chronicle when at least `_ENTRIES` of its paragraphs tell an event day of their
own (a written day, month or weekday: "On May 8", "in mid-June"), each no earlier than the one
before. A news report runs the other way: a lead on the latest day ("on Sunday"), then its background.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from frontmap.extract.date_expressions import find_date_expressions

_ENTRIES = 3  # dated paragraphs in day order that make a chronicle
_WRITTEN_KINDS = frozenset({"month_day", "month", "weekday"})  # days that count from nothing in force
_SLOT = "_reads_as_chronicle"


class _Dates(Protocol):
    """What this module reads of `frontmap.extract.dates.ArticleDates`."""

    _sentences: Any
    __dict__: dict[str, Any]

    def _sentence(self, index: int) -> str: ...
    def _paragraph(self, index: int) -> int: ...
    def _dated_of(self, index: int) -> list: ...
    def _sentence_is_caption(self, index: int) -> bool: ...
    def tells_news(self, index: int) -> bool: ...
    def is_headline(self, index: int) -> bool: ...


def reads_as_chronicle(dates: _Dates) -> bool:
    """Return True when the report of `dates` is a chronicle: `_ENTRIES` or more paragraphs whose
    first written event day runs forward, none earlier than the paragraph's before it (worked out
    once per report)."""
    known = dates.__dict__.get(_SLOT)
    if known is None:
        known = dates.__dict__[_SLOT] = _runs_forward(_paragraph_days(dates))
    return known


def _paragraph_days(dates: _Dates) -> list[dt.date]:
    """Return, paragraph by paragraph, the first event day a paragraph writes out (no headline,
    no caption; a sentence with a day counted from another, "two days later" or "the previous
    Friday", tells none; a lead's "on Sunday" does, so a report's background after it runs back)."""
    days: dict[int, dt.date] = {}
    for index in range(len(dates._sentences)):
        paragraph = dates._paragraph(index)
        if paragraph in days or dates.is_headline(index) or dates._sentence_is_caption(index) or not dates.tells_news(index):
            continue
        expressions = find_date_expressions(dates._sentence(index))
        if not expressions or any(e.kind not in _WRITTEN_KINDS or e.get("wd_prev") or e.get("wd_next") for e in expressions):
            continue  # a counted day needs the date in force, which this test helps decide
        events = [d.date for d in dates._dated_of(index) if d.role == "event" and d.date is not None]
        if events:
            days[paragraph] = events[0]
    return [days[p] for p in sorted(days)]


def _runs_forward(days: list[dt.date]) -> bool:
    """Return True when `days` are `_ENTRIES` or more, each no earlier than the one before."""
    return len(days) >= _ENTRIES and all(a <= b for a, b in zip(days, days[1:]))
