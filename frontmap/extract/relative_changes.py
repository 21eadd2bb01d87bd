"""Relative changes: a non-restrictive relative clause (or a participle with its agent) after a place
that tells its own change of hands, on its own day ("Deh Salah, which the army recaptured on Sunday,
fell again on Tuesday"; "X, taken by the Taliban on Saturday, was still theirs on Monday"; "retook X, lost to the Taliban a month ago";
"fighting raged around X, where the Taliban raised their flag on Wednesday").

The place's one mention is read once, by the main clause, so the clause's change is lost. The
clause is read here as a statement of its own: its side and verb give the status, its weekday the
date (counted back from the latest day read in the sentence) or its month and day ("which fell on
July 14"). Only a clause of a side, a verb and a day is read: "which the Taliban have tried to take
for months" (an attempt) and "which is 40 km from Y" tell no change. A town that "fell" with no side
named fell to the insurgents, as a bare "fell" does anywhere in these reports.

A span back from the sentence's day dates the clause too ("regained the X district captured by the
Taliban earlier this week": the day before; "last week": seven days back; "two days ago"; "a
fortnight ago"), and so does a part of a month ("which fell earlier this month", "lost late last
month"; a whole "last month" is background, as for a hold). A hold
told from a day ("which the insurgents had held since June 15") began with the taking on that day;
one told from a month or a year is background. Without a comma the clause is read the same after a
name ("retook X that the Taliban briefly captured on Tuesday"), unless the name only locates what
the clause is about ("retook checkpoints near X captured by the Taliban"). A place said to lie "on
the border with Pakistan", "in Y province" or "the capital of Y province" between the name and the clause keeps the clause its own, and a spelling that differs only in its vowels ("Spin
Buldak") is the place's own name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from frontmap.extract.date_expressions import MONTHS
from frontmap.extract.date_pattern import MONTH_RE
from frontmap.extract.derived_events import derived_event
from frontmap.extract.month_windows import resolve_month_window
from frontmap.extract.weekday_dates import weekday_on_or_before
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_INSURGENTS = r"(?:the\s+)?(?:taliban(?:\s+fighters)?|insurgents|militants|rebels)"
_FORCES = (
    r"(?:the\s+)?(?:(?:afghan|government|security|special|national)\s+)*"
    r"(?:army|forces|troops|commandos|police|soldiers)"
)
_SIDE = rf"(?P<side>{_INSURGENTS}|{_FORCES}|they)"
_RETAKE = r"recaptured|retook|retaken|won\s+back|regained|reclaimed"
_CAPTURE = r"captured|seized|took|taken|overran|overrun"
_ASSAULT = r"stormed|attacked|besieged|assaulted|entered"  # an entry, as a bare "entered X" is: fighting there
_HELD = r"held|controlled"  # "which the insurgents had held since June 15": held from the day they took it
_VERB = rf"(?:{_RETAKE}|{_CAPTURE}|{_ASSAULT}|{_HELD})"
_WHEN = (
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+|last\s+|this\s+past\s+|since\s+)?(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|" + MONTH_RE.format(g="month") + r"\s+(?P<mday>\d{1,2})\b|(?P<dday>\d{1,2})\s+" + MONTH_RE.format(g="dmonth") + r")"
    r"(?:\s+(?:night|morning|afternoon|evening))?\s*"
    # a span back from the sentence's day: "earlier this week", "last week", "two days ago", "a day earlier"
    r"|\s+(?P<back>earlier\s+(?:this|in\s+the)\s+week|last\s+week|the\s+day\s+before|(?P<count>a|an|one|two|three|four|five|six|\d)\s+(?P<unit>day|week|fortnight|month)s?\s+(?:ago|earlier|before))\s*"
    # "which fell earlier this month", "lost late last month": a part of a month (a whole "last month" is background)
    r"|\s+(?P<back_month>earlier\s+(?:this|in\s+the)\s+month|(?:early|mid|middle|late)[\s-]+(?:last|this|previous)\s+month"
    r"|(?:at\s+)?the\s+(?:beginning|start|middle|end)\s+of\s+(?:last|this|the)\s+month)\s*)"
)
_DAYS_BACK = {"earlier this week": 1, "earlier in the week": 1, "last week": 7, "the day before": 1}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}  # "a month ago": about thirty days back
_AUX = r"(?:(?:had|has|have)\s+)?(?:(?:briefly|first|only|just)\s+)?"
# "which the army recaptured on Sunday", "which had been stormed by the Taliban on Wednesday",
# "which had fallen to the Taliban on Monday", "which had been lost to the Taliban last Saturday"
_PARTICIPLE = r"recaptured|retaken|captured|seized|taken|overrun|stormed|attacked|besieged|assaulted|entered|held|controlled"
# ... and the same change told by a bare participle and its agent ("X, taken by the Taliban on Saturday, was
# still in their hands on Monday"): the aside's own day, though the main verb tells a later state
# (a restrictive clause or participle after a name, with no comma, is the same aside: "retook X that the Taliban
# briefly captured on Tuesday", "regained the X district captured by the Taliban earlier this week")
# how the change came, closing the clause: "which the army had held since July 4 after weeks of fighting"
_FLAG_RAISED = r"(?:raised|hoisted|planted)\s+(?:their|its|the)\s+(?:(?:white|group['’]?s|movement['’]?s|taliban['’]?s?|national|afghan)\s+)?flags?"
_HOW = r"(?:\s+(?:after|following|without)\s+[\w\s-]{1,40}?)?"
_CLAUSE = re.compile(
    r"(?:,\s+|\s+)(?:(?:which|that)\s+(?:"
    rf"{_SIDE}\s+{_AUX}(?P<verb>{_VERB})"
    rf"|(?:{_AUX}been|was|were)\s+(?P<passive>{_VERB})\s+by\s+(?P<agent>{_INSURGENTS}|{_FORCES})"
    rf"|{_AUX}(?:been\s+)?(?P<fell>fell|fallen|lost)(?:\s+to\s+(?P<winner>{_INSURGENTS}|{_FORCES}))?"
    rf")|(?P<participle>{_PARTICIPLE})\s+by\s+(?P<by>{_INSURGENTS}|{_FORCES})"
    # after a comma only: "X, lost to the Taliban a month ago" (not "X surrendered to the Taliban on Friday": its own verb)
    rf"|(?<=,\s)(?:lost|surrendered|handed\s+over|abandoned)\s+to\s+(?P<lostto>{_INSURGENTS}|{_FORCES})"
    # the place where a side raised its flag or took control: "around X, where the Taliban raised their flag on Wednesday"
    rf"|where\s+(?P<where_side>{_INSURGENTS}|{_FORCES})\s+{_AUX}(?:{_FLAG_RAISED}|(?:took|seized|regained|took\s+back)\s+(?:full\s+)?control))"
    rf"{_WHEN}{_HOW}(?:,|\.?$)",
    re.IGNORECASE,
)
_KIND = re.compile(r"\s+(?:district|city|town|province|capital)$", re.IGNORECASE)
# a sentence opening with a definite description of a place: "The border town", "The provincial capital"
_OPENING_REFERENCE = re.compile(r"(?:the|this)\s+(?:[\w'’-]+\s+){0,2}(?:town|city|district|crossing|capital)", re.IGNORECASE)
# without a comma the participle may close a phrase the place only locates: "retook checkpoints near X captured by ..."
_NEAR_BEFORE = re.compile(r"\b(?:near|around|outside|beyond|posts?|checkpoints?|villages?|areas?|parts?|outskirts)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+$", re.IGNORECASE)
# where the place lies, said between it and the clause: "X district on the border with Pakistan, captured by ..."
_LOCATED = re.compile(
    r"\s+(?:(?:on|near|along|at)\s+the\s+(?:\w+\s+)?(?:border|frontier)(?:\s+with\s+[A-Z][\w'’-]+)?"
    r"|in\s+(?:the\s+)?(?:\w+\s+)?(?:[A-Z][\w'’-]+\s+)?province|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"  # "in Sar-e Pul"
    # whose capital it is: "Qala-e-Naw, the capital of the western Badghis Province, which had been stormed ..."
    # (or "the capital of the western province of Badghis")
    # what it is: "near Wesh, the market town on the Pakistan border, where the Taliban raised their flag ..."
    r"|,\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}(?:town|city|district|crossing|hub)(?:\s+(?:on|near)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:border|frontier))?$"
    r"|,\s+(?:the\s+)?(?:provincial\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:province\s+of\s+)?[A-Z][\w'’-]+(?:\s+[Pp]rovince)?$"
)


def add_clause_changes(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` with an event added for each relative clause, after an event's place in its
    sentence, that tells a change of that place on a day of its own not read already."""
    known = {(e.place, e.status, e.event_date) for e in events}
    told = {(e.excerpt, e.place, e.status) for e in events}  # a span back is loose: a change read in the sentence already is the clause's
    latest: dict[str, dt.date] = {}
    for e in events:
        if e.event_date is not None:
            latest[e.excerpt] = max(e.event_date, latest.get(e.excerpt, e.event_date))
    added = []
    for event in events:
        for status, when in _clause_changes(event):
            day = _day_of(latest.get(event.excerpt), when)
            if day is None or (event.place, status, day) in known or ((when.group("back") or when.group("back_month")) and (event.excerpt, event.place, status) in told):
                continue
            known.add((event.place, status, day))
            added.append(_told_on(event, status, day, "relative" if when.group("back") or when.group("back_month") else "weekday"))
    return events + added if added else events


