"""Reviews applied before the timeline (pure): each review kind, undo, the verified-only view,
the person's word winning ties, and events.csv's review column."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from frontmap.review import ReviewLog, apply_reviews, backed_by_review, reviewed_facts
from frontmap.review.model import Review
from frontmap.timeline import EventFacts, build_timeline

D = dt.date
DISTRICTS = pd.DataFrame(
    [("d-kdz", "Kunduz", "AF-KDZ", "Kunduz", True), ("d-imam", "Imam Sahib", "AF-KDZ", "Kunduz", False),
     ("d-hrt", "Herat", "AF-HER", "Herat", True)],
    columns=["district_id", "district", "province_code", "province", "is_capital"],
)
START = D(2021, 1, 1)


def fact(event_id: str, district_id: str, status: str, day: dt.date, article: str | None = None,
         basis: str = "explicit") -> EventFacts:
    province = {"d-kdz": "AF-KDZ", "d-imam": "AF-KDZ", "d-hrt": "AF-HER"}[district_id]
    return EventFacts(event_id, article or f"a-{event_id}", district_id, province, status, day, basis)


_CLOCK = iter(range(1, 10_000))


def row(action: str, event_id: str, note: str = "why", target: str = "", **fields) -> Review:
    """A log row, each one a second after the last (so the log's order is the call order)."""
    n = next(_CLOCK)
    stamp = (dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=n)).isoformat()
    return Review(f"r{n:04d}", event_id, action, note, "ana", stamp, fields=fields, target=target)


def timeline_of(facts, reviews, verified_only=False):
    return build_timeline(reviewed_facts(facts, reviews, verified_only), DISTRICTS, start=START)


def states(timeline, district_id="d-kdz"):
    return [(r.status, r.valid_from, r.event_ids) for r in timeline.rows if r.district_id == district_id]


FACTS = [
    fact("e1", "d-kdz", "contested", D(2021, 8, 1)),
    fact("e2", "d-kdz", "taliban", D(2021, 8, 8)),
]


def test_no_reviews_leaves_the_timeline_as_the_machine_read_it():
    assert states(timeline_of(FACTS, [])) == [("contested", D(2021, 8, 1), ("e1",)), ("taliban", D(2021, 8, 8), ("e2",))]


def test_a_rejected_event_never_counts():
    assert states(timeline_of(FACTS, [row("reject", "e2")])) == [("contested", D(2021, 8, 1), ("e1",))]


def test_an_edited_event_counts_as_edited():
    log = [row("edit", "e2", status="government", event_date="2021-08-09")]
    assert states(timeline_of(FACTS, log))[-1] == ("government", D(2021, 8, 9), ("e2",))


def test_an_edited_place_moves_the_event_to_another_unit():
    log = [row("edit", "e2", place="Herat", district_id="d-hrt", province_code="AF-HER")]
    timeline = timeline_of(FACTS, log)
    assert states(timeline) == [("contested", D(2021, 8, 1), ("e1",))]
    assert states(timeline, "d-hrt") == [("taliban", D(2021, 8, 8), ("e2",))]


def test_a_manual_event_counts():
    log = [row("add", "m1", place="Imam Sahib", district_id="d-imam", province_code="AF-KDZ",
               status="taliban", event_date="2021-06-20")]
    assert states(timeline_of(FACTS, log), "d-imam") == [("taliban", D(2021, 6, 20), ("m1",))]


def test_an_edit_of_a_manual_event_changes_it_and_a_reject_removes_it():
    add = row("add", "m1", place="Imam Sahib", district_id="d-imam", province_code="AF-KDZ",
              status="taliban", event_date="2021-06-20")
    edited = [add, row("edit", "m1", event_date="2021-06-22")]
    assert states(timeline_of(FACTS, edited), "d-imam") == [("taliban", D(2021, 6, 22), ("m1",))]
    assert ReviewLog.of(edited).review_of("m1") == "manual"
    assert states(timeline_of(FACTS, [*edited, row("reject", "m1")]), "d-imam") == []


def test_accepted_events_are_verified_and_the_verified_view_keeps_only_checked_events():
    log = ReviewLog.of([row("accept", "e1")])
    assert log.verified_ids() == {"e1"}
    assert states(timeline_of(FACTS, log, verified_only=True)) == [("contested", D(2021, 8, 1), ("e1",))]
    assert states(timeline_of(FACTS, log))[-1][0] == "taliban"


def test_undo_restores_the_machine_reading_and_later_reviews_win():
    reject = row("reject", "e2")
    assert states(timeline_of(FACTS, [reject, row("undo", "e2", target=reject.review_id)]))[-1][0] == "taliban"
    log = ReviewLog.of([row("reject", "e2"), row("accept", "e2")])
    assert log.review_of("e2") == "accepted"
    log = ReviewLog.of([row("edit", "e2", status="contested"), row("reject", "e2")])
    assert log.review_of("e2") == "rejected"


