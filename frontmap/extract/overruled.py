"""Events of one article that another of its events overrules.

A Taliban claim about a place the article also reports taken as a fact goes (`settle_claims`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontmap.status import CLAIMED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent


def settle_claims(events: list[ControlEvent], headline_ids: set[str]) -> list[ControlEvent]:
    """Return the events without the Taliban claims about a place the article also reports taken
    as a fact (an official or the reporter confirms the claim). A capture only the headline states
    (`headline_ids`) is no such fact: when the body gives it only as a claim, the claim stands and
    the headline's capture goes ("Taliban seize X" above "the group said it had seized X")."""
    def unit(e: ControlEvent) -> str:
        return e.district_id or e.province_code

    claimed = {unit(e) for e in events if e.status == CLAIMED}
    taken_in_body = {unit(e) for e in events if e.status == TALIBAN and e.event_id not in headline_ids}
    overruled = {unit(e) for e in events if e.status == TALIBAN and e.event_id in headline_ids} & claimed - taken_in_body
    return [
        e for e in events
        if not (e.status == CLAIMED and unit(e) in taken_in_body) and not (e.status == TALIBAN and unit(e) in overruled)
    ]