def _clause_changes(event: ControlEvent) -> list[tuple[str, re.Match]]:
    """Return (status, match) of each relative clause of the event's sentence right after its place."""
    place = _skeleton(event.place)
    found = []
    for match in _CLAUSE.finditer(event.excerpt):
        before = _KIND.sub("", _LOCATED.sub("", event.excerpt[:match.start()]))
        if not place or not (_skeleton(before).endswith(place) or _opened_by_reference(event.excerpt, match.start(), place)):
            continue
        status = _status(match, event.status)
        if status and (match.group().startswith(",") or not (event.kind == "nearby" or _NEAR_BEFORE.search(before[-60:]))):
            found.append((status, match))
    return found


def _opened_by_reference(excerpt: str, clause_start: int, place: str) -> bool:
    """Return True when the sentence opens with a definite description right before the clause ("The
    border town, seized by the insurgents on July 14, remains ...") and never names the place (the
    consonants `place`): the event's place is the one the description stands for."""
    return _OPENING_REFERENCE.fullmatch(excerpt, 0, clause_start) is not None and place not in _skeleton(excerpt)


def _status(match: re.Match, main_status: str) -> str | None:
    """Return the status the clause's verb and side tell, or None when its "they" names no side.

    "They" who had taken a place the main clause wins back for the government are the insurgents
    driven out ("the Taliban were pushed out of X, which they had seized on Friday"); any other
    "they" is left unread."""
    if (match.group("side") or "").lower() == "they":
        verb = match.group("verb").lower()
        return TALIBAN if main_status == GOVERNMENT and re.fullmatch(_CAPTURE, verb) else None
    side = (match.group("side") or match.group("agent") or match.group("by") or match.group("winner") or match.group("lostto")
            or match.group("where_side") or "taliban")  # "which fell on July 14"
    by_insurgents = re.match(_INSURGENTS, side, re.IGNORECASE) is not None
    verb = (match.group("verb") or match.group("passive") or match.group("participle") or "").lower()
    if re.fullmatch(_ASSAULT, verb):
        return CONTESTED
    return TALIBAN if by_insurgents else GOVERNMENT


