"""Background "since" clauses: a change told only as the start of a span is no news of its own.

"The first protest since Kabul was captured by the group", "prices have doubled since the
Taliban seized Herat", "thousands have fled since the fall of Kunduz": the clause marks when
something else began and tells a change the reader already knows, at no day of its own; read as
news it would take the report's day. With a day of its own ("since Herat fell on August 12") the
clause dates the change and stays an event; that day dates the clause only, not the sentences after
it (`dated_in_since`).

The same holds for an "after" or "following" clause in a sentence that names no day at all ("60,000
have fled the city after it fell", "army chief fired after Kunduz lost", "following the loss of
Ghazni, officials met"): the change came before the sentence's news, on a day the sentence does not
tell, so neither the report's day nor a day carried from an earlier sentence is its own. After a
span the text does not count ("Days after the fall of Y, X was overrun on Monday", "X fell on
Monday, weeks after Y") the change is background even when the sentence has a day, unless the
clause gives it its own ("days after Y fell on Saturday"); a counted span ("two days after the fall
of Y") dates it, and "hours after" is the same day.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from frontmap.extract.date_expressions import DateExpression, find_date_expressions
from frontmap.extract.text import Stems

# a conjunction or preposition, not the adverb ("the militants have since overrun X", "have ever
# since held X": news); a clause's "Ever since the Taliban took X on Aug 15, ..." is the conjunction
_SINCE = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\balso )(?<!\bhas ever )(?<!\bhave ever )(?<!\bhad ever )(?<!['’]ve )(?<!['’]ve ever )"
    r"\bsince\b(?!\s+(?:then|been)\b)",
    re.IGNORECASE,
)
# a stop ends the clause, but not the period of a month written short ("since X fell on Aug. 12")
_MONTHS_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_STOP = r"(?:[,;:!?\"“”]|" + "".join(rf"(?<!\b{m})(?<!\b{m.title()})" for m in _MONTHS_SHORT) + r"\.)"
# "and" before a name joins the names of one clause ("since the capture of Kunduz and Taloqan last week",
# "after Sheberghan and Aybak were captured"); before anything else it may open the main clause's
# next verb ("after X fell and then pushed into Y")
_AND_NOT_BEFORE_A_NAME = r"\s+and\s+(?![A-Z])"
# "all but X" is "every one except X", no second clause ("since the Taliban took all but Panjshir on Aug 15")
_CLAUSE_END = re.compile(_STOP + r"|\s+(?:while|when|as|after|before)\s|" + _AND_NOT_BEFORE_A_NAME + r"|(?<!\ball)\s+but\s")
_CHANGE = re.compile(
    r"\b(?:captur\w*|seiz\w*|fell|fallen|fall|overr[au]n\w*|took|taken|takeover|retook|retaken|recaptur\w*"
    r"|storm\w*|conquer\w*|swept|entered|surrender\w*)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:where|which|who|whom|whose)\b", re.IGNORECASE)
# a change everyone knows, told as a noun or of the place itself ("since the fall of Kabul", "since
# Kabul fell"), not the speaker's own deed ("since they captured it")
_KNOWN_CHANGE = re.compile(r"\b(?:(?:fall|capture|seizure|takeover|loss)\s+of|fell)\b", re.IGNORECASE)
_SINCE_WORD, _AFTER_WORDS = Stems("since"), Stems("after", "following")  # the openers' words
_AFTER_END = re.compile(_STOP + r"|\s+(?:but|while|when|as|after|before)\s|" + _AND_NOT_BEFORE_A_NAME)
# "retreated after losing X": the subject's own next step, told as the news, not a known change
_PARTICIPLE = re.compile(r"\s+(?:\w+ly\s+)?\w+ing\b")
_LOSS = re.compile(r"\b(?:lost|loss|losing)\b", re.IGNORECASE)
# "(only) days after", "a few weeks after": a span the text does not count ("two days after" dates the change, "hours after" is the same day)
_SPAN_AFTER = re.compile(r"\b(?:(\w+)\s+)?(?:days|weeks|months)\s+(?:after|following)$", re.IGNORECASE)
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty".split())
_REACH = 80  # characters from "since" to the place
# "three weeks since", "a month since": a counted span back from the main clause's day
_COUNTED_SINCE = re.compile(
    r"\b(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)\s+since$", re.IGNORECASE
)
# a main clause begun before the place: "since the offensive began the Taliban have seized X"
_MAIN_CLAUSE = re.compile(r"\b(?:have|has|began|begun|started|launched)\b", re.IGNORECASE)


def in_background_since(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at `start`..`end` of `sentence` stands in an undated "since"
    clause telling a change ("since Kabul was captured", "since the fall of Kunduz"); a counted
    span before it ("three weeks since the Taliban took X") dates the change, as "three weeks after" does."""
    opener = _last_since(sentence, start)
    if opener is None or _COUNTED_SINCE.search(sentence, max(0, opener - 40), opener):
        return False
    stop = _CLAUSE_END.search(sentence, end)
    stop_at = stop.start() if stop else len(sentence)
    clause = sentence[opener:stop_at]
    # a day read in the whole sentence counts too: "Aug 15" may read apart only with its context
    dated = find_date_expressions(clause) or any(opener <= d.start < stop_at for d in find_date_expressions(sentence))
    return _CHANGE.search(clause) is not None and not dated


