"""The review callbacks: thin wiring from the review buttons, form and queue to frontmap.review.

`record_review` does the work (one review, one store transaction, the stale-edit check against
the version the reviewer saw); each callback unpacks, calls it, and answers in one go with
everything the review changes (the series' changed units, the counts chart's changed lines,
the slider only when the days changed, the outcome), so no callback is chained after it. The
browser-only parts (a review button's press, opening a queue entry, keyboard shortcuts, the
counts chart redrawn after the map repaints) are in assets/review.js.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path

from dash import ALL, ClientsideFunction, Input, Output, State, ctx, html, no_update

from dashboard import ids
from dashboard.callbacks import refreshed
from dashboard.counts_chart import counts_graph, counts_update
from dashboard.layout import slider_props
from dashboard.queue import queue_items, queue_list
from dashboard.review_data import ALL as ALL_VIEW
from dashboard.review_panel import OFF, TOKEN, form_values, place_option, reviewer_shown
from dashboard.series import series_update
from dashboard.state import day_index_of
from frontmap import review
from frontmap.review.model import ReviewError, clean_reviewer
from frontmap.store import Store

MAX_PLACE_OPTIONS = 12


def review_mode(host: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Return what the review section offers on a server bound to `host`: OFF, OPEN or TOKEN."""
    if not review.reviewing_enabled(host, environ):
        return OFF
    return TOKEN if review.review_token(environ) else "open"


def _event(built, event_id: str) -> dict | None:
    events = built.events
    found = events[events["event_id"] == event_id]
    return found.iloc[0].to_dict() if len(found) else None


def _place(value: str | None, gazetteer):
    return review.resolve_place(value or "", gazetteer)


#: An edit saved with the status, date and place it opened with (the core names its fields instead).
NOTHING_EDITED = ("nothing was changed: pick another status, date or place before saving "
                  "(to vouch for the event as it stands, press Accept)")


def record_review(data_dir: Path, request: Mapping, form: Mapping, reviewer: str | None, allowed: bool,
                  gazetteer=None) -> str:
    """Record the review `request` asks for ({"action", "event", "version", and for an edit the
    values the form opened with: "status", "date", "place"}) with the `form` values (status,
    date, place, note, url, quote); return what to tell the reviewer. Raises ReviewError (no
    name, not allowed, missing note, stale, unknown event...)."""
    if not allowed:
        raise ReviewError("reviewing on this server needs its review token: enter it above")
    if not (reviewer or "").strip():
        raise ReviewError("enter your name first (it is kept in this browser)")
    action, event_id = request.get("action"), str(request.get("event") or "")
    version = int(request.get("version") or 0)
    with Store.open(data_dir) as store:
        if action == "accept":
            review.accept(store, event_id, form.get("note"), reviewer, expected_version=version)
            return "Accepted: the event now counts as verified."
        if action == "reject":
            review.reject(store, event_id, form.get("note"), reviewer, expected_version=version)
            return "Rejected: the event no longer counts. Undo is on its card."
        if action == "undo":
            state = review.reviews_of(store, event_id)
            if state is None or state.last is None:
                raise ReviewError("nothing to undo on this event")
            review.undo(store, state.last.review_id, reviewer, expected_version=version)
            return f"Undone: the {state.last.action} by {state.last.reviewer} no longer applies."
        if action == "edit":
            changes = _edits(request, form, gazetteer)
            if not changes:
                raise ReviewError(NOTHING_EDITED)
            review.edit(store, event_id, form.get("note"), reviewer, expected_version=version, **changes)
            return "Edited: the map counts the corrected event."
        if action == "add":
            event = review.add_manual(store, _place(form.get("place"), gazetteer), form.get("status") or "",
                                      form.get("date") or "", form.get("note"), reviewer,
                                      url=form.get("url") or "", quote=form.get("quote") or "")
            return f"Added event {event.event_id}."
    raise ReviewError(f"unknown review action {action!r}")


