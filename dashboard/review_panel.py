"""The review side of the dashboard, as pure functions of plain data: the view switch and its
legend entry, the review section (who reviews, the form, the queue), and each excerpt's review
controls with the words that decided its status and date highlighted.

Notes, reviewer names and excerpts are only ever Dash text children, never HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dash import dcc, html

from dashboard import ids
from dashboard.date_basis import WORDED_BASES, date_reason
from dashboard.panels import _text
from dashboard.review_data import ALL, VERIFIED
from dashboard.state import as_day
from dashboard.style import STATUS_LABELS
from frontmap.extract.dates import find_date_expressions
from frontmap.status import EVENT_STATUSES

#: Review kinds (the events' `review` column) as the panel names them.
REVIEW_LABELS = {"accepted": "Accepted", "rejected": "Rejected", "edited": "Edited", "manual": "Added"}
UNREVIEWED_LEGEND = "Lighter: machine-read only (no analyst has checked its reports)"
#: What the section offers: reviewing off, on, or on for those who give the instance's token.
OFF, OPEN, TOKEN = "off", "open", "token"


# --- the view switch ------------------------------------------------------------------------


def review_bar() -> html.Div:
    """Return the switch between all events and verified events only, and the legend entry of
    the states that rest on machine-read reports only."""
    return html.Div(className="fm-review-bar", children=[
        dcc.RadioItems(id=ids.REVIEW_VIEW, value=ALL, inline=True, className="fm-review-view", options=[
            {"label": "All events", "value": ALL}, {"label": "Verified only", "value": VERIFIED}]),
        html.Span([html.Span(className="fm-swatch fm-unreviewed-swatch"), UNREVIEWED_LEGEND],
                  className="fm-legend-unreviewed"),
    ])


# --- the review section ---------------------------------------------------------------------


def _form() -> html.Div:
    """Return the review form (hidden until an excerpt's Reject or Edit, or Add event, opens it)."""
    return html.Div(id=ids.REVIEW_FORM, className="fm-review-form", hidden=True, children=[
        html.Div(id=ids.FORM_TITLE, className="fm-form-title"),
        html.Label(["Status", dcc.RadioItems(id=ids.FORM_STATUS, inline=True, options=[
            {"label": STATUS_LABELS[s], "value": s} for s in EVENT_STATUSES])]),
        html.Label(["Date ", dcc.Input(id=ids.FORM_DATE, type="text", placeholder="YYYY-MM-DD", debounce=False)]),
        html.Label(["Place", dcc.Dropdown(id=ids.FORM_PLACE, searchable=True, clearable=True,
                                          placeholder="Type a district or province", options=[])]),
        html.Label(["Note (why; required to reject, edit or add)",
                    dcc.Textarea(id=ids.FORM_NOTE, className="fm-form-note")]),
        html.Div(id=ids.FORM_SOURCE, className="fm-form-source", children=[
            html.Label(["Source address ", dcc.Input(id=ids.FORM_URL, type="url", placeholder="https://...")]),
            html.Label(["Quoted text", dcc.Textarea(id=ids.FORM_QUOTE)]),
        ]),
        html.Button("Save", id=ids.FORM_SAVE, className="fm-primary"),
        html.Button("Cancel", id=ids.FORM_CANCEL),
    ])


def review_section(mode: str) -> html.Section:
    """Return the review section of the side panel for `mode` (OFF, OPEN or TOKEN): who reviews
    (asked once, kept in the browser), the token field on a public instance, the form, the
    outcome of the last review and the review queue."""
    if mode == OFF:
        return html.Section(id=ids.REVIEW_SECTION, className="fm-review", children=[
            html.P("Reviewing is off on this server.", className="fm-empty")])
    who = [
        html.Span(id=ids.REVIEWER_SHOWN, className="fm-reviewer"),
        dcc.Input(id=ids.REVIEWER_INPUT, type="text", placeholder="Your name (asked once)", maxLength=80),
        html.Button("Save name", id=ids.REVIEWER_SAVE),
    ]
    if mode == TOKEN:
        who.append(dcc.Input(id=ids.REVIEW_TOKEN_INPUT, type="password", placeholder="Review token"))
    return html.Section(id=ids.REVIEW_SECTION, className="fm-review", children=[
        dcc.Store(id=ids.REVIEWER, storage_type="local"),
        dcc.Store(id=ids.REVIEW_TOKEN, storage_type="session"),
        dcc.Store(id=ids.REVIEW_TARGET),
        dcc.Store(id=ids.QUICK_REQUEST),
        dcc.Store(id=ids.OPEN_REQUEST),
        dcc.Store(id=ids.QUEUE_DATA),
        dcc.Store(id=ids.COUNTS_PATCH),
        html.Div(who, className="fm-review-who"),
        html.Div([html.Button("Add event on the selected unit", id=ids.ADD_EVENT),
                  html.Div(id=ids.REVIEW_MESSAGE, className="fm-review-message", role="status")],
                 className="fm-review-actions"),
        _form(),
        html.Details(className="fm-queue", children=[
            html.Summary("Review queue (a accept · r reject · e edit · j/k next/previous)"),
            html.Button("Load the queue", id=ids.QUEUE_LOAD),
            html.Ol(id=ids.QUEUE_LIST, className="fm-queue-list"),
        ]),
    ])


def reviewer_shown(name: str | None) -> str:
    """Return the line naming who reviews (text, never HTML)."""
    return f"Reviewing as {name}" if name else "Who is reviewing? Your name is kept in this browser."


# --- why the machine read it so ---------------------------------------------------------------


def decisive_words(event: Mapping) -> tuple[str, str]:
    """Return (the trigger words that decided the status, the date expression that decided the
    date: the one nearest the trigger, '' when the date came from no words of the sentence)."""
    text, trigger = _text(event.get("excerpt")), _text(event.get("trigger")).strip()
    if _text(event.get("date_basis")) not in WORDED_BASES or not text:
        return trigger, ""
    found = find_date_expressions(text)
    if not found:
        return trigger, ""
    at = text.lower().find(trigger.lower()) if trigger else -1
    nearest = min(found, key=lambda e: 0 if at < 0 else min(abs(e.start - at), abs(e.end - at)))
    return trigger, nearest.text


def why_line(event: Mapping) -> html.Div:
    """Return a line saying which words decided the event's status and date."""
    trigger, date_words = decisive_words(event)
    status = STATUS_LABELS.get(_text(event.get("status")), _text(event.get("status")))
    reason = date_reason(as_day(event.get("event_date")), _text(event.get("date_basis")), date_words)
    return html.Div(f"Read as {status}" + (f" from “{trigger}”" if trigger else "") + f"; {reason}.", className="fm-why")


def mark_decisive(parts: Sequence, phrases: Sequence[tuple[str, str]]) -> list:
    """Return the excerpt `parts` (strings and components, as panels.highlight gives them) with
    the first whole-word occurrence of each phrase in the strings wrapped in html.Mark(className)."""
    out = list(parts)
    for phrase, class_name in phrases:
        if not phrase:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)
        for n, part in enumerate(out):
            match = pattern.search(part) if isinstance(part, str) else None
            if match:
                out[n:n + 1] = [piece for piece in (part[:match.start()], html.Mark(
                    match.group(0), className=class_name), part[match.end():]) if not isinstance(piece, str) or piece]
                break
    return out


