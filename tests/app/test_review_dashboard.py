"""The dashboard's review side without a browser: panels and form contents as pure functions,
who may review, recording reviews as the callbacks do, the patched series, the queue."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from dash import html

from dashboard import ids
from dashboard.review_callbacks import NOTHING_EDITED, place_options, record_review, review_mode
from dashboard.review_panel import (
    OFF,
    TOKEN,
    decisive_words,
    form_values,
    mark_decisive,
    review_badge,
    review_controls,
    review_section,
    why_line,
)
from dashboard.series import unit_changes
from dashboard.state import status_code
from frontmap.review import ReviewError, StaleReview, reviews_of
from frontmap.store import Store

EVENT = {
    "event_id": "e1", "excerpt": "Taliban fighters overran Nijrab district on Sunday, residents said.",
    "trigger": "overran", "status": "taliban", "date_basis": "weekday", "event_date": "2021-07-25",
    "place": "Nijrab", "district_id": "D1", "province_code": "AF-KAP", "review": "", "review_version": 0,
}


def find_all(component, kind=None):
    """Yield every component under `component` (of type `kind` when given)."""
    if kind is None or isinstance(component, kind):
        yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if child is not None and not isinstance(child, str):
            yield from find_all(child, kind)


def text_of(component) -> str:
    """Return every string under `component`, joined (what the browser shows as text)."""
    if isinstance(component, str):
        return component
    children = getattr(component, "children", None)
    return "".join(text_of(c) for c in (children if isinstance(children, list) else [children]) if c is not None)


def test_decisive_words_are_the_trigger_and_the_nearest_date():
    trigger, date_words = decisive_words(EVENT)
    assert trigger == "overran" and date_words.endswith("Sunday")
    assert decisive_words({**EVENT, "date_basis": "manifest"}) == ("overran", "")
    assert "dated Sunday 25 July 2021, the publication date listed in the manifest" in why_line({**EVENT, "date_basis": "manifest"}).children


def test_mark_decisive_wraps_whole_words_in_text_parts_only():
    parts = ["Taliban fighters overran ", html.Mark("Nijrab"), " district on Sunday."]
    marked = mark_decisive(parts, [("overran", "fm-why-status"), ("Sunday", "fm-why-date"), ("ran", "x")])
    marks = [p for p in marked if isinstance(p, html.Mark)]
    assert [(m.children, getattr(m, "className", None)) for m in marks] == [
        ("overran", "fm-why-status"), ("Nijrab", None), ("Sunday", "fm-why-date")]
    assert "".join(p if isinstance(p, str) else p.children for p in marked) == "".join(
        p if isinstance(p, str) else p.children for p in parts)


def test_controls_follow_the_review_kind():
    def actions(event):
        return [b.id["action"] for b in review_controls(event).children]

    assert actions(EVENT) == ["accept", "reject", "edit"]
    assert actions({**EVENT, "review": "accepted", "review_version": 1}) == ["reject", "edit", "undo"]
    assert actions({**EVENT, "review": "rejected"}) == ["accept", "edit", "undo"]
    assert review_controls({**EVENT, "review_version": 3}).children[0].id["version"] == 3


def test_notes_and_names_stay_text():
    badge = review_badge({**EVENT, "review": "rejected", "reviewer": "<i>Ana</i>", "review_note": "<script>x</script>"})
    text = text_of(badge)
    assert "<script>x</script>" in text and "<i>Ana</i>" in text
    assert review_badge(EVENT) is None


def test_form_values_for_each_action():
    edit = form_values("edit", EVENT)
    assert (edit["status"], edit["date"], edit["place"]) == ("taliban", "2021-07-25", "D1")
    add = form_values("add", None, {"id": "D9", "name": "Khost", "day": "2021-08-01"})
    assert add["date"] == "2021-08-01" and add["place"] == "D9" and "Khost" in add["title"]


def test_review_section_modes(monkeypatch):
    monkeypatch.delenv("FRONTMAP_REVIEW_TOKEN", raising=False)
    assert review_mode("127.0.0.1") == "open" and review_mode("0.0.0.0") == OFF and review_mode(None) == OFF
    monkeypatch.setenv("FRONTMAP_REVIEW_TOKEN", "s3cret")
    assert review_mode("0.0.0.0") == TOKEN and review_mode("127.0.0.1") == TOKEN
    section = review_section(TOKEN)
    assert any(getattr(c, "id", None) == ids.REVIEW_TOKEN_INPUT for c in find_all(section))
    assert "off" in review_section(OFF).children[0].children


def test_unit_changes_mark_the_checked_states():
    frames = [(0, [{"id": "a", "status": "taliban", "since": "2021-08-01", "event_ids": ("e1",)}]),
              (2, [{"id": "a", "status": "taliban", "since": "2021-08-01", "event_ids": ("e1", "e2")}])]
    changes = unit_changes(frames, "id", ["a"], lambda row: len(row["event_ids"]),
                           lambda row: int("e2" in row["event_ids"]))
    assert changes[0] == [[0, status_code("taliban"), "2021-08-01", 1, 0], [2, status_code("taliban"), "2021-08-01", 2, 1]]


# --- against a real store ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from frontmap.build import build_corpus
    from frontmap.paths import SAMPLE_CORPUS

    data = tmp_path_factory.mktemp("review-dashboard")
    build_corpus(SAMPLE_CORPUS, data_dir=data)
    return data


@pytest.fixture
def data(pristine, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(pristine, copy)
    return copy


def first_events(data, n):
    with Store.open(data) as store:
        return [r[0] for r in store.query("SELECT event_id FROM events ORDER BY event_id LIMIT ?", (n,))]


def test_record_review_needs_the_right_to_review_and_a_name(data):
    (event,) = first_events(data, 1)
    request = {"action": "accept", "event": event, "version": 0}
    with pytest.raises(ReviewError, match="token"):
        record_review(data, request, {}, "Ana", allowed=False)
    with pytest.raises(ReviewError, match="name"):
        record_review(data, request, {}, "  ", allowed=True)
    with pytest.raises(ReviewError, match="note"):
        record_review(data, {**request, "action": "reject"}, {"note": ""}, "Ana", allowed=True)


def test_an_edit_saved_unchanged_says_so_in_words_and_records_nothing(data):
    (event,) = first_events(data, 1)
    opened = {"action": "edit", "event": event, "version": 0, "status": "contested", "date": "2021-08-01", "place": "x"}
    for form in ({"status": "contested", "date": "2021-08-01", "place": "x", "note": "checked"}, {"note": "checked"}):
        with pytest.raises(ReviewError) as raised:
            record_review(data, opened, form, "Ana", True)
        assert str(raised.value) == NOTHING_EDITED and "event_date" not in str(raised.value)
    with Store.open(data) as store:
        assert reviews_of(store, event) is None or reviews_of(store, event).review == ""


def test_record_review_accept_stale_undo_edit_add(data):
    from geodata.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    first, second = first_events(data, 2)
    assert record_review(data, {"action": "accept", "event": first, "version": 0}, {}, "Ana", True).startswith("Accepted")
    with pytest.raises(StaleReview, match="Ana"):
        record_review(data, {"action": "reject", "event": first, "version": 0}, {"note": "no"}, "Ben", True)
    assert record_review(data, {"action": "undo", "event": first, "version": 1}, {}, "Ana", True).startswith("Undone")
    edit = {"action": "edit", "event": second, "version": 0, "status": "contested", "date": "2021-08-01", "place": "x"}
    record_review(data, edit, {"status": "government", "date": "2021-08-01", "place": "x", "note": "army"}, "Ana", True)
    with Store.open(data) as store:
        assert reviews_of(store, second).changes == {"status": "government"}
        assert reviews_of(store, first).review == ""
    added = record_review(data, {"action": "add"}, {"place": "Imam Sahib", "status": "taliban", "date": "2021-08-01",
                                                    "note": "seen"}, "Ana", True, gazetteer)
    assert added.startswith("Added event m")


def test_place_options_come_from_the_gazetteer():
    from geodata.gazetteer import Gazetteer

    options = place_options("Kunduz", "D1", [{"label": "Nijrab", "value": "D1"}], Gazetteer.load())
    assert options[0]["value"] == "D1" and len(options) > 1
    assert any("Kunduz" in o["label"] for o in options[1:])


def test_patched_series_equals_a_rebuilt_one(data, geodata_dir):
    from dashboard.queue import queue_items
    from dashboard.review_data import patched_series, review_seq
    from dashboard.series import build_series
    from frontmap.built import load_built
    from frontmap.review import accept, add_manual, edit, reject, resolve_place
    from geodata.boundaries import load_boundaries

    boundaries = load_boundaries(geodata_dir)
    before = load_built(data)
    series = build_series(before, boundaries)
    events = before.events.sort_values("event_id")["event_id"].tolist()
    assert review_seq(data) == 0
    with Store.open(data) as store:
        reject(store, events[0], "misread", "Ana")
        accept(store, events[1], None, "Ana")
        edit(store, events[2], "date", "Ana", event_date="2021-07-20", status="contested")
        add_manual(store, resolve_place("Imam Sahib"), "taliban", "2021-08-01", "seen", "Ana")
    assert review_seq(data) == 4
    after = load_built(data)
    assert patched_series(series, before, after, boundaries) == build_series(after, boundaries)
    items = queue_items(after, series)
    assert items and all(0 <= item["day"] < len(series["days"]) for item in items)
    assert events[1] not in {item["event"] for item in items}
    assert isinstance(pd.DataFrame(items), pd.DataFrame)


def test_a_new_series_moves_the_slider_only_when_its_days_change(monkeypatch):
    from dash import no_update

    from dashboard import review_callbacks
    from dashboard.review_callbacks import follow_series

    monkeypatch.setattr(review_callbacks, "counts_graph", lambda series: "chart")

    series = {"days": ["2021-08-01", "2021-08-02", "2021-08-03"], "district": {"ids": [], "changes": []},
              "province": {"ids": [], "changes": []}, "statuses": []}
    assert follow_series(series, dict(series), "2021-08-02") == (no_update,) * 6  # nothing to send
    longer = {**series, "days": ["2021-07-31", *series["days"]]}
    low, high, _marks, value, chart, patch = follow_series(series, longer, "2021-08-02")
    assert (low, high, value, chart, patch) == (0, 3, 2, "chart", no_update)
    assert follow_series(None, series, "2021-08-03")[3] == 2  # an unknown series: everything is sent


def test_the_counts_data_is_sent_again_only_when_a_review_changed_a_line():
    from dash import no_update

    from dashboard.counts_chart import counts_data, counts_update
    from dashboard.review_callbacks import follow_series
    from frontmap.status import STATUSES

    code = {status: n for n, status in enumerate(STATUSES)}
    days = ["2021-08-01", "2021-08-02", "2021-08-03"]

    def series(changes):
        return {"days": days, "district": {"ids": ["a", "b"], "changes": changes},
                "province": {"ids": ["p"], "changes": [[[0, code["government"], "2021-08-01", 1]]]}}

    before = series([[[0, code["government"], "2021-08-01", 1]], [[1, code["taliban"], "2021-08-02", 1]]])
    after = series([[[0, code["government"], "2021-08-01", 1]], []])  # b's only event rejected
    sent = counts_update(before, after)
    taliban = sent["counts"]["statuses"].index("taliban")
    assert sent["counts"]["layers"][0]["y"][taliban] == [0, 0, 0, 0]
    assert counts_data(before)["layers"][0]["y"][taliban] == [0, 1, 1, 1]
    assert follow_series(before, after, "2021-08-02")[5] == sent
    assert counts_update(after, dict(after)) is no_update  # nothing changed: nothing sent


def test_the_loader_kept_between_reviews_reads_them_as_a_fresh_load(data):
    from pandas.testing import assert_frame_equal

    from dashboard.review_data import ReviewedLoader
    from frontmap.built import load_built
    from frontmap.review import accept, reject
    from geodata.gazetteer import Gazetteer

    loader = ReviewedLoader(data, Gazetteer.load().districts())
    events = loader().events.sort_values("event_id")["event_id"].tolist()
    with Store.open(data) as store:
        reject(store, events[0], "misread", "Ana")
        accept(store, events[1], None, "Ana")
    for verified_only in (False, True):
        kept, fresh = loader(verified_only), load_built(data, verified_only=verified_only)
        assert kept.timeline.rows == fresh.timeline.rows
        assert_frame_equal(kept.events, fresh.events)
        assert kept.reviews.verified_ids() == fresh.reviews.verified_ids() == {events[1]}


def test_a_review_sends_only_the_units_it_changed():
    from dash import Patch

    from dashboard.series import series_update

    old = {"days": ["2021-08-01", "2021-08-02"], "labels": ["a", "b"], "rev": "r1",
           "district": {"ids": ["d1", "d2"], "changes": [[[0, 1, "2021-08-01", 1, 0]], []]},
           "province": {"ids": ["p1"], "changes": [[]]}}
    new = {**old, "rev": "r2", "district": {**old["district"], "changes": [old["district"]["changes"][0],
                                                                             [[1, 2, "2021-08-02", 1, 1]]]}}
    patch = series_update(old, new)
    assert isinstance(patch, Patch)
    operations = patch.to_plotly_json()["operations"]
    assert {tuple(o["location"]): o["params"]["value"] for o in operations} == {
        ("rev",): "r2", ("district", "changes", 1): [[1, 2, "2021-08-02", 1, 1]]}
    assert series_update(None, new) is new  # the browser's series is not known here: all of it
    longer = {**new, "days": [*new["days"], "2021-08-03"], "labels": ["a", "b", "c"]}
    assert series_update(old, longer) is longer
