"""Events of one article that another of its events overrules.

A Taliban claim about a place the article also reports taken as a fact goes (`settle_claims`),
unless it answers the government's word since that capture (a retake, a denial);
so does a headline's entry ("Taliban roll into X", "Taliban storm X": fighting) or taking of a site
of X ("Taliban capture police headquarters in X") when the body tells a capture of X, or only the
group's claim, on the same day, or a headline's "X changes hands twice" when the body tells each
change (`settle_entries`), and a standing hold of one side ("X is one of the last cities to remain
under government control") when the article tells X changing hands to the other side that day
(`settle_holds`): the hold is the state the change ended, unless the hold's own sentence denies
the change ("the ministry denied the reports, saying X was still under government control").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from frontmap.extract.attribution import denies
from frontmap.extract.date_retelling import PUBLICATION_BASES
from frontmap.extract.standing import is_hold_trigger
from frontmap.extract.text import text_view
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_ONE_DAY = dt.timedelta(days=1)
_HANDS = re.compile(r"\bhands\b", re.IGNORECASE)  # "changed hands twice" (frontmap.extract.triggers)
# the words of an entry trigger (frontmap.extract.triggers, kind "enter")
_ENTRY = re.compile(r"\b(?:enter(?:ed|s|ing)?|into|storm(?:s|ed|ing)?|penetrat\w*|broke\s+through)\b", re.IGNORECASE)
# a taking verb: a headline's capture of a site of the place ("Taliban capture police headquarters in X"), contested
_TAKING = re.compile(r"\b(?:captur\w*|seiz\w*|took|tak(?:e|es|en|ing)|overr[au]n\w*)\b", re.IGNORECASE)
_OTHER_SIDE = {TALIBAN: GOVERNMENT, GOVERNMENT: TALIBAN}
# "But the police said forces still controlled it", "However, officials say ...": a hold set against the change
_SET_AGAINST = re.compile(r"^\W*(?:but|however|yet|nevertheless|nonetheless)\b")
# "X is back in government hands, weeks after it fell": a hold told as a return outlives the change before it
_RETURNED = re.compile(r"\b(?:back|again|once +more) +(?:in|under|into) +(?:the +)?(?:hands|control|government|afghan|taliban|army)\b")


def unit_of(e: ControlEvent) -> str:
    """Return the unit an event is of: its district, else its province."""
    return e.district_id or e.province_code


def settle_claims(events: list[ControlEvent], headline_ids: set[str]) -> list[ControlEvent]:
    """Return the events without the Taliban claims about a place the article also reports taken
    as a fact (an official or the reporter confirms the claim). A capture only the headline states
    (`headline_ids`) is no such fact: when the body gives it only as a claim, the claim stands and
    the headline's capture goes ("Taliban seize X" above "the group said it had seized X")."""
    claimed = {unit_of(e) for e in events if e.status == CLAIMED}
    taken_in_body = {unit_of(e) for e in events if e.status == TALIBAN and e.event_id not in headline_ids}
    overruled = {unit_of(e) for e in events if e.status == TALIBAN and e.event_id in headline_ids} & claimed - taken_in_body
    return [
        e for e in events
        if not (e.status == CLAIMED and unit_of(e) in taken_in_body and not _answers_the_government(e, events))
        and not (e.status == TALIBAN and unit_of(e) in overruled)
    ]


def _answers_the_government(claim: ControlEvent, events: list[ControlEvent]) -> bool:
    """Return True when the article tells a government event of the claim's place (a retake, a
    denial that it fell) after the Taliban took it and no later than the claim's day ("forces
    retook X on Wednesday ... the Taliban said on Thursday they still held it"): the claim answers
    it, and the earlier capture does not confirm it."""
    if claim.event_date is None:
        return False
    unit = unit_of(claim)
    taken = [e.event_date for e in events if e.status == TALIBAN and unit_of(e) == unit and e.event_date is not None]
    return bool(taken) and any(
        e.status == GOVERNMENT and unit_of(e) == unit and e.event_date is not None and max(taken) <= e.event_date <= claim.event_date
        for e in events
    )


