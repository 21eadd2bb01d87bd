"""Tests for dashboard.panel_stories: the column-wise copies of a story give what the per-event rules give."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.panel_stories import ReportCodes, articles_of_stories, first_copy_positions
from dashboard.panels import one_per_story, story_carriers
from dashboard.series import records

JULY = dt.date(2021, 7, 3)


def event(n: int, article: str, story, place="Kunduz", status="taliban", day=JULY, basis="explicit") -> dict:
    return {"event_id": f"e{n}", "article_id": article, "story": story, "place": place, "status": status,
            "event_date": day, "date_basis": basis}


def per_event(frame: pd.DataFrame, positions: list[int]) -> list[int]:
    """The reference: one_per_story on dicts, back to positions."""
    rows = records(frame.iloc[positions])
    kept = {id(row) for row in one_per_story(rows)}
    return [p for p, row in zip(positions, rows) if id(row) in kept]


def mixed_events() -> pd.DataFrame:
    return pd.DataFrame([
        event(0, "a1", "s1"), event(1, "a2", "s1"),  # a wire copy: the second repeats the first
        event(2, "a2", "s1", place="Imam Sahib"),  # another place in the copy: its own report
        event(3, "a3", "s1", status="contested"),  # another status: its own report
        event(4, "a4", "s1", day=JULY + dt.timedelta(days=1), basis="publication"),
        event(5, "a5", "s1", day=JULY + dt.timedelta(days=2), basis="publication"),  # publication dates differ
        event(6, "a6", None), event(7, "a7", None),  # no story: each article its own
        event(8, "a8", "s2", day=None), event(9, "a9", "s2", day=None),  # undated copies
        event(10, "a1", "s1"),  # the first copy's own second mention stays
        event(11, "a10", "s3", status=None), event(12, "a11", "s3", status=None),
    ])


def test_the_column_rules_keep_what_the_event_rules_keep_in_any_order():
    frame = mixed_events()
    for positions in (list(range(len(frame))), list(reversed(range(len(frame)))), [9, 1, 5, 0, 4, 12, 11, 3]):
        assert first_copy_positions(frame, positions) == per_event(frame, positions)


def test_the_column_rules_hold_on_text_columns_too():
    frame = mixed_events().astype({"article_id": "string", "story": "string", "place": "string"})
    positions = list(range(len(frame)))
    assert first_copy_positions(frame, positions) == per_event(frame, positions)
    assert first_copy_positions(frame, positions) == [0, 2, 3, 4, 6, 7, 8, 10, 11]


def test_events_without_stories_are_all_kept():
    frame = mixed_events().drop(columns="story")
    assert first_copy_positions(frame, [1, 0]) == [1, 0]
    assert first_copy_positions(frame, []) == []


def test_the_carriers_of_some_stories_match_those_of_all():
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4", "s9"], "story": ["s1", "s1", None, "s2", None],
                             "outlet": ["Tolo", "Pajhwok", "Ariana", None, "Khaama"], "file": ["f"] * 5})
    every = story_carriers(articles)
    assert story_carriers(articles_of_stories(articles, {"s1"})) == {"s1": every["s1"]} == {"s1": ["Tolo", "Pajhwok"]}
    assert story_carriers(articles_of_stories(articles, {"s9", "s2"})) == {}


def test_codes_of_the_whole_table_give_what_the_rows_alone_give():
    frame = pd.concat([mixed_events(), mixed_events().iloc[:4]])  # repeated row labels too
    frame["event_id"] = [f"x{n}" for n in range(len(frame))]
    codes = ReportCodes.of(frame)
    for positions in ([13, 12, 11, 10, 9], list(range(len(frame))), [16, 0, 14, 1]):
        assert first_copy_positions(frame, positions, codes) == first_copy_positions(frame, positions)
        assert first_copy_positions(frame, positions, codes) == per_event(frame, positions)


def test_the_app_holds_the_panel_index_of_its_events():
    from browser.fakes import fake_built, square_boundaries

    from dashboard.app import DashboardData
    from dashboard.panels import source_panel

    built = fake_built()
    built.events["story"] = ["s1" if n % 3 else None for n in range(len(built.events))]
    data = DashboardData.of(built, square_boundaries())
    assert data.panel is not None and data.panel.codes is not None
    day = len(data.series["days"]) - 1
    shown = source_panel({"id": "D1"}, "district", day, data.series, built.events, built.articles, index=data.panel)
    assert repr(shown) == repr(source_panel({"id": "D1"}, "district", day, data.series, built.events, built.articles))
