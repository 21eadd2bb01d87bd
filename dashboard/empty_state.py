"""What the dashboard says instead of a map when a build placed no event (every event undated)."""

from __future__ import annotations

import pandas as pd

TITLE = "No dated events yet"
UNCHECKED_TITLE = "No checked events yet"


def empty_note(built) -> str | None:
    """Return the message shown over the map when the timeline holds no placed state (None when
    it does): how many events were found undated, and how to date them."""
    if getattr(built.timeline, "rows", None):
        return None
    events = getattr(built, "events", None)
    found = 0 if events is None else len(events)
    if not found:
        return f"{TITLE}: the articles built so far report no change of control. Add articles to see a map."
    if getattr(built, "verified_only", False) and not _checked(built):
        # the verified-only view before any review: the events are there, none is vouched for yet
        return (f"{UNCHECKED_TITLE}: no analyst has accepted any of the {found} events, so the verified-only "
                "view has nothing to place yet. Accept or edit their reports in the All events view first.")
    undated = int(pd.isna(events["event_date"]).sum()) if "event_date" in events else found
    return (
        f"{TITLE}: {undated} of {found} events have no date, so none can be placed on the map. "
        "Give their articles a publication date (a `published` column in manifest.csv, or a "
        "dateline with the year) and build again; `frontmap build` lists the undated articles."
    )


def _checked(built) -> int:
    reviews = getattr(built, "reviews", None)
    return len(reviews.verified_ids()) if reviews is not None else 0
