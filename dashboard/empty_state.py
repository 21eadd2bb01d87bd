"""What the dashboard says instead of a map when a build placed no event (every event undated)."""

from __future__ import annotations

import pandas as pd

TITLE = "No dated events yet"


def empty_note(built) -> str | None:
    """Return the message shown over the map when the timeline holds no placed state (None when
    it does): how many events were found undated, and how to date them."""
    if getattr(built.timeline, "rows", None):
        return None
    events = getattr(built, "events", None)
    found = 0 if events is None else len(events)
    if not found:
        return f"{TITLE}: the articles built so far report no change of control. Add articles to see a map."
    undated = int(pd.isna(events["event_date"]).sum()) if "event_date" in events else found
    return (
        f"{TITLE}: {undated} of {found} events have no date, so none can be placed on the map. "
        "Give their articles a publication date (a `published` column in manifest.csv, or a "
        "dateline with the year) and build again; `frontmap build` lists the undated articles."
    )