# --- each excerpt's review controls ------------------------------------------------------------


def review_badge(event: Mapping) -> html.Div | None:
    """Return who reviewed the event, how, and their note (None when unreviewed)."""
    kind = _text(event.get("review"))
    if kind not in REVIEW_LABELS:
        return None
    who, note = _text(event.get("reviewer")), _text(event.get("review_note"))
    return html.Div(className=f"fm-review-badge fm-review-{kind}", children=[
        html.Strong(REVIEW_LABELS[kind]), f" by {who}" if who else "", html.Span(f": {note}" if note else "")])


def _button(kind: str, action: str, event: Mapping, label: str, key: str) -> html.Button:
    version = int(event.get("review_version") or 0)
    return html.Button(label, className=f"fm-rv fm-rv-{action}", title=f"{label} ({key})", id={
        "type": kind, "action": action, "event": str(event.get("event_id")), "version": version})


def review_controls(event: Mapping) -> html.Div:
    """Return Accept, Reject, Edit and Undo for one event (Undo only once it was reviewed)."""
    kind = _text(event.get("review"))
    buttons = []
    if kind not in ("accepted", "manual"):
        buttons.append(_button(ids.QUICK, "accept", event, "Accept", "a"))
    if kind != "rejected":
        buttons.append(_button(ids.OPEN, "reject", event, "Reject", "r"))
    buttons.append(_button(ids.OPEN, "edit", event, "Edit", "e"))
    if kind:
        buttons.append(_button(ids.QUICK, "undo", event, "Undo", "u"))
    return html.Div(buttons, className="fm-review-controls")


def card_hook(reviewing: bool):
    """Return the function panels.source_panel calls on each excerpt card (event, card) -> card:
    the decisive words marked, why the machine read it so, the review, and (when `reviewing`)
    the review buttons."""

    def hook(event: Mapping, card: html.Div) -> html.Div:
        children = list(card.children)
        quote = children[0]
        trigger, date_words = decisive_words(event)
        quote.children = mark_decisive(quote.children if isinstance(quote.children, list) else [quote.children],
                                       [(trigger, "fm-why-status"), (date_words, "fm-why-date")])
        children.append(why_line(event))
        badge = review_badge(event)
        if badge is not None:
            children.append(badge)
        if reviewing:
            children.append(review_controls(event))
        kind = _text(event.get("review"))
        card.children = children
        card.className = f"{card.className} fm-card-{kind or 'unreviewed'}"
        card.id = {"type": "rv-card", "event": str(event.get("event_id"))}
        return card

    return hook


# --- the form's contents ----------------------------------------------------------------------


def place_option(place: str, district_id: str | None, province_code: str, province: str = "") -> dict:
    """Return a dropdown option for a place (value: the district_id, else the province code)."""
    where = f" ({province})" if province and province != place else ""
    return {"label": f"{place}{where}", "value": district_id or province_code}


def form_values(action: str, event: Mapping | None, unit: Mapping | None = None) -> dict:
    """Return what the form shows for `action` (reject, edit, add) on `event` (or, to add, on
    `unit`: {"id", "name", "layer"}): title, status, date, place value and options."""
    event = event or {}
    if action == "add":
        unit = unit or {}
        place = place_option(_text(unit.get("name")) or _text(unit.get("id")), None, _text(unit.get("id")))
        return {"title": f"Add an event on {_text(unit.get('name')) or _text(unit.get('id'))}",
                "status": "taliban", "date": _text(unit.get("day")), "place": place["value"], "options": [place]}
    day = as_day(event.get("event_date"))
    place = place_option(_text(event.get("place")), _text(event.get("district_id")) or None,
                         _text(event.get("province_code")))
    verb = "Reject" if action == "reject" else "Edit"
    return {"title": f"{verb} “{_text(event.get('place'))}”, {_text(event.get('status'))} on "
                     f"{day.isoformat() if day else 'no date'}",
            "status": _text(event.get("status")) or None, "date": day.isoformat() if day else "",
            "place": place["value"], "options": [place]}