def _edits(request: Mapping, form: Mapping, gazetteer) -> dict:
    """Return the edit's keyword arguments: the form's values that differ from those it opened with."""
    changes: dict = {}
    if form.get("status") and form.get("status") != request.get("status"):
        changes["status"] = form["status"]
    if form.get("date") and form.get("date") != request.get("date"):
        changes["event_date"] = form["date"]
    if form.get("place") and form.get("place") != request.get("place"):
        changes["place"] = _place(form["place"], gazetteer)
    return changes


def place_options(search: str | None, chosen: str | None, options: list | None, gazetteer) -> list:
    """Return the place box's options for what the reviewer typed (the gazetteer's lookup),
    keeping the chosen place's option."""
    kept = [o for o in options or [] if o.get("value") == chosen]
    if not search or len(search.strip()) < 2:
        return kept or no_update
    found = []
    for match in gazetteer.lookup(search.strip())[:MAX_PLACE_OPTIONS]:
        place = match.place
        option = place_option(place.name, place.district_id, place.province_code, place.province)
        if option["value"] not in {o["value"] for o in (*kept, *found)}:
            found.append(option)
    return kept + found


def _message(text: str, error: bool = False) -> html.Span:
    # data-at tells one outcome from the next when both say the same (the browser tests wait on it).
    return html.Span(text, className="fm-review-error" if error else "fm-review-done",
                     **{"data-at": f"{time.time():.6f}"})