def test_edits_accumulate_and_an_undone_edit_drops_only_its_own_fields():
    first = row("edit", "e2", status="government")
    second = row("edit", "e2", event_date="2021-08-10")
    log = ReviewLog.of([first, second, row("undo", "e2", target=first.review_id)])
    assert log.state("e2").changes == {"event_date": D(2021, 8, 10)}
    assert log.state("e2").version == 3 and log.review_of("e2") == "edited"


def test_the_persons_word_wins_a_tie_between_equally_strong_reports_of_one_day():
    facts = [fact("t", "d-kdz", "taliban", D(2021, 8, 8)), fact("g", "d-kdz", "government", D(2021, 8, 8))]
    assert states(timeline_of(facts, []))[-1][0] == "government"  # read last
    assert states(timeline_of(facts, [row("accept", "t")]))[-1][0] == "taliban"


def test_a_checked_publication_dated_event_is_not_background():
    facts = [fact("cap", "d-kdz", "taliban", D(2021, 8, 6), article="a"),
             fact("bg", "d-kdz", "contested", D(2021, 8, 8), article="a", basis="publication")]
    assert states(timeline_of(facts, []))[-1][0] == "taliban"
    assert states(timeline_of(facts, [row("accept", "bg")]))[-1][0] == "contested"


def test_the_log_order_is_time_then_id_whatever_order_the_rows_come_in():
    rows = [row("reject", "e2"), row("accept", "e2")]
    assert ReviewLog.of(reversed(rows)).review_of("e2") == ReviewLog.of(rows).review_of("e2") == "accepted"


def test_backed_by_review():
    assert backed_by_review(("e1", "e2"), frozenset({"e2"}))
    assert not backed_by_review(("e1",), frozenset({"e2"}))


@pytest.fixture
def events_frame():
    return pd.DataFrame({
        "event_id": ["e1", "e2", "e3"], "article_id": ["a", "a", "b"], "file": ["f", "f", "g"],
        "item": pd.array([None, None, 2], dtype="Int64"), "place": ["Kunduz"] * 3,
        "district_id": ["d-kdz"] * 3, "province_code": ["AF-KDZ"] * 3,
        "status": ["contested", "taliban", "claimed"], "event_date": ["2021-08-01", "2021-08-08", "2021-08-09"],
        "date_basis": ["explicit"] * 3, "excerpt": ["..."] * 3, "confidence": [0.8, 0.9, 0.7],
        "trigger": [""] * 3, "url": [""] * 3,
    })


def test_apply_reviews_marks_every_kind_and_keeps_rejected_rows(events_frame):
    log = [row("accept", "e1", note=""), row("reject", "e2", note="a landmark"),
           row("edit", "e3", note="wrong date", event_date="2021-08-07"),
           row("add", "m1", note="seen", place="Kunduz", district_id="d-kdz", province_code="AF-KDZ",
               status="government", event_date="2021-09-01", url="u", quote="")]
    out = apply_reviews(events_frame, log)
    assert list(out["event_id"]) == ["e1", "e2", "e3", "m1"]
    assert list(out["review"]) == ["accepted", "rejected", "edited", "manual"]
    assert list(out["verified"]) == [True, False, True, True]
    assert out.loc[2, "event_date"] == "2021-08-07" and out.loc[2, "date_basis"] == "review"
    assert out.loc[3, "excerpt"] == "seen" and out.loc[3, "url"] == "u" and pd.isna(out.loc[3, "item"])
    assert list(out["review_note"]) == ["", "a landmark", "wrong date", "seen"]
    assert events_frame.loc[2, "event_date"] == "2021-08-09"  # the input is not changed


def test_apply_reviews_without_reviews_adds_empty_review_columns(events_frame):
    out = apply_reviews(events_frame, [])
    assert list(out["review"]) == ["", "", ""] and list(out["review_version"]) == [0, 0, 0]
    pd.testing.assert_frame_equal(out[events_frame.columns], events_frame)



def test_a_verified_standing_hold_is_the_persons_word_not_background():
    """A person who checks "X remains under government control" makes it news of the day: its
    kind is no longer "hold", so a machine-read capture of the same day does not beat it."""
    day = D(2021, 8, 15)
    hold = EventFacts("h", "a1", "d-hrt", "AF-HER", "government", day, "explicit", "hold")
    capture = EventFacts("c", "a2", "d-hrt", "AF-HER", "taliban", day, "explicit", "ground")
    assert states(timeline_of([hold, capture], []), "d-hrt") == [("taliban", day, ("c",))]
    facts = reviewed_facts([hold, capture], [row("accept", "h")])
    assert [(f.event_id, f.kind) for f in facts] == [("c", "ground"), ("h", "ground")]
    assert states(timeline_of([hold, capture], [row("accept", "h")]), "d-hrt") == [("government", day, ("h",))]