def settle_entries(events: list[ControlEvent], headline_ids: set[str]) -> list[ControlEvent]:
    """Return the events without a headline's entry into a place (contested) that the body's own
    report of the same day makes a capture ("Taliban roll into X" above "rolled into X on Tuesday
    without a fight", "Taliban storm X" above "fighters took X": one event, the capture), or a
    headline's taking of a site of it that the body tells only as the group's claim that day."""
    taken = {
        (unit_of(e), e.event_date) for e in events
        if e.status in (TALIBAN, CLAIMED) and e.event_id not in headline_ids
    }
    changed = {(unit_of(e), e.event_date) for e in events if e.status != CONTESTED and e.event_id not in headline_ids}
    return [
        e for e in events
        if not (e.status == CONTESTED and e.event_id in headline_ids and _overruled_entry(e, taken, changed))
    ]


def settle_holds(events: list[ControlEvent], told_in: Mapping[str, int] | None = None) -> list[ControlEvent]:
    """Return the events without a standing hold of one side (a hold trigger: "one of the last cities
    to remain under government control") that the article's own report of the place taken by the
    other side ended: a change the same day ("the Taliban took control of X without a fight on
    Sunday"), or, for a hold the text does not date, the article's latest change of the place up to
    that day (the line describes the place before its fall: "X is one of the last towns in
    government hands. Insurgents seized it on Saturday"). Changes of one day go in the order the
    article tells them: by the sentence `told_in` gives each event id, then by the events' order."""
    changes: dict[str, list] = {}
    for position, e in enumerate(events):
        if e.status in _OTHER_SIDE and not is_hold_trigger(e.trigger) and e.event_date is not None:
            read_at = (e.event_date, (told_in or {}).get(e.event_id, position), position)
            changes.setdefault(unit_of(e), []).append((read_at, (e.event_date, e.status)))
    in_order = {unit: [change for _read_at, change in sorted(told)] for unit, told in changes.items()}
    return [e for e in events if not _ended_hold(e, in_order.get(unit_of(e), []))]


def _ended_hold(event: ControlEvent, changes: list[tuple]) -> bool:
    """Return True when `event` is a hold that one of the unit's `changes` (day, status), in day
    and reading order, ended (see settle_holds)."""
    if event.status not in _OTHER_SIDE or not is_hold_trigger(event.trigger) or event.event_date is None:
        return False
    view = text_view(event.excerpt)
    if denies(view) or _SET_AGAINST.match(view):  # "officials denied the reports, saying X is still theirs": the hold answers the change
        return False
    taken = _OTHER_SIDE[event.status]
    if (event.event_date, taken) in changes:
        return True
    earlier = [status for day, status in changes if day <= event.event_date]
    return event.date_basis in PUBLICATION_BASES and bool(earlier) and earlier[-1] == taken and not _RETURNED.search(view)


def _overruled_entry(event: ControlEvent, taken: set, changed: set) -> bool:
    """Return True when the headline's contested `event` is an entry, or the taking of a site of the
    place, that the body tells as a capture or the group's claim that day ("Taliban capture police
    headquarters in X" above "the Taliban claimed to have captured the police headquarters in X"),
    that day or the day before (the headline's latest news is the body's fall told late on the eve),
    or a "changed hands twice" the body tells change by change (in `changed`)."""
    key = (unit_of(event), event.event_date)
    entry_or_site = _ENTRY.search(event.trigger) is not None or _TAKING.search(event.trigger) is not None
    day_before = (key[0], event.event_date - _ONE_DAY) if event.event_date is not None else None
    # "Taliban enter X overnight" above "X fell late on Saturday" in a Sunday paper: the headline's night is the fall's
    return (entry_or_site and (key in taken or day_before in taken)) or (_HANDS.search(event.trigger) is not None and key in changed)