def register(app, reviewed, data_dir: Path, mode: str, gazetteer, refresh: Callable) -> None:
    """Attach the review callbacks to `app` (only the all/verified switch when `mode` is OFF). `reviewed` is the
    app's review_data.ReviewedData; `refresh()` rewrites the data directory's CSVs (run in the background after each review)."""
    # The other view's days may differ: the slider and chart come with its series, keeping the date shown.
    @app.callback(Output(ids.SERIES, "data", allow_duplicate=True), Output(ids.SERIES_REV, "data", allow_duplicate=True),
                  Output(ids.SLIDER, "min", allow_duplicate=True),
                  Output(ids.SLIDER, "max", allow_duplicate=True), Output(ids.SLIDER, "marks", allow_duplicate=True),
                  Output(ids.SLIDER, "value", allow_duplicate=True),
                  Output(ids.COUNTS_HOLDER, "children", allow_duplicate=True), Input(ids.REVIEW_VIEW, "value"),
                  State(ids.CURRENT_DAY, "data"), prevent_initial_call=True)
    def _view(view, day):
        series = reviewed.get(view).series
        return series, series["rev"], *refreshed(series, day)[1:]

    if mode == OFF:
        return

    def allowed(token: str | None) -> bool:
        return mode != TOKEN or review.may_review(None, token)

    def queue_of(view: str) -> list[dict]:
        # Unreviewed events are never in the verified view: the queue is always the whole map's.
        return queue_items(reviewed.get(ALL_VIEW).built, reviewed.get(view).series)

    def outcome(view: str, rev, day, queue, message) -> tuple:
        # One answer carries everything a review changes (no callback chained after it): the
        # units that changed since the series the browser shows, which repaint the map and,
        # through the day it renders, the panel; the counts chart's changed lines; the slider
        # only when the days changed; the queue when it is open.
        items = queue_of(view) if queue is not None else no_update
        series, shown = reviewed.get(view).series, reviewed.series_of(rev)
        return (series_update(shown, series), series["rev"], message, items,
                queue_list(items) if queue is not None else no_update, *follow_series(shown, series, day))

    # Every answer that changes the series names its revision: the browser shows that series from
    # then on, and the server, holding it, never needs it sent back.
    outputs = [Output(ids.SERIES, "data", allow_duplicate=True), Output(ids.SERIES_REV, "data"),
               Output(ids.REVIEW_MESSAGE, "children"),
               Output(ids.QUEUE_DATA, "data", allow_duplicate=True),
               Output(ids.QUEUE_LIST, "children", allow_duplicate=True),
               *(Output(ids.SLIDER, prop, allow_duplicate=True) for prop in ("min", "max", "marks", "value")),
               Output(ids.COUNTS_HOLDER, "children", allow_duplicate=True),
               Output(ids.COUNTS_PATCH, "data"),
               Output(ids.REVIEW_FORM, "hidden", allow_duplicate=True)]
    common = [State(ids.REVIEWER, "data"), State(ids.REVIEW_TOKEN, "data"), State(ids.REVIEW_VIEW, "value"),
              State(ids.SERIES_REV, "data"), State(ids.CURRENT_DAY, "data"), State(ids.QUEUE_DATA, "data")]
    unchanged = (no_update,) * len(outputs)
    app.clientside_callback(ClientsideFunction(namespace="frontmapReview", function_name="countsFollow"),
                            Output(ids.COUNTS_PATCH, "data", allow_duplicate=True), Input(ids.COUNTS_PATCH, "data"),
                            prevent_initial_call=True)

    def act(request: Mapping, form: Mapping, reviewer, token, view, rev, day, queue) -> tuple:
        try:
            text = record_review(data_dir, request, form, reviewer, allowed(token), gazetteer)
        except ReviewError as error:
            return (*outcome(view, rev, day, queue, _message(str(error), True)), False)
        answer = (*outcome(view, rev, day, queue, _message(text)), True)
        reviewed.refresh_files(refresh)
        return answer

    # The excerpts' Accept/Undo and Reject/Edit buttons come and go with the panel: the browser
    # writes a press straight into a store (assets/review.js), so a panel drawn again while the
    # request is out never drops the review's outcome.
    @app.callback(*outputs, Input(ids.QUICK_REQUEST, "data"), *common, prevent_initial_call=True)
    def _quick(request, reviewer, token, view, rev, day, queue):
        return act(request, {}, reviewer, token, view, rev, day, queue) if request else unchanged

    @app.callback(*outputs, Input(ids.FORM_SAVE, "n_clicks"), State(ids.REVIEW_TARGET, "data"),
                  State(ids.FORM_STATUS, "value"), State(ids.FORM_DATE, "value"), State(ids.FORM_PLACE, "value"),
                  State(ids.FORM_NOTE, "value"), State(ids.FORM_URL, "value"), State(ids.FORM_QUOTE, "value"),
                  *common, prevent_initial_call=True)
    def _save(clicks, target, status, date, place, note, url, quote, reviewer, token, view, rev, day, queue):
        if not clicks or not target:
            return unchanged
        form = {"status": status, "date": date, "place": place, "note": note, "url": url, "quote": quote}
        return act(target, form, reviewer, token, view, rev, day, queue)

    @app.callback(
        Output(ids.REVIEW_TARGET, "data"), Output(ids.REVIEW_FORM, "hidden"), Output(ids.FORM_TITLE, "children"),
        Output(ids.FORM_STATUS, "value"), Output(ids.FORM_DATE, "value"), Output(ids.FORM_PLACE, "value"),
        Output(ids.FORM_PLACE, "options"), Output(ids.FORM_NOTE, "value"), Output(ids.FORM_SOURCE, "hidden"),
        Output(ids.REVIEW_MESSAGE, "children", allow_duplicate=True),
        Input(ids.OPEN_REQUEST, "data"), Input(ids.ADD_EVENT, "n_clicks"), Input(ids.FORM_CANCEL, "n_clicks"),
        State(ids.SELECTED, "data"), State(ids.CURRENT_DAY, "data"), State(ids.REVIEW_VIEW, "value"),
        prevent_initial_call=True,
    )
    def _open(request, _add, _cancel, selected, day, view):
        if ctx.triggered_id == ids.FORM_CANCEL:
            return None, True, *(no_update,) * 7, ""
        trigger = ids.ADD_EVENT if ctx.triggered_id == ids.ADD_EVENT else request
        return open_form(trigger, selected, day, reviewed.get(view)) if trigger else (no_update,) * 10

    @app.callback(Output(ids.FORM_PLACE, "options", allow_duplicate=True), Input(ids.FORM_PLACE, "search_value"),
                  State(ids.FORM_PLACE, "value"), State(ids.FORM_PLACE, "options"), prevent_initial_call=True)
    def _places(search, chosen, options):
        return place_options(search, chosen, options, gazetteer)

    @app.callback(Output(ids.REVIEWER, "data"), Input(ids.REVIEWER_SAVE, "n_clicks"),
                  Input(ids.REVIEWER_INPUT, "n_submit"), State(ids.REVIEWER_INPUT, "value"), prevent_initial_call=True)
    def _name(_clicks, _submit, name):
        try:
            return clean_reviewer(name)
        except ReviewError:
            return no_update

    @app.callback(Output(ids.REVIEWER_SHOWN, "children"), Input(ids.REVIEWER, "data"))
    def _shown(name):
        return reviewer_shown(name)

    # After a reload the box holds the kept name, not its "asked once" prompt under "Reviewing as ...".
    # Filled in the browser as the page starts: a server answer could land while someone types.
    app.clientside_callback("function (name) { return name || window.dash_clientside.no_update; }",
                            Output(ids.REVIEWER_INPUT, "value"), Input(ids.REVIEWER, "data"))

    if mode == TOKEN:
        app.clientside_callback("function (t) { return t || null; }", Output(ids.REVIEW_TOKEN, "data"),
                                Input(ids.REVIEW_TOKEN_INPUT, "value"), prevent_initial_call=True)

    @app.callback(Output(ids.QUEUE_DATA, "data"), Output(ids.QUEUE_LIST, "children"), Input(ids.QUEUE_LOAD, "n_clicks"),
                  State(ids.REVIEW_VIEW, "value"), prevent_initial_call=True)
    def _queue(_clicks, view):
        items = queue_of(view)
        return items, queue_list(items)

    app.clientside_callback(
        ClientsideFunction(namespace="frontmapReview", function_name="openQueueItem"),
        Output(ids.SLIDER, "value", allow_duplicate=True), Output(ids.LAYER, "value", allow_duplicate=True),
        Output(ids.SELECTED, "data", allow_duplicate=True),
        Input({"type": ids.QUEUE_ITEM, "n": ALL}, "n_clicks"), State(ids.QUEUE_DATA, "data"),
        prevent_initial_call=True,
    )


