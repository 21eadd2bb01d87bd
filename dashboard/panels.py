"""The sources panel: a unit's state on a day, the excerpts behind it and its own history.

Article text is rendered only as text inside Dash components (the place wrapped in `html.Mark`),
never as HTML, so markup in a news article stays inert. Excerpts come a page at a time, newest
first (`more_excerpts` gives the next pages), so a unit with thousands of reports opens as fast as
one with three: every unit's events are indexed newest first once per build (dashboard.unit_index),
and only a page becomes components.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from dash import html

from dashboard import ids
from dashboard.date_basis import day_words
from dashboard.panel_stories import articles_of_stories, first_copy_positions
from dashboard.series import records
from dashboard.state import as_day, state_at
from dashboard.style import STATUS_COLORS, STATUS_LABELS
from dashboard.supporting import SUPPORT_WORDS, all_support, supporting_ids
from dashboard.unit_index import PanelIndex, UnitIndex
from frontmap.intake.stories import first_copies, same_report
from frontmap.status import STATUSES, UNKNOWN
from geodata.names import normalize, normalize_with_offsets

MAX_EXCERPTS = 30  # excerpts per page
HISTORY_LINES = 12  # the latest changes listed under the history bar; earlier ones fold away
_MAX_ID_SHOWN = 40  # an unknown unit id is echoed back only this far
SAFE_SCHEMES = ("http://", "https://")
_SUPPORT_COLUMNS = ("event_id", "status", "event_date")


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


def _dated(event: Mapping) -> str:
    """Return "dated <day>" or "no date"; the card's why line (review_panel) says how it was dated."""
    day = as_day(event.get("event_date"))
    return f"dated {day_words(day, _text(event.get('date_basis')))}" if day else "no date"


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
    return records(unit_event_frame(events, layer, unit_id, day))


def unit_event_frame(events, layer: str, unit_id: str, day: dt.date) -> pd.DataFrame:
    """Return unit_events() as a table (events: a DataFrame or records)."""
    frame = _as_frame(events)
    return frame.iloc[unit_event_positions(frame, layer, unit_id, day)]


def _as_frame(events) -> pd.DataFrame:
    return events if isinstance(events, pd.DataFrame) else pd.DataFrame(records(events))


def unit_event_positions(frame: pd.DataFrame, layer: str, unit_id: str, day: dt.date,
                         index: PanelIndex | None = None) -> list[int]:
    """Return the row positions in `frame` of unit_events(), in its order; `index` is the
    PanelIndex of `frame` when the app holds one (else the unit's events are indexed now)."""
    key = "district_id" if layer == "district" else "province_code"
    if frame.empty or key not in frame:
        return []
    return index.positions(key, unit_id, day) if index is not None else UnitIndex(frame, key).on(unit_id, day)


def _articles_of(articles, article_ids: set[str]) -> dict[str, dict]:
    """Return article_id -> article record for the articles of `article_ids` only."""
    if isinstance(articles, pd.DataFrame) and "article_id" in articles:
        articles = articles[articles["article_id"].astype(str).isin(article_ids)]
    return {str(a.get("article_id")): a for a in records(articles) if str(a.get("article_id")) in article_ids}


def story_carriers(articles) -> dict[str, list[str]]:
    """Return {story id: the outlets of its copies (a file's name when it gives none), one line
    per copy} for the stories carried more than once (syndicated copies of one wire story)."""
    copies: dict[str, list[str]] = {}
    for article in records(articles):
        story = _text(article.get("story")) or _text(article.get("article_id"))
        copies.setdefault(story, []).append(_text(article.get("outlet")) or _text(article.get("file"), "unknown"))
    return {story: outlets for story, outlets in copies.items() if len(outlets) > 1}


def one_per_story(events: Sequence[Mapping]) -> list[Mapping]:
    """Return `events` without those a later copy of the same story repeats (stories.same_report,
    by place): a story carried by many outlets is shown once."""
    def report(event: Mapping) -> tuple[str, tuple]:
        article = _text(event.get("article_id"))
        return article, same_report(_text(event.get("story")) or article, _text(event.get("place")),
                                    event.get("status"), _iso(event.get("event_date")), _text(event.get("date_basis")))

    return first_copies(events, report)


