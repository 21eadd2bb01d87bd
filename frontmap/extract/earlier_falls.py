"""Earlier falls: the names after "after" or "following" in a ranking or sequence ("the sixth capital
to fall on Sunday, after Zaranj, Sheberghan and Kunduz", "took Faizabad on Wednesday after Kunduz
and Taloqan") fell before the place the sentence is about (for `frontmap.extract.date_scope.pick`).

The sentence's day is the main place's, never theirs: a listed name takes only a date told inside
the list ("the latest to fall, after Herat and Ghazni on Thursday"), and such a date is the listed
names' own, never the main place's.

A list fronted by "After" ("After Ghazni, Herat and Lashkar Gah, the Taliban took Kandahar on Friday")
is read the same way: the main clause's day is Kandahar's, and "After Ghazni on Thursday, ..." dates
Ghazni alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from frontmap.extract.respective_days import respective_day

_NAME = r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|days?|weeks?|hours?)\b)[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)*"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Eid)\b"
# ", after Zaranj, Sheberghan, Sar-e Pul and Kunduz" up to where the list ends
_AFTER_LIST = re.compile(
    rf"(?:,\s*|\s)(?:after|following)\s+(?!{_DAYS})(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:,?\s+and\s+(?:{_NAME}))?"
)
# a sentence's opening "After" (past a dateline): `frontmap.extract.shared_outcomes` reads the verb it shares
FRONTED_OPENING = r"^\W*(?:[A-Z][A-Z .'-]+,[^-–—\n]{0,30}[-–—]\s*)?(?:(?:And|But|So)\s+)?(?:After|Following)\s+"
# the words that open a day told right after a list: " on Thursday", " late Thursday", " early on Aug. 12"
DAY_OPENING = r"\s+(?:(?:early|late)\s+(?:on\s+)?|on\s+|last\s+)"
# "After Ghazni, Herat and Lashkar Gah," or "After Ghazni on Thursday,": names only, up to the comma or a date
_FRONTED_LIST = re.compile(
    rf"{FRONTED_OPENING}(?!{_DAYS})(?:{_NAME})(?:\s*,\s*(?:and\s+)?(?:{_NAME})|\s+and\s+(?:{_NAME}))*"
    rf"(?=\s*,|{DAY_OPENING}[A-Z\d])"
)
# only the main clause's subject stands between a fronted list's comma and its verb: "the Taliban have"
_SUBJECT_ONLY = re.compile(r"\s*(?:[\w’'-]+\s+){0,5}")
# or a subject ranked among the places the verb tells: " Kunduz became the third provincial capital to (fall)"
_RANKED_SUBJECT = re.compile(r"\s*(?:[\w’'-]+\s+){1,3}(?:became|becomes|is|was)\s+the\s+(?:[\w-]+\s+){1,3}?to\s+(?:be\s+)?")
# the list closes its clause, or a date of its own follows it ("and Ghazni on Thursday")
_LIST_CLOSE = re.compile(r"\s*(?:[.;:!?]|,|$|(?:on|early|late|last)\s+[A-Z\d])")
_CLAUSE_END = re.compile(r"[.;!?]|,\s*(?!and\b)|$")


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end


D = TypeVar("D", bound=_Dated)


def earlier_list_span(sentence: str) -> tuple[int, int] | None:
    """Return the span (from its first name to its clause's end) of a list of earlier falls after
    "after" or "following" in `sentence`, or None."""
    fronted = _fronted_list_span(sentence)
    if fronted is not None:
        return fronted
    if "after" not in sentence and "following" not in sentence:
        return None  # the pattern opens on no literal, so it would try every space: most sentences have neither word
    for match in _AFTER_LIST.finditer(sentence):
        if _LIST_CLOSE.match(sentence, match.end()) is None:
            continue
        first = re.match(r"(?:,\s*|\s)(?:after|following)\s+", sentence[match.start() :]).end() + match.start()
        end = _CLAUSE_END.search(sentence, match.end())
        return first, end.start() if end else len(sentence)
    return None


def _fronted_list_span(sentence: str) -> tuple[int, int] | None:
    """Return the span (from its first name to the comma that closes it) of a list of earlier falls
    fronted by "After" in `sentence`, or None."""
    if "After" not in sentence[:60] and "Following" not in sentence[:60]:
        return None
    match = _FRONTED_LIST.match(sentence)
    if match is None:
        return None
    first = re.match(FRONTED_OPENING, sentence).end()
    end = sentence.find(",", match.end())
    return first, end if end >= 0 else len(sentence)


def in_fronted_list(sentence: str, position: int, trigger: int) -> bool:
    """Return True when `position` stands in a list of earlier falls fronted by "After" whose verb
    is the main clause's, at `trigger` ("After Ghazni, Herat and Lashkar Gah, the Taliban took"):
    the list, not the main verb, dates it ("After Aybak, capital of Samangan, fell" has no list)."""
    span = _fronted_list_span(sentence)
    if span is None or not span[0] <= position < span[1]:
        return False
    return subject_only(sentence, span[1] + 1, max(span[1] + 1, trigger))


def subject_only(sentence: str, start: int, verb: int) -> bool:
    """Return True when only the main clause's subject stands in sentence[start:verb], between a
    fronted list's comma and its verb ("the Taliban have", "Kunduz became the third capital to")."""
    return _SUBJECT_ONLY.fullmatch(sentence, start, verb) is not None or _RANKED_SUBJECT.fullmatch(sentence, start, verb) is not None


def dates_for(sentence: str, events: Sequence[D], position: int) -> list[D]:
    """Return the dates of `events` that may date the place at `position`: inside a list of earlier
    falls only the list's own, outside it all but the list's; in a list paired with its days by
    "respectively", only the place's own day (`frontmap.extract.respective_days`)."""
    events = respective_day(sentence, events, position)
    span = earlier_list_span(sentence)
    if span is None:
        return list(events)
    inside = span[0] <= position < span[1]
    return [d for d in events if (span[0] <= d.expr.start < span[1]) == inside]