def follow_series(old: Mapping | None, series: Mapping, day: str | None) -> tuple:
    """Return what follows the browser's series `old` (None: unknown) becoming `series`: the
    slider's min, max, marks and value (keeping the date shown), a new counts chart, and
    {"counts": the chart's new data}. With the same days the slider and chart element stay
    (no_update) and the chart's data is sent only when a line changed; otherwise the slider is
    reset and the chart sent anew."""
    if old is not None and old.get("days") == series["days"]:
        return (*(no_update,) * 5, counts_update(old, series))
    props = slider_props(series)
    return (props["min"], props["max"], props["marks"], day_index_of(series["days"], day), counts_graph(series),
            no_update)


def open_form(trigger, selected: Mapping | None, day: str | None, data) -> tuple:
    """Return the form's outputs for a Reject/Edit button's id `trigger` or Add event (on the
    selected unit, dated the day shown): target, hidden, title, status, date, place, options,
    note, source fields hidden, message."""
    if trigger == ids.ADD_EVENT:
        if not selected or not selected.get("id"):
            return None, True, *(no_update,) * 7, _message("Click a district or province first, then Add event.", True)
        series_layer = data.series.get(selected.get("layer") or "district", {})
        unit_ids = series_layer.get("ids", [])
        name = series_layer["names"][unit_ids.index(selected["id"])] if selected["id"] in unit_ids else selected["id"]
        values = form_values("add", None, {"id": selected["id"], "name": name, "day": day})
        target = {"action": "add", "unit": selected["id"]}
    else:
        event = _event(data.built, str(trigger.get("event")))
        if event is None:
            return None, True, *(no_update,) * 7, _message("That event is no longer in the data; reload.", True)
        values = form_values(trigger["action"], event)
        target = {"action": trigger["action"], "event": trigger["event"], "version": trigger.get("version", 0),
                  "status": values["status"], "date": values["date"], "place": values["place"]}
    return (target, False, values["title"], values["status"], values["date"], values["place"], values["options"],
            "", target["action"] != "add", "")
