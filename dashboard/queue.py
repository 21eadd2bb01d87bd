"""The review queue as the browser shows it: the unreviewed events that change the map, most
urgent first (frontmap.review.review_queue), each with the day and unit that opening it shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dash import html

from dashboard import ids
from dashboard.panels import _text
from dashboard.state import as_day, day_index_of
from dashboard.style import STATUS_LABELS
from frontmap.review import review_queue

MAX_ITEMS = 100


def queue_items(built, series: Mapping, limit: int = MAX_ITEMS) -> list[dict]:
    """Return the first `limit` queue entries as plain data: event id, the slider's day index,
    the unit to select (its district, else its province) and a label."""
    items = []
    for event in review_queue(built).head(limit).to_dict("records"):
        district = _text(event.get("district_id"))
        day = as_day(event.get("event_date"))
        flags = [flag for flag, on in (("capital", event.get("capital")), ("changes the map", event.get("changes_state")))
                 if on]
        items.append({
            "event": _text(event.get("event_id")),
            "day": day_index_of(series["days"], day.isoformat() if day else None),
            "unit": district or _text(event.get("province_code")),
            "layer": "district" if district else "province",
            "label": f"{_text(event.get('place'))}: {STATUS_LABELS.get(_text(event.get('status')), '')}, "
                     f"{day.isoformat() if day else 'undated'}",
            "detail": " · ".join([*flags, f"confidence {float(event.get('confidence') or 0):.2f}"]),
        })
    return items


def queue_list(items: Sequence[Mapping]) -> list:
    """Return the queue's list items (buttons that open each event), or a line saying it is empty."""
    if not items:
        return [html.Li("Nothing left to review: every event behind the map was checked.", className="fm-empty")]
    return [
        html.Li(html.Button([html.Span(item["label"]), html.Small(f" {item['detail']}")], className="fm-queue-item",
                            id={"type": ids.QUEUE_ITEM, "n": n}))
        for n, item in enumerate(items)
    ]
