"""A capture undone later in its own sentence, with no place named again: "The militants briefly
captured X on Wednesday before commandos drove them out", "overran X, but security forces pushed
them back hours later", "captured X but were expelled the same evening", "seized X, only for
commandos to retake it on Monday", "fell on Monday, only for it to be taken back hours later".

The undoing's object is the captors ("them", "the insurgents") or the place as "it", or the captors
are its passive subject, so the place is read once, by the capture; without this the place stays on
the map with the Taliban. The undoing gives the place back to the government on its own weekday
("on Monday") when it names one, else on the capture's day. An undoing told after another year
("a town they had held in 2007 before troops drove them out") is that year's. A hedged undoing
("before troops could drive them out", "tried to push them back") is no undoing.

An attack or entry undone the same way ("stormed X on Monday but security forces pushed them back",
"attacked X but were repulsed", "attacked X and were beaten back", "launched attacks on X, which
were repulsed", "assaulted X, but the attack was foiled", "entered X but were pushed back") is an attack repelled: X was held, as "forces repelled an attack on
X" is read, and fought over; the fighting stays on the map with the hold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from frontmap.extract.text import has_any
from frontmap.extract.weekday_dates import WEEKDAYS
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

_CAPTORS = r"(?:them|the\s+(?:militants|insurgents|taliban|fighters|rebels))"
_OUT = r"(?:drove|driven|drive|pushed|push|forced|kicked|chased|flushed|beat|beaten)\s+"
_EXPELLED = r"(?:expelled|evicted|ousted|repelled|repulsed|expel|evict|oust)"
# the conjunction that opens the undoing, then the undoing itself (its subject, if any, before it)
_SEQUEL = re.compile(
    r"(?P<opener>\bbefore\b|,?\s+but\b|,?\s+and\b|,?\s+which\b|\buntil\b|\bonly\s+for\b|\bthen\b)(?P<between>[^.;:]{0,60}?)\b(?:"
    + _OUT + _CAPTORS + r"\s+(?:out|back)\b|" + _EXPELLED + r"\s+" + _CAPTORS + r"\b"
    r"|(?:being|were|was|got)\s+(?:later\s+|quickly\s+|soon\s+)?(?:(?:driven|pushed|forced|kicked|chased|flushed|beaten)\s+(?:out|back)|" + _EXPELLED + r")\b"
    r"|(?:attack|assault|offensive|raid|push)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:successfully\s+)?(?:repelled|repulsed|foiled|thwarted|defeated|(?:beaten|pushed)\s+back|fended\s+off)\b"
    r"|re-?(?:took|take|taken|captured?)\s+(?:it|the\s+(?:city|town|district))\b|took\s+it\s+back\b"
    # the place itself the passive subject: "only for it to be taken back (retaken) hours later"
    r"|(?<=\bit\s)(?:to\s+be|was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|later\s+|soon\s+)?(?:re-?taken|re-?captured|(?:taken|won|brought)\s+back)\b)",
    re.IGNORECASE,
)
# after a bare "and" or "which" only the attackers' own repulse undoes ("attacked X and were beaten back"),
# not someone else's deed ("the capture of X ..., which ... 20 years after troops ousted the Taliban")
_PASSIVE_UNDOING = re.compile(r"(?:being|were|was|got|(?:attack|assault|offensive|raid|push)s?)\b", re.IGNORECASE)
# in lower case, a part of the word that opens every undoing ("until": "unt")
_OPENERS = ("before", "but", "and", "which", "unt", "only", "then")
# ("fighting back to evict them": the undoing is only the fight's aim)
_HEDGE = re.compile(
    r"\b(?:could|would|might|may|tried|trying|try|attempt\w*|fail\w*|unable|vow\w*|plan\w*|hope\w*|not|never)\b"
    r"|\b(?:fight\w*|fought|battl\w*|struggl\w*|striv\w*|seek\w*|sought)\s+(?:back\s+)?to\b",
    re.IGNORECASE,
)
# the captors gone on elsewhere before the undoing ("before pushing toward Y, where they were repelled"),
# or the undoing at a place of its own ("were expelled from Y"): the undoing is not the capture's
_ELSEWHERE = re.compile(r"\b(?:where|toward|towards|into|onto|attack\w*|advanc\w*|march\w*)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:from|in|at|out\s+of|near|outside|of)\s+(?:the\s+)?[A-Z]")
# an assault on the place itself, or an entry into it, not fighting near it nor a siege ("clashed
# near X", "besieged X"): "entered X but were pushed back" is an attack repelled
_ASSAULT = re.compile(
    r"\b(?:storm|attack|assault|raid|overr|enter|broke\s+into|break\s+into|forced\s+their\s+way\s+into"
    r"|tried\s+to\s+(?:take|capture|seize|overrun|storm))", re.IGNORECASE)
# a year written between the capture and the undoing ("took X, a town they had held in 2007 before
# troops drove them out"): the undoing ended that earlier hold, not this capture
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WEEKDAY = re.compile(r"\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


class _Told(Protocol):
    key: str
    status: str
    date: dt.date | None
    index: int
    excerpt: str
    trigger: str


DraftT = TypeVar("DraftT", bound=_Told)


def with_sequel_expulsions(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` and, for each Taliban capture or assault whose own sentence tells it undone
    with no place named again (see the module notes), a government event of the same place."""
    told = {(d.index, d.key) for d in drafts if d.status == GOVERNMENT}
    others = {d.index for d in drafts if d.status != TALIBAN}  # a sentence telling another side or fight too
    changed = {(d.index, d.key) for d in drafts if d.status != CONTESTED}
    added = []
    for draft in drafts:
        if draft.date is None or (draft.index, draft.key) in told or not _undoable(draft, others, changed):
            continue
        undoing = _undoing(draft.excerpt, draft.trigger, draft.date.year)
        if undoing is not None:
            told.add((draft.index, draft.key))
            added.append(dataclasses.replace(draft, status=GOVERNMENT, date=_day_of(undoing, draft.date), trigger=undoing.string[undoing.end("between") : undoing.end()].strip()))
    return [*drafts, *added]


