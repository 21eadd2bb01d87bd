"""Claims told inside an official's denial: "officials denied a Taliban statement that X had fallen".

An official who rejects the Taliban's claim reports it too: the Taliban said X was theirs that day.
The denial itself reads as the government's word or, when the officials admit fighting, as a fight
(`frontmap.extract.rules`); beside it the claim stands as the Taliban's, a claim and no capture.
A denial of reports from nobody named ("officials denied reports that X had fallen") names no
claimant and adds nothing.

The claim and its denial may be of two days: "the ministry on Sunday denied a Taliban claim made on
Friday that X had fallen" has the claim Friday's and the government's word Sunday's, the day the
denial was spoken (a reporting day after the claim's).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING

from frontmap.extract.date_scope import reported_day
from frontmap.extract.denials import DENY_VERB
from frontmap.extract.overruled import unit_of
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

# "denied a Taliban statement that", "rejected the Taliban's claims that", "dismissed the group's assertion that"
_DENIED_CLAIM = re.compile(
    rf"\b{DENY_VERB}\s+(?:as\s+(?:\w+\s+)?(?:propaganda|false|baseless|untrue|lies|a\s+lie|rumou?rs?)\s+)?"  # "rejected as propaganda a Taliban claim"
    r"(?:an?\s+|the\s+)?(?:taliban|insurgents|militants|group)(?:['’]s?)?\s+"
    r"(?:claims?|statements?|assertions?|announcements?)\s+"
    r"(?:(?:made|issued|posted)\s+(?:(?:late|early)\s+)?(?:on\s+)?\w+\s+|(?:(?:late|early)\s+)?(?:on\s+)?\w+day\s+)?"  # "a claim made on Friday that", "a claim on Saturday that"
    r"(?:that|to\s+have)\s+(?P<said>[^.;]*)",  # "claim to have seized X"
    re.IGNORECASE,
)
# "the Taliban's claim that X had fallen was rejected by officials": the same denial in the passive
_DENIED_CLAIM_PASSIVE = re.compile(
    r"\b(?:taliban|insurgents|militants|group)(?:['’]s?)?\s+(?:claims?|statements?|assertions?|announcements?)\s+(?:that|to\s+have)\s+"
    r"(?P<said>[^.;]*?)\s+(?:was|were|(?:has|had|have)\s+been)\s+(?:\w+ly\s+|later\s+)?" + DENY_VERB,
    re.IGNORECASE,
)
# what the claim says of the place: that it was taken
_TAKEN = re.compile(r"\b(?:fallen|fell|captured|seized|taken|overrun|overran|took)\b", re.IGNORECASE)


def add_denied_claims(events: list[ControlEvent], published: dt.date | None = None) -> list[ControlEvent]:
    """Return the events with a claimed event added for each place an official's denial says the
    Taliban claimed taken, on the denied event's date (none where the claim is already read); the
    government's word then takes the denial's own later reporting day, if the sentence gives one."""
    known = {(unit_of(e), e.status, e.event_date) for e in events}
    added = []
    kept = []
    for event in events:
        if event.status not in (GOVERNMENT, CONTESTED) or not _claim_denied(event):
            kept.append(event)
            continue
        key = (unit_of(event), CLAIMED, event.event_date)
        if key not in known:
            known.add(key)
            added.append(_as_claim(event))
        kept.append(_on_denial_day(event, published))
    return kept + added


def _on_denial_day(event: ControlEvent, published: dt.date | None) -> ControlEvent:
    """Return the government's word dated by the day the denial was spoken, when the sentence
    gives one after the event's date ("on Sunday denied a claim made on Friday"); else as it is."""
    if event.status != GOVERNMENT or event.event_date is None or published is None:
        return event
    spoken = reported_day(event.excerpt, published)
    if spoken is None or not event.event_date < spoken <= published:
        return event
    return dataclasses.replace(event, event_date=spoken, date_basis="reported")


def _claim_denied(event: ControlEvent) -> bool:
    """Return True when the event's sentence denies a Taliban claim that names its place taken."""
    match = _DENIED_CLAIM.search(event.excerpt) or _DENIED_CLAIM_PASSIVE.search(event.excerpt)
    if match is None:
        return False
    said = match.group("said")
    return _squashed(event.place) in _squashed(said) and _TAKEN.search(said) is not None


def _squashed(text: str) -> str:
    """Return the text lower-cased without spaces, hyphens and apostrophes, so that the gazetteer's
    spelling of a name finds the report's ("Anar Dara" in "Anardara")."""
    return re.sub(r"[\s'’-]+", "", text.lower())


def _as_claim(event: ControlEvent) -> ControlEvent:
    """Return the Taliban's claim read from the denied event: same place, date and sentence."""
    event_id = hashlib.sha256(f"{event.event_id}|{CLAIMED}".encode("utf-8")).hexdigest()[:16]
    return dataclasses.replace(event, event_id=event_id, status=CLAIMED, kind="")
