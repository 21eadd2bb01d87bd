"""The dashboard's empty state: shown when no event is placed, with the count of undated events."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from browser.fakes import fake_built
from dashboard.empty_state import TITLE, UNCHECKED_TITLE, empty_note
from dashboard.layout import date_caption


def test_a_timeline_with_states_has_no_empty_note():
    assert empty_note(fake_built()) is None


def test_no_placed_state_gives_the_note_with_the_undated_count():
    built = fake_built()
    built.events["event_date"] = None
    built = dataclasses.replace(built, timeline=dataclasses.replace(built.timeline, rows=[]))
    note = empty_note(built)
    assert note.startswith(f"{TITLE}: 4 of 4 events have no date")
    assert "manifest.csv" in note
    assert date_caption({"empty_note": note, "labels": ["Tuesday 1 December 2026"]}, 0) == TITLE


def test_the_verified_view_before_any_review_says_nothing_is_checked_not_undated():
    built = fake_built()
    verified = SimpleNamespace(events=built.events, timeline=dataclasses.replace(built.timeline, rows=[]),
                               verified_only=True, reviews=None)
    note = empty_note(verified)
    assert note.startswith(f"{UNCHECKED_TITLE}: no analyst has accepted any of the 4 events")
    assert "All events" in note and "no date" not in note



def test_the_empty_state_prints_no_date_under_the_slider_or_the_chart():
    from browser.fakes import square_boundaries
    from dashboard.counts_chart import counts_data
    from dashboard.layout import slider_props
    from dashboard.series import build_series

    built = fake_built()
    built.events["event_date"] = None
    built = dataclasses.replace(built, timeline=dataclasses.replace(built.timeline, rows=[]))
    series = {**build_series(built, square_boundaries()), "empty_note": empty_note(built)}
    assert slider_props(series)["marks"] == {} and counts_data(series)["ticks"] == {}
    dated = {**series, "empty_note": None}
    assert slider_props(dated)["marks"][0] == "25 Jul"
