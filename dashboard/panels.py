"""The sources panel: a unit's state on a day, the excerpts behind it and its own history.

Article text is rendered only as text inside Dash components (the place wrapped in `html.Mark`),
never as HTML, so markup in a news article stays inert.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from dash import html

import pandas as pd

from dashboard.state import as_day, records, state_at
from dashboard.style import STATUS_COLORS, STATUS_LABELS
from geodata.names import normalize, normalize_with_offsets
from frontmap.status import STATUSES, UNKNOWN

MAX_EXCERPTS = 30
SAFE_SCHEMES = ("http://", "https://")


def highlight(text: str, terms: Sequence[str]) -> list:
    """Return `text` as strings and `html.Mark`s around every mention of one of `terms`.

    Matching is on geodata.names's form (case, accents, hyphens and apostrophes folded), whole
    words only, longest term first, and maps back to the original characters.
    """
    keys = sorted({normalize(term) for term in terms if term} - {""}, key=len, reverse=True)
    if not text or not keys:
        return [text or ""]
    folded, offsets = normalize_with_offsets(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")
    parts: list = []
    position = 0
    for match in pattern.finditer(folded):
        start, end = offsets[match.start()], offsets[match.end() - 1] + 1
        if start < position:
            continue
        if start > position:
            parts.append(text[position:start])
        parts.append(html.Mark(text[start:end]))
        position = end
    if position < len(text):
        parts.append(text[position:])
    return parts


def unit_terms(aliases: Mapping[str, Sequence]) -> dict[str, dict[str, list[str]]]:
    """Return {"district": {district_id: [alias, ...]}, "province": {province_code: [...]}} from a
    gazetteer's alias map (normalised alias -> places); a province gets its own and its capital's."""
    terms: dict[str, dict[str, list[str]]] = {"district": {}, "province": {}}
    for alias, places in aliases.items():
        for place in places:
            if place.district_id:
                terms["district"].setdefault(place.district_id, []).append(alias)
            if place.kind in ("province", "capital"):
                terms["province"].setdefault(place.province_code, []).append(alias)
    return terms


def _first(*values):
    """Return the first of `values` that is not missing (None, NaN, pandas NA, empty), else None."""
    for value in values:
        if _text(value):
            return value
    return None


def _text(value, default: str = "") -> str:
    """Return `value` as text, `default` when it is missing (None, NaN, pandas NA) or empty."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return default
    return str(value) or default


def safe_link(url) -> str | None:
    """Return `url` when it is an http(s) address, else None (no javascript: or data: links)."""
    if isinstance(url, str) and url.strip().lower().startswith(SAFE_SCHEMES):
        return url.strip()
    return None


def _iso(value) -> str:
    day = as_day(value)
    return day.isoformat() if day else "undated"


def _chip(status: str) -> html.Span:
    return html.Span(
        STATUS_LABELS.get(status, status),
        className=f"fm-chip fm-status-{status}",
        style={"backgroundColor": STATUS_COLORS.get(status, "#ccc")},
    )


def unit_events(events, layer: str, unit_id: str, day: dt.date) -> list[dict]:
    """Return the unit's events dated on or before `day` (undated ones last), newest first.

    A district's are those with its district_id; a province's are every event in the province.
    """
    key = "district_id" if layer == "district" else "province_code"
    chosen = []
    for event in records(events):
        if str(event.get(key)) != unit_id:
            continue
        when = as_day(event.get("event_date"))
        if when is not None and when > day:
            continue
        chosen.append(event)
    chosen.sort(key=lambda e: (as_day(e.get("event_date")) or dt.date.min, str(e.get("event_id"))), reverse=True)
    return chosen


def excerpt_card(event: Mapping, article: Mapping | None, terms: Sequence[str], behind: bool) -> html.Div:
    """Return one excerpt: the sentence with the place marked, then outlet, title, date, link, event."""
    article = article or {}
    link = safe_link(_first(article.get("url"), event.get("url")))
    title = _first(article.get("title"), event.get("title")) or "(untitled)"
    source = [
        html.Span(_first(article.get("outlet"), event.get("outlet")) or "unknown outlet", className="fm-outlet"),
        " · ",
        html.A(title, href=link, target="_blank", rel="noopener noreferrer") if link else html.Span(title),
        " · published ",
        html.Span(_iso(_first(article.get("published"), event.get("published")))),
    ]
    status = _text(event.get("status"), UNKNOWN)
    meta = [
        _chip(status),
        f" dated {_iso(event.get('event_date'))} ({_text(event.get('date_basis'), 'no date basis')})",
    ]
    if behind:
        meta.append(html.Strong(" · behind the current state"))
    return html.Div(
        className="fm-excerpt" + (" fm-behind" if behind else ""),
        children=[
            html.Blockquote(highlight(_text(event.get("excerpt")), terms)),
            html.Div(source, className="fm-source"),
            html.Div(meta, className="fm-event"),
        ],
    )