def dated_since_change(sentence: str, trigger_start: int) -> bool:
    """Return True when the control word at `trigger_start` of `sentence` tells the change of a
    "since" clause with a day of its own ("holding out since the fall of Kabul three weeks ago"):
    the writer's background, so no claim of whoever the sentence quotes."""
    opener = _last_since(sentence, trigger_start)
    if opener is None:
        return False
    stop = _CLAUSE_END.search(sentence, trigger_start)
    clause = sentence[opener : stop.start() if stop else len(sentence)]
    return _KNOWN_CHANGE.search(clause) is not None and bool(find_date_expressions(clause))


class _Dated(Protocol):
    expr: DateExpression


DatedT = TypeVar("DatedT", bound=_Dated)


def without_later_since_days(sentence: str, events: list[DatedT], position: int) -> list[DatedT]:
    """Return `events` without the days told in a "since" clause that opens after the place at
    `position` ("pushed into X, where foes have held out since the fall of Kabul three weeks ago":
    the clause's day dates Kabul's fall, not X's news)."""
    return [d for d in events if not _change_told_after(sentence, _last_since(sentence, d.expr.start), d.expr.start, position)]


def _change_told_after(sentence: str, opener: int | None, day_start: int, position: int) -> bool:
    """Return True when a "since" clause opening at `opener` (None: none) in a relative clause after
    `position` tells a change before its day at `day_start` (not the bare start of a span, "has
    raged since July 29", nor the start of the place's own span, "has raged in X since the Taliban
    entered it on Friday")."""
    if opener is None or opener <= position or _CHANGE.search(sentence, opener, day_start) is None:
        return False
    return _RELATIVE.search(sentence, position, opener) is not None


def dated_in_since(sentence: str, start: int) -> bool:
    """Return True when the date expression at `start` of `sentence` stands in a "since" clause
    ("calm has returned since Zaranj fell on 6 August"): it dates that clause's change, but the span
    the clause opens runs on to the report's day, so the sentences after it are not of that day.
    So for a date that opens with "since" itself ("since early May, when the pullout began")."""
    return sentence[start : start + 6].lower().startswith("since ") or _last_since(sentence, start) is not None


def _last_since(sentence: str, start: int) -> int | None:
    """Return where the last "since" before `start` opens, when no clause ends between, else None."""
    return _last_opener(_SINCE, _SINCE_WORD, sentence, start, _CLAUSE_END)


def _last_opener(opener: re.Pattern[str], words: Stems, sentence: str, start: int, clause_end: re.Pattern[str]) -> int | None:
    """Return where the last `opener` (written with one of `words`) before `start` opens, when no
    clause ends between, else None."""
    window_start = max(0, start - _REACH)
    if not words.found_in(sentence[window_start:start]):
        return None  # the cheap test first: most places have no opener before them
    found = None
    for match in opener.finditer(sentence, window_start, start):
        found = match.end()
    if found is None or _MAIN_CLAUSE.search(sentence[found:start]):
        return None
    stop = clause_end.search(sentence, found)  # the whole sentence, so a look-ahead sees the place
    return None if stop is not None and stop.start() < start else found


def in_background_after(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at `start`..`end` of `sentence` stands in an "after" or "following"
    clause telling a change ("after it fell", "following the loss of X") and the sentence names no day."""
    opener = _last_opener(_AFTER, _AFTER_WORDS, sentence, start, _AFTER_END)
    if opener is None or _PARTICIPLE.match(sentence, opener):
        return False
    stop = _AFTER_END.search(sentence, end)
    clause = sentence[opener : stop.start() if stop else len(sentence)]
    if _CHANGE.search(clause) is None and _LOSS.search(clause) is None:
        return False
    if _uncounted_span_before(sentence, opener):
        return not find_date_expressions(clause)  # "days after the fall of X,": X's own day is none the sentence gives
    return not find_date_expressions(sentence)


def _uncounted_span_before(sentence: str, opener: int) -> bool:
    """Return True when "after" ending at `opener` closes a span the text does not count ("days
    after", "a few weeks after"; not "two days after")."""
    span = _SPAN_AFTER.search(sentence, max(0, opener - 40), opener)
    if span is None:
        return False
    word = (span.group(1) or "").lower()
    return not (word.isdigit() or word in _COUNTS)