def _skeleton(text: str) -> str:
    """Return the consonants of `text`: a name's spellings differ in their vowels ("Spin Buldak", "Torghandi")."""
    return re.sub(r"[^b-df-hj-np-tv-z]", "", text.lower())


def _day_of(anchor: dt.date | None, when: re.Match) -> dt.date | None:
    """Return the day the clause `when` names: its weekday, the most recent on or before `anchor`,
    or its month and day in `anchor`'s year (the year before when that lies after it); None
    without an anchor or for a day no calendar has."""
    if anchor is None:
        return None
    if when.group("day"):
        return weekday_on_or_before(anchor, when.group("day").lower())
    if when.group("back_month"):  # a part of this month or the last, counted from the sentence's day
        return resolve_month_window(" ".join(when.group("back_month").lower().replace("-", " ").split()).removeprefix("at "), anchor)
    if when.group("back"):
        count = when.group("count")
        if not count:
            return anchor - dt.timedelta(days=_DAYS_BACK[re.sub(r"\s+", " ", when.group("back").lower())])
        return anchor - dt.timedelta(days=_COUNTS.get(count.lower(), int(count) if count.isdigit() else 1) * _UNIT_DAYS[when.group("unit").lower()])
    month = MONTHS[(when.group("month") or when.group("dmonth")).lower().rstrip(".")]
    try:
        day = dt.date(anchor.year, month, int(when.group("mday") or when.group("dday")))
    except ValueError:
        return None
    return day if day <= anchor else day.replace(year=anchor.year - 1)


def _told_on(event: ControlEvent, status: str, day: dt.date, basis: str) -> ControlEvent:
    """Return `event` told as the clause's change on `day` (a new event with its own id)."""
    return derived_event(event, f"clause|{status}|{day.isoformat()}", status=status, event_date=day, date_basis=basis,
                         trigger="relative clause", kind="")
