"""Timeline rules on tiny hand-made events over a three-province district table."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from frontmap.extract.events import ControlEvent
from frontmap.status import status_code
from frontmap.timeline import EventFacts, build_timeline, default_start

D = dt.date

DISTRICTS = pd.DataFrame(
    [
        ("d-kdz", "Kunduz", "AF-KDZ", "Kunduz", True),
        ("d-imam", "Imam Sahib", "AF-KDZ", "Kunduz", False),
        ("d-qnaw", "Qala-e Naw", "AF-BDG", "Badghis", True),
        ("d-murg", "Murghab", "AF-BDG", "Badghis", False),
        ("d-hrt", "Herat", "AF-HER", "Herat", True),
    ],
    columns=["district_id", "district", "province_code", "province", "is_capital"],
)
PROVINCE_OF = dict(zip(DISTRICTS["district_id"], DISTRICTS["province_code"]))


def event(event_id: str, district_id: str | None, status: str, day: dt.date | None,
          province_code: str | None = None, article_id: str | None = None,
          basis: str = "explicit", trigger: str = "", excerpt: str = "...") -> ControlEvent:
    """Return a ControlEvent with only the fields the timeline reads set meaningfully (its kind
    is read from `trigger` and `excerpt`).

    Each event comes from its own article unless `article_id` says otherwise."""
    return ControlEvent(
        event_id=event_id, article_id=article_id or f"article-{event_id}", file="f.txt", item=None,
        place=district_id or "", district_id=district_id,
        province_code=province_code or PROVINCE_OF.get(district_id, ""), status=status, event_date=day,
        date_basis=basis, excerpt=excerpt, confidence=0.9, trigger=trigger,
    )


def states(timeline, district_id):
    return [(r.status, r.valid_from, r.valid_to, r.event_ids) for r in timeline.rows if r.district_id == district_id]


def test_later_report_supersedes_and_valid_to_is_the_day_before_the_next_state():
    tl = build_timeline([
        event("e1", "d-qnaw", "contested", D(2021, 7, 7)),
        event("e2", "d-qnaw", "taliban", D(2021, 8, 10)),
        event("e3", "d-qnaw", "contested", D(2021, 8, 12)),
    ], DISTRICTS)
    assert states(tl, "d-qnaw") == [
        ("contested", D(2021, 7, 7), D(2021, 8, 9), ("e1",)),
        ("taliban", D(2021, 8, 10), D(2021, 8, 11), ("e2",)),
        ("contested", D(2021, 8, 12), None, ("e3",)),
    ]


def test_events_are_placed_by_date_not_by_input_order():
    tl = build_timeline([
        event("late", "d-kdz", "taliban", D(2021, 8, 8)),
        event("early", "d-kdz", "contested", D(2021, 7, 1)),
    ], DISTRICTS)
    assert [s[0] for s in states(tl, "d-kdz")] == ["contested", "taliban"]


@pytest.mark.parametrize(
    ("statuses", "winner"),
    [
        (["contested", "taliban"], "taliban"),
        (["taliban", "contested"], "taliban"),
        (["claimed", "contested"], "contested"),
        (["government", "claimed"], "government"),
        (["taliban", "government"], "government"),  # equal rank: the one read last wins
        (["government", "taliban"], "taliban"),
    ],
)
def test_same_day_ranking(statuses, winner):
    events = [event(f"e{n}", "d-hrt", s, D(2021, 7, 30)) for n, s in enumerate(statuses)]
    rows = states(build_timeline(events, DISTRICTS), "d-hrt")
    assert len(rows) == 1
    assert rows[0][0] == winner
    assert rows[0][3] == tuple(e.event_id for e in events if e.status == winner)


@pytest.mark.parametrize(
    ("standing", "change"),
    [
        (("government", "under government control", "Kabul remains under government control."),
         ("taliban", "took control of", "The Taliban took control of Kabul.")),
        (("taliban", "held by", "The town is still held by the insurgents."),
         ("government", "recaptured", "Commandos recaptured the town.")),
        (("government", "in control of", "Army units continue to be in control of the city."),
         ("taliban", "fell to", "The city fell to the Taliban.")),
    ],
)
@pytest.mark.parametrize("change_first", [True, False])
def test_a_change_of_hands_beats_a_standing_hold_of_the_same_day(standing, change, change_first):
    """A line saying a side still holds a place is background written before the day's news: on
    the day the place changes hands it loses to the change, whichever is read last."""
    day = D(2021, 8, 15)
    hold = event("hold", "d-hrt", standing[0], day, trigger=standing[1], excerpt=standing[2])
    moved = event("moved", "d-hrt", change[0], day, trigger=change[1], excerpt=change[2])
    assert hold.kind == "hold" and moved.kind != "hold"
    rows = states(build_timeline([moved, hold] if change_first else [hold, moved], DISTRICTS), "d-hrt")
    assert rows == [(change[0], day, None, ("moved",))]


def test_a_standing_hold_still_holds_against_no_change():
    """Two standing lines of one day: the one read last wins, as between any equal reports; on
    another day a standing line is a report like any other."""
    day = D(2021, 8, 12)
    rows = states(build_timeline([
        event("t", "d-hrt", "taliban", D(2021, 8, 10), trigger="captured", excerpt="The Taliban captured Herat."),
        event("g1", "d-hrt", "taliban", day, trigger="held by", excerpt="Herat is still held by the Taliban."),
        event("g2", "d-hrt", "government", day, trigger="under government control",
              excerpt="Herat remains under government control, officials insist."),
    ], DISTRICTS), "d-hrt")
    assert [r[:2] for r in rows] == [("taliban", D(2021, 8, 10)), ("government", day)]


def test_only_a_side_holding_the_place_reads_as_a_standing_hold():
    """Fighting that goes on is fighting on the ground, never a hold."""
    assert event("f", "d-hrt", "contested", D(2021, 8, 1), trigger="fighting",
                 excerpt="Fighting continues to rage in Herat.").kind == "ground"
    assert event("c", "d-hrt", "taliban", D(2021, 8, 1), trigger="captured",
                 excerpt="The Taliban captured Herat on Sunday.").kind == "ground"


def test_a_claim_never_overrides_a_confirmed_capture():
    tl = build_timeline([
        event("cap", "d-kdz", "taliban", D(2021, 8, 8)),
        event("claim", "d-kdz", "claimed", D(2021, 8, 9)),
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [("taliban", D(2021, 8, 8), None, ("cap",))]


def test_background_fighting_in_the_article_that_reports_the_capture_does_not_undo_it():
    same = "article-1"
    tl = build_timeline([
        event("flags", "d-kdz", "taliban", D(2021, 8, 12), article_id=same, basis="weekday"),
        event("parts", "d-kdz", "contested", D(2021, 8, 13), article_id=same, basis="manifest"),
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [("taliban", D(2021, 8, 12), None, ("flags",))]


@pytest.mark.parametrize(
    ("article", "basis"), [("article-2", "manifest"), ("article-1", "weekday")],
    ids=["another-article", "dated-in-the-text"],
)
def test_a_later_weaker_report_still_supersedes_otherwise(article, basis):
    tl = build_timeline([
        event("flags", "d-kdz", "taliban", D(2021, 8, 12), article_id="article-1", basis="weekday"),
        event("later", "d-kdz", "contested", D(2021, 8, 13), article_id=article, basis=basis),
    ], DISTRICTS)
    assert [s[0] for s in states(tl, "d-kdz")] == ["taliban", "contested"]


def test_a_publication_dated_retake_still_supersedes_fighting_in_the_same_article():
    tl = build_timeline([
        event("fight", "d-murg", "contested", D(2021, 7, 31), article_id="a", basis="weekday"),
        event("evicted", "d-murg", "government", D(2021, 8, 1), article_id="a", basis="manifest"),
    ], DISTRICTS)
    assert [s[0] for s in states(tl, "d-murg")] == ["contested", "government"]


def test_a_claim_after_fighting_or_a_retake_is_a_new_state():
    tl = build_timeline([
        event("retake", "d-kdz", "government", D(2021, 7, 1)),
        event("claim", "d-kdz", "claimed", D(2021, 7, 3)),
    ], DISTRICTS)
    assert [s[0] for s in states(tl, "d-kdz")] == ["government", "claimed"]


def test_a_government_retake_is_its_own_state():
    tl = build_timeline([
        event("fight", "d-murg", "contested", D(2021, 7, 31)),
        event("retake", "d-murg", "government", D(2021, 8, 1)),
    ], DISTRICTS)
    assert states(tl, "d-murg")[-1] == ("government", D(2021, 8, 1), None, ("retake",))


def test_repeated_reports_are_confirmations_listed_only_from_their_own_day():
    tl = build_timeline([
        event("first", "d-imam", "taliban", D(2021, 6, 20)),
        event("again", "d-imam", "taliban", D(2021, 7, 2)),
    ], DISTRICTS)
    assert states(tl, "d-imam") == [("taliban", D(2021, 6, 20), None, ("first", "again"))]
    on = tl.state_on(D(2021, 6, 25)).set_index("district_id")
    assert on.loc["d-imam", "event_ids"] == ("first",)
    assert tl.state_on("2021-07-02").set_index("district_id").loc["d-imam", "event_ids"] == ("first", "again")


def test_undated_history_and_unknown_districts_are_not_placed(caplog):
    with caplog.at_level(logging.WARNING):
        tl = build_timeline([
            event("undated", "d-hrt", "taliban", None),
            event("history", "d-hrt", "taliban", D(2015, 9, 28)),
            event("now", "d-hrt", "contested", D(2021, 7, 30)),
            replace(event("elsewhere", "d-kdz", "taliban", D(2021, 8, 8)), district_id="nope"),
        ], DISTRICTS)
    assert states(tl, "d-hrt") == [("contested", D(2021, 7, 30), None, ("now",))]
    assert tl.start() == D(2021, 7, 30)
    assert "district nope" in caplog.text


def test_default_start_is_the_year_most_events_fall_in():
    events = [event("a", "d-hrt", "taliban", D(2015, 1, 1)), event("b", "d-hrt", "taliban", D(2021, 7, 1)),
              event("c", "d-kdz", "taliban", D(2021, 8, 1))]
    assert default_start(events) == D(2021, 1, 1)
    assert default_start([event("u", "d-hrt", "taliban", None)]) is None


def test_events_after_the_end_do_not_choose_the_start():
    events = [event("a", "d-kdz", "taliban", D(2021, 8, 10)), event("b", "d-imam", "taliban", D(2099, 5, 19)),
              event("c", "d-hrt", "taliban", D(2099, 5, 20))]
    assert default_start(events) == D(2099, 1, 1)
    assert default_start(events, end=D(2026, 12, 4)) == D(2021, 1, 1)
    tl = build_timeline(events, DISTRICTS, end=D(2026, 12, 4))
    assert states(tl, "d-kdz") == [("taliban", D(2021, 8, 10), None, ("a",))]
    assert states(tl, "d-imam") == [] and states(tl, "d-hrt") == []


class _Undated:
    """A store whose articles are all undated (what timeline_span reads of it)."""

    def published_range(self):
        return None, None


def test_an_undated_store_ends_its_span_the_day_after_today():
    from frontmap.stored_timeline import timeline_span

    assert timeline_span(_Undated(), today=D(2026, 12, 3)) == (None, D(2026, 12, 4))
    assert timeline_span(_Undated())[1] == dt.date.today() + dt.timedelta(days=1)


def test_explicit_start_keeps_earlier_events_out():
    tl = build_timeline([event("a", "d-hrt", "contested", D(2020, 12, 30)),
                         event("b", "d-hrt", "taliban", D(2021, 8, 12))], DISTRICTS, start=D(2021, 1, 1))
    assert [s[0] for s in states(tl, "d-hrt")] == ["taliban"]


def test_state_on_covers_every_district_with_unknown_where_nothing_is_known():
    tl = build_timeline([event("fight", "d-qnaw", "contested", D(2021, 7, 7)),
                         event("fall", "d-qnaw", "taliban", D(2021, 8, 10))], DISTRICTS)
    before = tl.state_on(D(2021, 7, 6))
    assert list(before["district_id"]) == list(DISTRICTS["district_id"])
    assert set(before["status"]) == {"unknown"}
    assert before["since"].isna().all()
    during = tl.state_on("2021-08-01").set_index("district_id")
    assert during.loc["d-qnaw", "status"] == "contested"
    assert during.loc["d-qnaw", "since"] == D(2021, 7, 7)
    assert during.loc["d-kdz", "status"] == "unknown"
    after = tl.state_on(D(2022, 1, 1)).set_index("district_id")
    assert after.loc["d-qnaw", "status"] == "taliban"
    with pytest.raises(ValueError, match="day: expected a date"):
        tl.state_on("August")


def test_province_roll_up_follows_the_capital_and_counts_districts():
    tl = build_timeline([
        event("cap", "d-kdz", "taliban", D(2021, 8, 8)),
        event("imam", "d-imam", "contested", D(2021, 7, 1)),
        event("murg", "d-murg", "taliban", D(2021, 7, 1)),
        event("bdg", None, "contested", D(2021, 7, 2), province_code="AF-BDG"),
        event("her", None, "taliban", D(2021, 7, 3), province_code="AF-HER"),
        event("hrt", "d-hrt", "contested", D(2021, 7, 30)),
    ], DISTRICTS)
    roll = tl.province_state_on(D(2021, 8, 8)).set_index("province_code")
    assert roll.loc["AF-KDZ", ["status", "basis", "n_taliban", "n_contested", "n_unknown"]].tolist() == [
        "taliban", "capital", 1, 1, 0]
    assert roll.loc["AF-KDZ", "event_ids"] == ("cap",)
    # Capital unknown: the province-level report stands in, and no district is coloured by it.
    assert roll.loc["AF-BDG", ["status", "basis", "n_taliban", "n_unknown"]].tolist() == [
        "contested", "province_report", 1, 1]
    assert roll.loc["AF-HER", ["status", "basis"]].tolist() == ["contested", "capital"]
    early = tl.province_state_on(D(2021, 7, 1)).set_index("province_code")
    assert early.loc["AF-HER", "status"] == "unknown" and early.loc["AF-HER", "basis"] == "none"
    assert tl.state_on(D(2021, 8, 8)).set_index("district_id").loc["d-qnaw", "status"] == "unknown"


def test_days_and_state_codes_agree_with_state_on():
    tl = build_timeline([
        event("a", "d-kdz", "contested", D(2021, 8, 1)),
        event("b", "d-kdz", "taliban", D(2021, 8, 3)),
        event("c", "d-hrt", "government", D(2021, 8, 5)),
    ], DISTRICTS)
    days = tl.days()
    assert days[0] == D(2021, 8, 1) and days[-1] == D(2021, 8, 5) and len(days) == 5
    codes = tl.state_codes()
    assert codes.shape == (5, len(DISTRICTS)) and codes.dtype == np.int8
    for n, day in enumerate(days):
        expected = [status_code(s) for s in tl.state_on(day)["status"]]
        assert codes[n].tolist() == expected
    assert tl.state_codes(["d-hrt", "d-kdz"])[:, 0].tolist() == [status_code("unknown")] * 4 + [
        status_code("government")]


def test_to_frame_has_the_timeline_csv_columns():
    tl = build_timeline([event("a", "d-kdz", "contested", D(2021, 8, 1)),
                         event("b", "d-kdz", "contested", D(2021, 8, 2)),
                         event("c", "d-kdz", "taliban", D(2021, 8, 3))], DISTRICTS)
    frame = tl.to_frame()
    assert list(frame.columns) == ["district_id", "province_code", "status", "valid_from", "valid_to", "event_ids",
                                   "district", "province"]
    assert frame.to_dict("records") == [
        {"district_id": "d-kdz", "province_code": "AF-KDZ", "status": "contested", "valid_from": "2021-08-01",
         "valid_to": "2021-08-02", "event_ids": "a;b", "district": "Kunduz", "province": "Kunduz"},
        {"district_id": "d-kdz", "province_code": "AF-KDZ", "status": "taliban", "valid_from": "2021-08-03",
         "valid_to": "", "event_ids": "c", "district": "Kunduz", "province": "Kunduz"},
    ]


def test_districts_table_must_have_the_columns():
    with pytest.raises(ValueError, match="districts: expected columns"):
        build_timeline([], DISTRICTS.drop(columns=["province"]))


def test_events_after_the_end_are_out_of_range(caplog):
    with caplog.at_level(logging.WARNING):
        tl = build_timeline([event("ok", "d-hrt", "contested", D(2021, 7, 30)),
                             event("typo", "d-hrt", "taliban", D(2091, 8, 12))], DISTRICTS,
                           start=D(2021, 1, 1), end=D(2021, 12, 31))
    assert [s[0] for s in states(tl, "d-hrt")] == ["contested"] and tl.end() == D(2021, 7, 30)
    assert "a date after 2021-12-31" in caplog.text


# ------------------------------------------------------------------- a capture holds


@pytest.mark.parametrize(
    ("trigger", "excerpt"),
    [
        ("airstrike", "An airstrike hit Taliban positions in Kunduz on Monday."),
        ("attack", "A drone attack killed three fighters in Kunduz, officials said."),
        ("pounded", "B-52 bombers pounded Taliban hideouts in Kunduz overnight."),
        ("fighting", "Sporadic fighting was reported on the outskirts of Kunduz on Monday."),
        ("raid", "Commandos carried out a raid near Kunduz late on Monday."),
    ],
    ids=["airstrike", "drone-attack", "bombers", "outskirts", "raid-near"],
)
def test_strikes_and_fighting_near_the_place_leave_a_capture_standing(trigger, excerpt):
    tl = build_timeline([
        event("cap", "d-kdz", "taliban", D(2021, 8, 8), basis="weekday"),
        event("later", "d-kdz", "contested", D(2021, 8, 10), basis="weekday", trigger=trigger, excerpt=excerpt),
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [("taliban", D(2021, 8, 8), None, ("cap",))]


def test_ground_fighting_inside_the_place_or_a_retake_ends_a_capture():
    tl = build_timeline([
        event("cap", "d-kdz", "taliban", D(2021, 8, 8)),
        event("strike", "d-kdz", "contested", D(2021, 8, 9), trigger="airstrikes",
              excerpt="Government airstrikes pounded the city."),
        event("street", "d-kdz", "contested", D(2021, 8, 10), trigger="clashes",
              excerpt="Clashes broke out in the streets of Kunduz city on Tuesday."),
        event("back", "d-kdz", "government", D(2021, 8, 12), trigger="recaptured",
              excerpt="Government forces recaptured Kunduz on Thursday."),
    ], DISTRICTS)
    assert [(s[0], s[1], s[3]) for s in states(tl, "d-kdz")] == [
        ("taliban", D(2021, 8, 8), ("cap",)),
        ("contested", D(2021, 8, 10), ("street",)),
        ("government", D(2021, 8, 12), ("back",)),
    ]


def test_a_strike_on_a_place_nobody_holds_yet_is_still_fighting_there():
    tl = build_timeline([event("strike", "d-hrt", "contested", D(2021, 7, 30), trigger="airstrike",
                               excerpt="An airstrike hit Taliban fighters in Herat.")], DISTRICTS)
    assert states(tl, "d-hrt") == [("contested", D(2021, 7, 30), None, ("strike",))]


# ------------------------------------------------------------------- when reports disagree on the day


def facts(event_id: str, status: str, day: dt.date, basis: str = "weekday", source: str = "",
          district_id: str = "d-kdz") -> EventFacts:
    """Return what the timeline reads of one report on `district_id` (its own article; `source`
    names the wire agency when it has one)."""
    return EventFacts(event_id, f"article-{event_id}", district_id, PROVINCE_OF.get(district_id, "AF-KAB"),
                      status, day, basis, "ground", source)


def test_a_lone_early_report_does_not_start_a_capture_two_independent_reports_date_later():
    tl = build_timeline([
        facts("fight", "contested", D(2021, 8, 1)),
        facts("early", "taliban", D(2021, 8, 8)),
        facts("b", "taliban", D(2021, 8, 10)),
        facts("c", "taliban", D(2021, 8, 10), basis="relative"),
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [
        ("contested", D(2021, 8, 1), D(2021, 8, 9), ("fight",)),
        ("taliban", D(2021, 8, 10), None, ("early", "b", "c")),  # the outlier is still a source
    ]
    on = tl.state_on(D(2021, 8, 10)).set_index("district_id")
    assert on.loc["d-kdz", "event_ids"] == ("early", "b", "c")


@pytest.mark.parametrize(("early_basis", "start"), [
    ("carried", D(2021, 8, 13)),  # "They had already taken X" under an earlier lead: a day carried, outvoted
    ("weekday", D(2021, 8, 9)),  # two reports that date the capture in their own words: the earliest stands
], ids=["carried-early", "own-words-early"])
def test_days_carried_from_another_sentence_vote_only_when_no_report_dates_it_in_its_own_words(early_basis, start):
    tl = build_timeline([
        facts("x", "taliban", D(2021, 8, 9), basis=early_basis),
        facts("y", "taliban", D(2021, 8, 9), basis=early_basis),
        facts("z", "taliban", D(2021, 8, 13), basis="explicit"),
    ], DISTRICTS)
    assert [(s, f) for s, f, _to, _ids in states(tl, "d-kdz")] == [("taliban", start)]


@pytest.mark.parametrize(("carried_day", "start"), [
    (D(2021, 8, 9), D(2021, 8, 8)),  # "had already taken X" under Monday's lead: by then; Sunday's own report dates it
    (D(2021, 8, 20), D(2021, 8, 20)),  # more than a week apart: the carried day, supported, stands
], ids=["within-a-week", "far-apart"])
def test_a_day_only_carried_reports_support_yields_to_an_own_words_report_just_before(carried_day, start):
    tl = build_timeline([
        facts("own", "taliban", D(2021, 8, 8), basis="weekday"),  # "Kunduz fell on Sunday", one source
        facts("x", "taliban", carried_day, basis="carried"),
        facts("y", "taliban", carried_day, basis="carried"),
    ], DISTRICTS)
    assert [(s, f) for s, f, _to, _ids in states(tl, "d-kdz")][-1] == ("taliban", start)


def test_lines_saying_a_side_holds_a_place_do_not_vote_on_the_day_it_was_taken():
    held = facts("now-held", "taliban", D(2021, 8, 9), basis="carried")._replace(kind="hold")
    tl = build_timeline([
        facts("taken", "taliban", D(2021, 8, 6)),  # "on Friday the Taliban captured X", one report
        held,  # "X and Y are now fully under Taliban control", in two reports three days later
        held._replace(event_id="now-held-2", article_id="article-now-held-2"),
    ], DISTRICTS)
    assert [(s, f, ids) for s, f, _to, ids in states(tl, "d-kdz")] == [
        ("taliban", D(2021, 8, 6), ("taken", "now-held", "now-held-2")),
    ]


def test_a_capture_known_only_within_a_span_joins_the_dated_capture_that_follows():
    tl = build_timeline([
        facts("span", "taliban", D(2021, 8, 11), basis="range"),  # "in recent weeks they seized X", a late-August report
        facts("hold", "government", D(2021, 8, 13), basis="explicit"),
        facts("fall", "taliban", D(2021, 8, 15), basis="explicit"),
    ], DISTRICTS)
    assert [(s, f, ids) for s, f, _to, ids in states(tl, "d-kdz")] == [
        ("government", D(2021, 8, 13), ("hold",)),
        ("taliban", D(2021, 8, 15), ("span", "fall")),  # still among the fall's sources
    ]


def test_a_capture_known_only_within_a_span_stands_when_no_dated_one_follows():
    tl = build_timeline([facts("span", "taliban", D(2021, 8, 11), basis="range")], DISTRICTS)
    assert [(s, f) for s, f, _to, _ids in states(tl, "d-kdz")] == [("taliban", D(2021, 8, 11))]


def test_a_lone_capture_told_early_with_fighting_before_the_real_fall_starts_nothing():
    # "had already taken Kunduz" in one report on the 9th, talk of assaults on the 10th, and the
    # fall two sources date to the 13th: one fall, told early, not two
    tl = build_timeline([
        facts("fight", "contested", D(2021, 8, 1)),
        facts("early", "taliban", D(2021, 8, 9), basis="carried"),
        facts("assault", "contested", D(2021, 8, 10), basis="carried"),
        facts("a", "taliban", D(2021, 8, 13)),
        facts("b", "taliban", D(2021, 8, 13), basis="relative"),
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [
        ("contested", D(2021, 8, 1), D(2021, 8, 12), ("fight", "assault")),
        ("taliban", D(2021, 8, 13), None, ("early", "a", "b")),
    ]


@pytest.mark.parametrize(
    ("later", "kept"),
    [
        # a retake between them: two falls
        ([("gov", "government", D(2021, 8, 10)), ("a", "taliban", D(2021, 8, 13)), ("b", "taliban", D(2021, 8, 13))], True),
        # the supported capture comes more than a week later: another fall
        ([("f", "contested", D(2021, 8, 10)), ("a", "taliban", D(2021, 8, 20)), ("b", "taliban", D(2021, 8, 20))], True),
        # the later capture is itself a lone report: nothing outvotes the first
        ([("f", "contested", D(2021, 8, 10)), ("a", "taliban", D(2021, 8, 13))], True),
    ],
    ids=["retake-between", "too-far", "later-also-lone"],
)
def test_a_lone_capture_stands_when_no_supported_fall_follows_soon(later, kept):
    tl = build_timeline([facts("early", "taliban", D(2021, 8, 9))] + [facts(i, st, d) for i, st, d in later], DISTRICTS)
    assert (states(tl, "d-kdz")[0][:2] == ("taliban", D(2021, 8, 9))) is kept


@pytest.mark.parametrize(
    ("first_basis", "later", "start"),
    [
        # reports dated only by publication say by when, not when: they never outvote the text
        ("weekday", [("manifest", ""), ("publication", "")], D(2021, 8, 8)),
        # syndicated copies of one wire story are one source: no day has two
        ("weekday", [("weekday", "AFP"), ("relative", "AFP")], D(2021, 8, 8)),
        # a calendar date in one report is support enough
        ("explicit", [("weekday", ""), ("weekday", "")], D(2021, 8, 8)),
        # two independent reports outvote a lone early one
        ("weekday", [("weekday", "AFP"), ("relative", "")], D(2021, 8, 10)),
    ],
    ids=["publication-dates", "syndicated-copies", "calendar-date", "independent"],
)
def test_which_reports_vote_on_the_day_of_a_capture(first_basis, later, start):
    tl = build_timeline([facts("first", "taliban", D(2021, 8, 8), basis=first_basis)] + [
        facts(f"later{n}", "taliban", D(2021, 8, 10), basis=basis, source=source)
        for n, (basis, source) in enumerate(later)
    ], DISTRICTS)
    assert states(tl, "d-kdz") == [("taliban", start, None, ("first", "later0", "later1"))]


def test_a_retake_is_weighed_the_same_way_but_fighting_keeps_its_first_day():
    tl = build_timeline([
        facts("cap", "taliban", D(2021, 7, 1), basis="explicit"),
        facts("r1", "government", D(2021, 7, 3)),
        facts("r2", "government", D(2021, 7, 5)),
        facts("r3", "government", D(2021, 7, 5)),
        facts("f1", "contested", D(2021, 7, 10), district_id="d-hrt"),
        facts("f2", "contested", D(2021, 7, 12), district_id="d-hrt"),
        facts("f3", "contested", D(2021, 7, 12), district_id="d-hrt"),
    ], DISTRICTS)
    assert [(s[0], s[1]) for s in states(tl, "d-kdz")] == [("taliban", D(2021, 7, 1)), ("government", D(2021, 7, 5))]
    assert [(s[0], s[1]) for s in states(tl, "d-hrt")] == [("contested", D(2021, 7, 10))]


# ------------------------------------------------------------------- Kabul

KABUL_TABLE = pd.concat([DISTRICTS, pd.DataFrame(
    [("d-kbl", "Kabul", "AF-KAB", "Kabul", True), ("d-paghman", "Paghman", "AF-KAB", "Kabul", False)],
    columns=DISTRICTS.columns)], ignore_index=True)


def test_kabul_is_never_taliban_held_before_a_report_says_it_fell():
    tl = build_timeline([
        # "the Taliban now hold districts across Kabul province": names the province only
        event("prov", None, "taliban", D(2021, 8, 12), province_code="AF-KAB"),
        event("paghman", "d-paghman", "taliban", D(2021, 8, 13), province_code="AF-KAB"),
        # "the Taliban claimed they had entered the capital": a claim, unconfirmed
        event("claim", "d-kbl", "claimed", D(2021, 8, 14), province_code="AF-KAB"),
        # one article alone dates the fall a day early; two others give the 15th
        facts("early", "taliban", D(2021, 8, 14), district_id="d-kbl"),
        facts("fell1", "taliban", D(2021, 8, 15), district_id="d-kbl"),
        facts("fell2", "taliban", D(2021, 8, 15), basis="relative", district_id="d-kbl"),
    ], KABUL_TABLE)
    for day in (D(2021, 8, 12), D(2021, 8, 13), D(2021, 8, 14)):
        district = tl.state_on(day).set_index("district_id").loc["d-kbl", "status"]
        province = tl.province_state_on(day).set_index("province_code").loc["AF-KAB", "status"]
        assert district != "taliban" and province != "taliban", day
    assert tl.province_state_on(D(2021, 8, 12)).set_index("province_code").loc["AF-KAB", "status"] == "contested"
    assert tl.state_on(D(2021, 8, 13)).set_index("district_id").loc["d-paghman", "status"] == "taliban"
    assert tl.state_on(D(2021, 8, 15)).set_index("district_id").loc["d-kbl", "status"] == "taliban"
    assert tl.province_state_on(D(2021, 8, 15)).set_index("province_code").loc["AF-KAB", "status"] == "taliban"


def test_the_first_day_of_a_span_is_no_vote_for_the_day_a_place_fell():
    """"took X, Y and Z from Aug. 6 to Aug. 8" dates each to the span's first day (basis range): it
    fell on some day of it, so the day two other sources give starts the state."""
    rows = states(build_timeline([
        event("span", "d-kdz", "taliban", D(2021, 8, 6), basis="range"),
        event("a", "d-kdz", "taliban", D(2021, 8, 8), basis="weekday"),
        event("b", "d-kdz", "taliban", D(2021, 8, 8), basis="relative"),
    ], DISTRICTS), "d-kdz")
    assert [(r[0], r[1]) for r in rows] == [("taliban", D(2021, 8, 8))]
    assert set(rows[0][3]) == {"span", "a", "b"}


@pytest.mark.parametrize("entry_first", [True, False])
def test_a_government_hold_yields_to_the_taliban_entering_the_place_that_day(entry_first):
    """"X is the last city not under Taliban control" and "the Taliban entered X" on one day: the
    standing line was written before the entry, so the place is fought over that day."""
    day = D(2021, 8, 15)
    hold = event("hold", "d-hrt", "government", day, trigger="as the last major city left standing",
                 excerpt="Militants took Qala-e Naw, leaving Herat as the last major city left standing.")
    entry = event("entry", "d-hrt", "contested", day, trigger="entered", excerpt="The Taliban entered Herat on Sunday.")
    assert hold.kind == "hold" and entry.kind == "advance"
    rows = states(build_timeline([entry, hold] if entry_first else [hold, entry], DISTRICTS), "d-hrt")
    assert rows == [("contested", day, None, ("entry",))]


def test_a_government_hold_stands_against_fighting_near_the_place():
    """Fighting on the outskirts is no entry: the standing line holds."""
    day = D(2021, 8, 15)
    hold = event("hold", "d-hrt", "government", day, trigger="under government control",
                 excerpt="Herat remains under government control.")
    near = event("near", "d-hrt", "contested", day, trigger="outskirts", excerpt="Clashes broke out on the outskirts of Herat.")
    assert [r[0] for r in states(build_timeline([near, hold], DISTRICTS), "d-hrt")] == ["government"]