def carried_by(outlets: Sequence[str]) -> str:
    """Return "carried by N outlets: A, B" for the outlets of a story's copies (N distinct)."""
    names = sorted(set(outlets))
    copies = f" ({len(outlets)} copies)" if len(outlets) > len(names) else ""
    return f"carried by {len(names)} outlet{'s' if len(names) != 1 else ''}{copies}: {', '.join(names)}"


def excerpt_card(event: Mapping, article: Mapping | None, terms: Sequence[str], supports: bool,
                 carriers: Sequence[str] = (), worded: bool = True) -> html.Div:
    """Return one excerpt: the sentence with the place marked, then outlet, title, date, link,
    the outlets that carried the story when copies of it were read (`carriers`), and the event;
    marked when it `supports` the state shown, in words too when `worded` (dashboard.supporting)."""
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
        f" {_dated(event)}",
    ]
    if supports and worded:
        meta.append(html.Strong(f" · {SUPPORT_WORDS}"))
    carried = [html.Div(carried_by(carriers), className="fm-carried")] if len(carriers) > 1 else []
    return html.Div(
        className="fm-excerpt" + (" fm-supports" if supports else ""),
        children=[
            html.Blockquote(highlight(_text(event.get("excerpt")), terms)),
            html.Div(source, className="fm-source"),
            *carried,
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
    # one segment per status: the source count changing alone (daily, on a busy district) is no change
    points = [point for n, point in enumerate(points) if n == 0 or point[1] != points[n - 1][1]]
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
    return html.Div([html.Div(segments, className="fm-history-bar"), *_history_lines(lines)])


def _history_lines(lines: list) -> list:
    """Return the history's lines: the latest HISTORY_LINES shown, any earlier ones folded away (a
    district fought over all season changes hands a hundred times; the reader wants the latest)."""
    if len(lines) <= HISTORY_LINES:
        return [html.Ul(lines, className="fm-history")]
    earlier = lines[:-HISTORY_LINES]
    return [html.Details([html.Summary(f"{len(earlier)} earlier change{'s' if len(earlier) != 1 else ''}"),
                          html.Ul(earlier, className="fm-history")], className="fm-history-earlier"),
            html.Ul(lines[-HISTORY_LINES:], className="fm-history")]


def source_panel(
    unit: Mapping, layer: str, day_index: int, series: Mapping, events, articles, aliases: Mapping | None = None,
    card_hook: Callable[[Mapping, html.Div], html.Div] | None = None, index: PanelIndex | None = None,
) -> list:
    """Return the panel's children for `unit` (`{"id": ...}`) of `layer` on day `day_index`.

    `aliases` is `unit_terms()`'s map: the names to highlight in each unit's excerpts;
    `card_hook(event, card)`, when given, returns each excerpt card as shown (the review controls);
    `index`, the PanelIndex of `events` the app built when it loaded them.
    Shows the unit's state and since when, the excerpts behind it (newest first, those behind the
    state shown marked; a syndicated story once, with the outlets that carried it), and the
    unit's history. An unknown unit gives a short notice.
    """
    unit_id = str(unit.get("id"))
    if unit_id not in series[layer]["ids"]:
        shown = unit_id if len(unit_id) <= _MAX_ID_SHOWN else unit_id[:_MAX_ID_SHOWN] + "…"
        return [html.P(f"No {layer} with id {shown} on this map.", className="fm-empty")]
    n = series[layer]["ids"].index(unit_id)
    name, province = series[layer]["names"][n], series[layer]["provinces"][n]
    days = series["days"]
    _, since, n_sources = state_at(series[layer]["changes"][n], day_index)
    page = _Page.of(unit_id, layer, day_index, series, events, aliases, index)
    heading = f"{name} district, {province} province" if layer == "district" else f"{name} province"
    summary = [_chip(page.status), f" on {days[day_index]}"]
    if since:
        summary.append(f", since {since}")
    summary.append(f" · {n_sources} source{'s' if n_sources != 1 else ''}")
    return [
        html.H3(heading),
        html.P(summary, className="fm-summary"),
        html.H4("Reports up to this date, newest first"),
        html.Div(page.cards(articles, 0, MAX_EXCERPTS, card_hook) or [html.P("No report mentions it up to this date.",
                                                                   className="fm-empty")]),
        html.Div([html.Div(id=ids.PANEL_OLDER), more_button(len(page.chosen) - MAX_EXCERPTS)])
        if len(page.chosen) > MAX_EXCERPTS else None,
        html.H4("History"),
        history_strip(series[layer]["changes"][n], days),
    ]


def more_button(remaining: int) -> html.Button:
    """Return the button asking for the next page of older excerpts (hidden when none remain)."""
    return html.Button(f"Show older reports ({remaining} more)", id=ids.PANEL_MORE, n_clicks=0,
                       className="fm-more", style=None if remaining > 0 else {"display": "none"})


def more_excerpts(unit: Mapping, layer: str, day_index: int, series: Mapping, events, articles,
                  aliases: Mapping | None, pages: int, card_hook=None, index: PanelIndex | None = None,
                  ) -> tuple[list, int]:
    """Return (the excerpt cards of pages 2 to `pages` + 1, how many older ones remain); `card_hook`
    and `index` as in source_panel."""
    unit_id = str(unit.get("id"))
    if unit_id not in series[layer]["ids"]:
        return [], 0
    page = _Page.of(unit_id, layer, day_index, series, events, aliases, index)
    end = MAX_EXCERPTS * (pages + 1)
    return page.cards(articles, MAX_EXCERPTS, end, card_hook), max(0, len(page.chosen) - end)


@dataclass(frozen=True)
class _Page:
    """A unit's events on a day, newest first, with what every excerpt card needs."""

    events: pd.DataFrame
    chosen: list[int]  # row positions in `events`, newest first
    terms: list[str]
    status: str
    since: str | None
    day: str
    everyone_supports: bool  # every listed report supports the state: no card says so in words

    @classmethod
    def of(cls, unit_id: str, layer: str, day_index: int, series: Mapping, events, aliases: Mapping | None,
           index: PanelIndex | None = None) -> "_Page":
        n = series[layer]["ids"].index(unit_id)
        changes = series[layer]["changes"][n]
        day = dt.date.fromisoformat(series["days"][day_index])
        events = _as_frame(events)
        positions = unit_event_positions(events, layer, unit_id, day, index)
        chosen = first_copy_positions(events, positions, index.codes if index is not None else None)
        by_district = (aliases or {}).get("district", {})
        places, districts = ({_text(v) for v in events[column].iloc[chosen].unique()} if column in events else set()
                             for column in ("place", "district_id"))
        terms = [series[layer]["names"][n], *(aliases or {}).get(layer, {}).get(unit_id, ()), *places,
                 *{alias for d in districts for alias in by_district.get(d, ())}]
        if layer == "province":
            terms.append(series[layer]["provinces"][n])
        code, since, _ = state_at(changes, day_index)
        status, iso = STATUSES[code], series["days"][day_index]
        listed = events.iloc[chosen][[c for c in _SUPPORT_COLUMNS if c in events]]
        return cls(events, chosen, terms, status, since, iso, all_support(listed, status, since, iso))

    def cards(self, articles, start: int, end: int, card_hook=None) -> list[html.Div]:
        """Return the excerpt cards of events `start` to `end` (newest first), each passed through
        `card_hook(event, card)` when given."""
        shown = records(self.events.iloc[self.chosen[start:end]])
        supported = supporting_ids(shown, self.status, self.since, self.day)
        article_by_id = _articles_of(articles, {str(e.get("article_id")) for e in shown})
        stories = {_text(e.get("story")) for e in shown} - {""}
        carriers = story_carriers(_with_stories(articles, stories)) if stories else {}
        cards = [excerpt_card(e, article_by_id.get(str(e.get("article_id"))), self.terms,
                              str(e.get("event_id")) in supported, carriers.get(_text(e.get("story")), ()),
                              not self.everyone_supports)
                 for e in shown]
        return [card_hook(e, card) for e, card in zip(shown, cards)] if card_hook is not None else cards


def _with_stories(articles, stories: set[str]):
    """Return the articles of `stories` only (all of them unless a table): story_carriers of the
    result is story_carriers(articles) for those stories."""
    if isinstance(articles, pd.DataFrame) and not articles.empty:
        return articles_of_stories(articles, stories)
    return articles

