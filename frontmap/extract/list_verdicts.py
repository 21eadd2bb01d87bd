"""Verdicts for places a sentence lists without a verb of their own: a roster that names the places
a count told of ("Six districts fell. The fallen districts are X, Y and Z"), a count spelled out
after a colon or dash ("seized three capitals: X; Y; and Z"), and a list whose outcome the next
sentence tells ("The districts include X and Y. They all fell on Sunday")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from frontmap.extract import listed, rosters
from frontmap.extract import rules as rules

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

# words that make the sentence before a roster tell no outcome ("the districts they plan to take")
UNTOLD = re.compile(r"\b(?:not|never|no|failed|deni\w*|could|would|may|might|plan\w*|threat\w*|vow\w*|list|target|sights|line)\b|n't\b")


def list_outcome(read: Reading, index: int, sentence: str, s_view: str) -> tuple[list[rules.Trigger], int | None]:
    """Return the outcome a verbless list sentence takes from its head or the next sentence, and
    where that sentence's verb stands (`frontmap.extract.listed`)."""
    following = read.sentence(index + 1) if index + 1 < len(read.sentences) else None
    return listed.list_outcome(sentence, s_view, *(following[1:] if following else (None, None)))


def date_in(read: Reading, index: int, position: int) -> tuple[dt.date | None, str]:
    """Return (date, basis) of an event told by the verb at `position` of sentence `index`."""
    _, sentence, view = read.sentence(index)
    reader = rules.SentenceReader(sentence, rules.find_triggers(sentence, view), view)
    return read.dates.date_of(index, reader.clauses, reader.clause_of(position), position, position)


def roster_verdict(read: Reading, index: int, sentence: str, s_view: str, triggers: list[rules.Trigger]) -> rules.Verdict | None:
    """Return what a roster sentence ("The fallen districts are X, Y and Z", "They include X and
    Y") says of the places it lists: the verdict on the places its opening or the sentence before
    counts (`frontmap.extract.rosters`); None for any other sentence."""
    end = rosters.roster_end(sentence)
    if end < 0 or any(t.start >= end for t in triggers):
        return None  # not a roster, or its places have a verb of their own
    _, previous, p_view = read.sentence(index - 1)
    span = rosters.counted_span(sentence, previous, bool(triggers))
    if span is None or (span[0] and UNTOLD.search(p_view)):
        return None
    if span[0]:
        verdict = rules.SentenceReader(previous, rules.find_triggers(previous, p_view), p_view).judge(span[1], span[2])
    else:
        own = triggers[-1]  # "the fallen districts": the adjective's outcome, no actor named
        verdict = rules.SentenceReader(sentence, triggers, s_view).judge(span[1], span[2]) or rules.Verdict(own.status, own.text, 0, 0.7)
    return None if verdict is None else dataclasses.replace(verdict, trigger_start=0)  # dated where the roster starts


def listed_verdict(reader: rules.SentenceReader, sentence: str, start: int) -> rules.Verdict | None:
    """Return the verdict on a count the sentence lists after a colon or dash ("seized three more
    capitals: X; Y; and Z") for the listed place at `start`, else None."""
    count = rosters.elaborated_count(sentence)
    if count is None or start < count[2] or not rosters.names_for_the_roster(sentence, start):
        return None
    verdict = reader.judge(count[0], count[1])
    return None if verdict is None else dataclasses.replace(verdict, trigger_start=count[0])
