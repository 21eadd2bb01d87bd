"""Tests for dashboard.supporting: which reports support the state a unit shows on a day."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.supporting import agrees, all_support, supporting_ids

D = dt.date


def report(event_id: str, status: str, day: dt.date | str | None) -> dict:
    return {"event_id": event_id, "status": status, "event_date": day}


def test_a_units_only_report_supports_the_state_it_starts():
    reports = [report("r1", "contested", D(2021, 7, 3))]
    assert supporting_ids(reports, "contested", "2021-07-03", "2021-07-03") == {"r1"}
    assert supporting_ids(reports, "contested", "2021-07-03", "2021-09-30") == {"r1"}
    assert all_support(reports, "contested", "2021-07-03", "2021-07-03")


def test_two_reports_of_one_day_the_weaker_does_not_support_the_winner():
    reports = [report("fight", "contested", "2021-08-06"), report("fall", "taliban", "2021-08-06")]
    assert supporting_ids(reports, "taliban", "2021-08-06", "2021-08-06") == {"fall"}
    assert not all_support(reports, "taliban", "2021-08-06", "2021-08-06")
    same = [report("a", "government", "2021-08-06"), report("b", "government", "2021-08-06")]
    assert supporting_ids(same, "government", "2021-08-06", "2021-08-10") == {"a", "b"}


def test_a_report_dated_after_the_day_viewed_supports_nothing_yet():
    reports = [report("early", "taliban", D(2021, 8, 8)), report("later", "taliban", D(2021, 8, 15))]
    assert supporting_ids(reports, "taliban", "2021-08-08", "2021-08-10") == {"early"}
    assert supporting_ids(reports, "taliban", "2021-08-08", None) == {"early", "later"}


def test_a_claim_agrees_with_the_capture_that_confirms_it_but_not_the_other_way():
    reports = [report("claim", "claimed", "2021-08-10"), report("confirmed", "taliban", "2021-08-11")]
    assert supporting_ids(reports, "taliban", "2021-08-10", "2021-08-12") == {"claim", "confirmed"}
    assert supporting_ids(reports, "claimed", "2021-08-10", "2021-08-12") == {"claim"}


def test_a_claim_from_before_the_capture_is_an_earlier_state():
    reports = [report("claim", "claimed", "2021-08-01"), report("confirmed", "taliban", "2021-08-11")]
    assert supporting_ids(reports, "taliban", "2021-08-11", "2021-08-12") == {"confirmed"}


def test_reports_of_an_earlier_state_with_the_same_status_do_not_support_the_later_one():
    reports = [report("first fall", "taliban", "2021-06-01"), report("retake", "government", "2021-06-20"),
               report("second fall", "taliban", "2021-08-01")]
    assert supporting_ids(reports, "taliban", "2021-08-01", "2021-08-02") == {"second fall"}


def test_undated_reports_and_no_state_support_nothing():
    assert supporting_ids([report("u", "taliban", None)], "taliban", "2021-08-01", "2021-08-02") == set()
    assert supporting_ids([report("r", "contested", "2021-08-01")], "unknown", None, "2021-08-02") == set()
    assert all_support([], "taliban", "2021-08-01", "2021-08-02")


@pytest.mark.parametrize(("event", "state", "expected"), [
    ("taliban", "taliban", True), ("claimed", "taliban", True), ("taliban", "claimed", False),
    ("contested", "taliban", False), ("government", "government", True), ("claimed", "claimed", True),
    ("contested", "unknown", False),
])
def test_agrees(event, state, expected):
    assert agrees(event, state) is expected


@pytest.mark.parametrize(("reports", "state", "since", "day"), [
    ([report("r1", "contested", D(2021, 7, 3))], "contested", "2021-07-03", "2021-07-03"),
    ([report("a", "contested", "2021-08-06"), report("b", "taliban", "2021-08-06")], "taliban", "2021-08-06", None),
    ([report("c", "claimed", "2021-08-10"), report("t", "taliban", "2021-08-11")], "taliban", "2021-08-10", "2021-08-12"),
    ([report("t", "taliban", "2021-08-15")], "taliban", "2021-08-08", "2021-08-10"),
    ([report("u", "taliban", None)], "taliban", None, None),
    ([report("old", "taliban", "2021-06-01")], "taliban", "2021-08-01", None),
])
def test_all_support_of_a_table_agrees_with_supporting_ids(reports, state, since, day):
    import pandas as pd

    expected = supporting_ids(reports, state, since, day) == {r["event_id"] for r in reports}
    assert all_support(reports, state, since, day) is expected
    assert all_support(pd.DataFrame(reports), state, since, day) is expected
