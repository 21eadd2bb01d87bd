"""Quoted days: the day a quotation of several sentences was spoken, told once by the tag that
closes it (for `frontmap.extract.dates`).

'"Khwaja Bahauddin has not fallen. Our forces are in the district centre," the police spokesman
said on Saturday.' The tag's day ("said on Saturday") is when the whole quotation was spoken, not
only its last sentence: the first sentence is the spokesman's Saturday word too, so an event it
tells with no day of its own is no later than Saturday, as one the tag's own sentence tells is.
Only a quotation still open where the sentence ends and closed in the same paragraph counts, and
only a tag right after its closing mark ('," a resident said by phone on Thursday').

The words of "now" inside a quotation ("this morning", "yesterday", "last night") are the speaker's:
they count from the weekday its tag gives ('"We took the district centre this morning," a commander
told AFP on Sunday': Sunday morning), whether the tag closes the quotation or opens it with a colon
('A resident said on Friday: "Last night they came into the bazaar"'), not from the paper's day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression
from frontmap.extract.date_scope import Dated

_QUOTE_REACH = 600  # characters a quotation may run on past the sentence that opens it
# the tag after a closing mark: a comma, then the speaker and a verb of speaking within a few words
_TAG = re.compile(r"\s*,?\s*(?:[^\"“”\n.]{0,120}?)\b(?:said|says|told|added|tweeted|wrote|insisted|stated)\b", re.IGNORECASE)
# a tag that opens a quotation with a colon: 'a resident reached by phone on Friday said: "'
_OPENING_TAG = re.compile(r"\b(?:said|says|told(?:\s+\w+){0,2}|added|wrote)\s*:\s*$", re.IGNORECASE)
_TAG_SPAN = 160  # characters of a tag in which its weekday is looked for
_WEEK = dt.timedelta(days=6)


def closing_tag_days(text: str, sentences: Sequence[tuple[int, int]], index: int, dated_of: Callable[[int], list[Dated]]) -> list[dt.date]:
    """Return the reporting days of the tag that closes the quotation still open at the end of
    sentence `index` (`dated_of` gives a sentence's dated expressions), or [] when the sentence
    ends outside a quotation or the quotation's tag gives no day."""
    start, end = sentences[index]
    close = _closing_mark(text, start, end)
    if close is None or _TAG.match(text, close + 1) is None:
        return []
    later = bisect.bisect_right([a for a, _ in sentences], close) - 1
    if later <= index:
        return []
    tag_start = close - sentences[later][0]
    return [d.date for d in dated_of(later) if d.role == "reporting" and d.date is not None and d.expr.start > tag_start]


def _closing_mark(text: str, start: int, end: int) -> int | None:
    """Return where the quotation open at `end` closes (in the paragraph of text[start:end]), or None."""
    paragraph = text.rfind("\n", 0, start) + 1
    before = text[paragraph:end]
    if "“" in before:
        if before.rfind("“") < before.rfind("”"):
            return None
        close = text.find("”", end, end + _QUOTE_REACH)
    elif before.count('"') % 2 == 1:
        close = text.find('"', end, end + _QUOTE_REACH)
    else:
        return None
    paragraph_end = text.find("\n", end)
    return close if close >= 0 and (paragraph_end < 0 or close < paragraph_end) else None


def quoted_now(text: str, position: int, today: dt.date | None) -> dt.date | None:
    """Return the day a speaker's word of "now" at `position` counts from: the weekday the tag of
    the quotation holding it gives (within the week up to `today`), or None when `position` is in no
    quotation so tagged."""
    if today is None:
        return None
    quote = _quote_around(text, position)
    if quote is None:
        return None
    opened, close = quote
    tag = _TAG.match(text, close + 1)
    if tag is not None:
        return _tag_day(text[close + 1 : min(len(text), close + 1 + _TAG_SPAN)].split("\n")[0], today)
    lead = text[max(text.rfind("\n", 0, opened) + 1, opened - _TAG_SPAN) : opened]
    return _tag_day(lead, today) if _OPENING_TAG.search(lead) else None


def _tag_day(tag: str, today: dt.date) -> dt.date | None:
    """Return the day of the first weekday `tag` names, the latest such day on or before `today`."""
    for expr in find_date_expressions(tag):
        if expr.kind == "weekday":
            day = resolve_expression(expr, today)[0]
            return day if day is not None and today - _WEEK <= day <= today else None
    return None


def _quote_around(text: str, position: int) -> tuple[int, int] | None:
    """Return where the quotation holding `position` opens and closes (within its paragraph), or None."""
    paragraph = text.rfind("\n", 0, position) + 1
    before = text[paragraph:position]
    curly = before.rfind("“") > before.rfind("”")
    if not curly and ("“" in before or before.count('"') % 2 == 0):
        return None
    opened = paragraph + before.rfind("“" if curly else '"')
    close = text.find("”" if curly else '"', position, position + _QUOTE_REACH)
    paragraph_end = text.find("\n", position)
    return (opened, close) if close >= 0 and (paragraph_end < 0 or close < paragraph_end) else None