def history_strip(changes: Sequence[Sequence], days: Sequence[str]) -> html.Div:
    """Return the unit's own history: a bar of coloured segments plus one line per change."""
    total = max(len(days), 1)
    segments = []
    lines = []
    points = list(changes) or [[0, STATUSES.index(UNKNOWN), None, 0]]
    if points[0][0] > 0:
        points = [[0, STATUSES.index(UNKNOWN), None, 0], *points]
    for n, point in enumerate(points):
        end = points[n + 1][0] if n + 1 < len(points) else total
        status = STATUSES[point[1]]
        segments.append(html.Span(
            className=f"fm-seg fm-status-{status}",
            title=f"{days[point[0]]}: {STATUS_LABELS[status]}",
            style={"width": f"{100 * (end - point[0]) / total:.2f}%", "backgroundColor": STATUS_COLORS[status]},
        ))
        if status != UNKNOWN or n > 0:
            lines.append(html.Li([html.Span(days[point[0]], className="fm-when"), " ", _chip(status)]))
    return html.Div([html.Div(segments, className="fm-history-bar"), html.Ul(lines, className="fm-history")])


def source_panel(
    unit: Mapping, layer: str, day_index: int, series: Mapping, events, articles, aliases: Mapping | None = None,
    card_hook: Callable[[Mapping, html.Div], html.Div] | None = None,
) -> list:
    """Return the panel's children for `unit` (`{"id": ...}`) of `layer` on day `day_index`.

    `aliases` is `unit_terms()`'s map: the names to highlight in each unit's excerpts;
    `card_hook(event, card)`, when given, returns each excerpt card as shown (the review controls).
    Shows the unit's state and since when, the excerpts behind it (newest first, those behind the
    current state marked), and the unit's history. An unknown unit gives a short notice.
    """
    unit_id = str(unit.get("id"))
    ids = series[layer]["ids"]
    if unit_id not in ids:
        return [html.P(f"No {layer} with id {unit_id} on this map.", className="fm-empty")]
    n = ids.index(unit_id)
    name = series[layer]["names"][n]
    province = series[layer]["provinces"][n]
    days = series["days"]
    day = dt.date.fromisoformat(days[day_index])
    code, since, n_sources = state_at(series[layer]["changes"][n], day_index)
    status = STATUSES[code]
    article_by_id = {str(a.get("article_id")): a for a in records(articles)}
    chosen = unit_events(events, layer, unit_id, day)
    behind_ids = _behind(chosen, series[layer]["changes"][n], day_index, status)
    by_district = (aliases or {}).get("district", {})
    terms = [name, *(aliases or {}).get(layer, {}).get(unit_id, ()), *{_text(e.get("place")) for e in chosen},
             *{alias for e in chosen for alias in by_district.get(_text(e.get("district_id")), ())}]
    if layer == "province":
        terms.append(province)
    heading = f"{name} district, {province} province" if layer == "district" else f"{name} province"
    cards = [
        excerpt_card(e, article_by_id.get(str(e.get("article_id"))), terms, str(e.get("event_id")) in behind_ids)
        for e in chosen[:MAX_EXCERPTS]
    ]
    if card_hook is not None:
        cards = [card_hook(e, card) for e, card in zip(chosen, cards)]
    summary = [_chip(status), f" on {days[day_index]}"]
    if since:
        summary.append(f", since {since}")
    summary.append(f" · {n_sources} source{'s' if n_sources != 1 else ''}")
    return [
        html.H3(heading),
        html.P(summary, className="fm-summary"),
        html.H4("Reports up to this date, newest first"),
        html.Div(cards or [html.P("No report mentions it up to this date.", className="fm-empty")]),
        html.P(f"{len(chosen) - MAX_EXCERPTS} older reports not shown.") if len(chosen) > MAX_EXCERPTS else None,
        html.H4("History"),
        history_strip(series[layer]["changes"][n], days),
    ]


def _behind(events: Sequence[Mapping], changes, day_index: int, status: str) -> set[str]:
    """Return ids of the events that support the unit's current state (same status, since onwards)."""
    _, since, _ = state_at(changes, day_index)
    start = as_day(since)
    return {
        str(e.get("event_id"))
        for e in events
        if e.get("status") == status and (start is None or (as_day(e.get("event_date")) or start) >= start)
    }

