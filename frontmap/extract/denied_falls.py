"""Denied falls set against the fall and the fighting the article itself reports.

"The Taliban seized five capitals, with Kunduz the latest to fall on Sunday ... fighting was going
on at the city's airport ... However, the government denies having lost the city": the article
tells the fall as a fact, the fight that goes on, and the government's denial beside them. A
denied or negated fall read on its own leaves the place the government's (`frontmap.extract.rules`),
and so it does beside a bare report of the fall ("overran X on Sunday ... the government still
denies it has lost the city"); but where the article also tells the place fought over that day,
the denial adds nothing to the fall and the fight it reports, and it goes. A denial that says who
holds the place ("saying forces still hold it", "still under government control") stays, and a
retake ("forces recaptured it") is no denial.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.overruled import unit_of
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

# the trigger of a government event read from a denied or negated fall ("had not fallen", "denies having lost")
_FALL_TRIGGER = re.compile(r"\b(?:fall|falls|fallen|fell|falling|lost|lose|loses|losing|loss|captured?|seized?|overrun|overran|taken)$", re.IGNORECASE)
# a denial that says who holds the place
_HOLD_TOLD = re.compile(
    r"\b(?:still|remains?|remained)\b[^.;]{0,40}?\b(?:hold|holds|held|control|controls|controlled|hands)\b"
    r"|\bunder +(?:the +)?(?:government|state|army)(?:'s)? +control\b",
    re.IGNORECASE,
)


def settle_denied_falls(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return the events without the government events read from a denied fall of a place the
    article also reports taken by the Taliban and fought over that day; a denial that says who
    holds the place is kept."""
    taken = {(_named(e), e.event_date) for e in events if e.status == TALIBAN and e.event_date is not None}
    taken |= {(unit_of(e), e.event_date) for e in events if e.status == TALIBAN and e.event_date is not None}
    fought = {(unit_of(e), e.event_date) for e in events if e.status == CONTESTED}
    return [
        e for e in events
        if not (e.status == GOVERNMENT and (unit_of(e), e.event_date) in fought
                and {(unit_of(e), e.event_date), (_named(e), e.event_date)} & taken and _denied_fall(e))
    ]


def _named(event: ControlEvent) -> tuple[str, str]:
    """Return the event's province and place name: "Kunduz province" fallen and the city of Kunduz
    denied lost are one place told two ways."""
    return event.province_code, event.place.lower()


def _denied_fall(event: ControlEvent) -> bool:
    """Return True when the government event was read from a fall denied or negated, with no hold told."""
    return bool(_FALL_TRIGGER.search(event.trigger.strip())) and not _HOLD_TOLD.search(event.excerpt)