def _undoable(draft: _Told, others: set[int], changed: set[tuple[int, str]]) -> bool:
    """Return True for a capture alone in its sentence (`others`: sentences telling another side or
    fight too), or an assault whose place the sentence tells no other way (`changed`)."""
    if draft.status == TALIBAN:
        return draft.index not in others
    return draft.status == CONTESTED and (draft.index, draft.key) not in changed and _ASSAULT.search(draft.trigger) is not None


def _undoing(sentence: str, trigger: str, year: int) -> re.Match[str] | None:
    """Return the undoing told after the capture's `trigger` (of `year`) in `sentence`, or None."""
    at = sentence.find(trigger)
    if at < 0 or not has_any(sentence[at + len(trigger) :].lower(), _OPENERS):
        return None
    match = _SEQUEL.search(sentence, at + len(trigger))
    while match is not None and match.group("opener").strip(" ,").lower() in ("and", "which") and not _PASSIVE_UNDOING.match(sentence, match.end("between")):
        match = _SEQUEL.search(sentence, match.end("opener"))  # "broke into X and seized the police headquarters before commandos drove them out"
    if match is None or _HEDGE.search(match.group("between")) or _ELSEWHERE.search(sentence, at + len(trigger), match.end("between")):
        return None
    if any(int(y.group()) != year for y in _YEAR.finditer(sentence, at + len(trigger), match.start())):
        return None  # the undoing of an earlier year's hold
    return None if _PLACE_AFTER.match(sentence, match.end()) else match


def _day_of(undoing: re.Match[str], captured: dt.date) -> dt.date:
    """Return the undoing's day: the weekday its own clause names on or after the capture's day
    (not a speaker's "..., the ministry said on Thursday"), else the capture's day."""
    clause_end = min((i for i in (undoing.string.find(c, undoing.end()) for c in ",;.") if i >= 0), default=len(undoing.string))
    named = _WEEKDAY.search(undoing.string, undoing.end("between"), min(clause_end, undoing.end() + 30))
    if named is None:
        return captured
    return captured + dt.timedelta(days=(WEEKDAYS[named.group(1).lower()] - captured.weekday()) % 7)
