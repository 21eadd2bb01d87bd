"""Tests for dashboard.panels: highlighting, safe links, the sources panel (rendered inert)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest
from browser.fakes import EVIL, fake_built, square_boundaries
from dash import html, no_update

from dashboard import ids
from dashboard.callbacks import older_children
from dashboard.panels import (
    HISTORY_LINES,
    MAX_EXCERPTS,
    history_strip,
    highlight,
    more_button,
    more_excerpts,
    safe_link,
    source_panel,
    unit_events,
    unit_terms,
)
from dashboard.series import build_series, records
from dashboard.unit_index import index_units


def texts(component) -> list[str]:
    """Return every string inside a component tree, in order."""
    if component is None:
        return []
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [t for child in component for t in texts(child)]
    out = []
    for prop in ("children", "title", "href"):
        value = getattr(component, prop, None)
        if value is not None:
            out.extend(texts(value))
    return out


def marks(parts) -> list[str]:
    return [p.children for p in parts if isinstance(p, html.Mark)]


def test_highlight_marks_spelling_variants_and_keeps_the_original_text():
    parts = highlight("Clashes flare in Qala-i-Naw, near QALA I NAW city.", ["qala i naw"])
    assert marks(parts) == ["Qala-i-Naw", "QALA I NAW"]
    assert "".join(p if isinstance(p, str) else p.children for p in parts) == (
        "Clashes flare in Qala-i-Naw, near QALA I NAW city."
    )


def test_highlight_whole_words_and_longest_first():
    parts = highlight("Herati traders left Herat province", ["Herat", "Herat province"])
    assert marks(parts) == ["Herat province"]


def test_highlight_without_terms_returns_the_text():
    assert highlight("nothing here", []) == ["nothing here"]
    assert highlight("", ["x"]) == [""]


def test_highlight_keeps_markup_as_text():
    parts = highlight(f"Herat {EVIL}", ["Herat"])
    assert marks(parts) == ["Herat"]
    assert parts[1] == f" {EVIL}"  # a plain string: Dash renders it as text, never as HTML


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://x.org/a", "https://x.org/a"), ("javascript:alert(1)", None), ("", None), (None, None),
     (float("nan"), None), ("data:text/html,<b>", None)],
)
def test_safe_link(url, expected):
    assert safe_link(url) == expected


def test_unit_events_newest_first_and_not_after_the_day():
    built = fake_built()
    events = unit_events(built.events, "district", "D1", dt.date(2021, 8, 5))
    assert [e["event_id"] for e in events] == ["e1"]
    events = unit_events(built.events, "district", "D1", dt.date(2021, 8, 20))
    assert [e["event_id"] for e in events] == ["e3", "e2", "e1"]
    assert [e["event_id"] for e in unit_events(built.events, "province", "AF-HER", dt.date(2021, 8, 20))] == ["e4"]


@pytest.fixture(scope="module")
def series():
    return build_series(fake_built(), square_boundaries())


def test_source_panel_shows_state_sources_and_history(series):
    built = fake_built()
    day = series["days"].index("2021-08-12")
    panel = source_panel({"id": "D1"}, "district", day, series, built.events, built.articles)
    text = "".join(texts(panel))
    assert "Kunduz district, Kunduz province" in text
    assert "Taliban control" in text and "since 2021-08-08" in text and "1 source" in text
    assert text.index("Kunduz is now under Taliban control") < text.index("Clashes erupted")  # newest first
    assert "Pajhwok" in text and "Fighting in Kunduz" in text and "2021-08-02" in text
    assert "https://example.org/a1" in text  # the link
    assert "2021-08-01" in text  # history


def test_source_panel_marks_the_events_that_support_the_state(series):
    built = fake_built()
    day = series["days"].index("2021-08-12")
    panel = source_panel({"id": "D1"}, "district", day, series, built.events, built.articles)
    cards = panel[3].children
    assert [("fm-supports" in card.className) for card in cards] == [True, True, False]
    assert ["supports the state shown" in "".join(texts(card)) for card in cards] == [True, True, False]


def test_source_panel_says_nothing_of_support_when_every_report_supports_it(series):
    built = fake_built()
    day = len(series["days"]) - 1
    panel = source_panel({"id": "D3"}, "district", day, series, built.events, built.articles)
    [card] = panel[3].children  # Herat's only report, the claim the map shows
    assert "fm-supports" in card.className
    text = "".join(texts(panel))
    assert "supports the state" not in text and "behind the current state" not in text


def test_source_panel_keeps_article_markup_inert(series):
    built = fake_built()
    day = len(series["days"]) - 1
    panel = source_panel({"id": "D3"}, "district", day, series, built.events, built.articles)
    text = texts(panel)
    assert any(EVIL in t for t in text)  # shown, as text
    assert "javascript:alert(1)" not in text  # unsafe link dropped
    assert "Claim " + EVIL in text


def test_source_panel_unknown_unit(series):
    built = fake_built()
    panel = source_panel({"id": "nope"}, "district", 0, series, built.events, built.articles)
    assert "No district with id nope" in " ".join(texts(panel))


def test_source_panel_uses_gazetteer_aliases(series):
    built = fake_built()
    day = series["days"].index("2021-08-12")
    panel = source_panel({"id": "D1"}, "district", day, series, built.events, built.articles,
                         aliases={"district": {"D1": ["kunduz city"]}})
    first = panel[3].children[-1].children[0].children  # "Clashes erupted in Kunduz city on Sunday."
    assert marks(first) == ["Kunduz city"]


def test_unit_terms_from_gazetteer_aliases():
    class P:
        def __init__(self, kind, district_id, province_code):
            self.kind, self.district_id, self.province_code = kind, district_id, province_code

    terms = unit_terms({"kunduz": (P("capital", "D1", "AF-KDZ"), P("province", None, "AF-KDZ")),
                        "imam sahib": (P("district", "D2", "AF-KDZ"),)})
    assert terms["district"] == {"D1": ["kunduz"], "D2": ["imam sahib"]}
    assert terms["province"] == {"AF-KDZ": ["kunduz", "kunduz"]}


def test_province_panel_marks_the_districts_its_reports_name(series):
    built = fake_built()
    day = len(series["days"]) - 1
    panel = source_panel({"id": "AF-KDZ"}, "province", day, series, built.events, built.articles,
                         aliases={"district": {"D1": ["kunduz city"]}, "province": {}})
    assert panel[0].children == "Kunduz province"
    oldest = panel[3].children[-1].children[0].children  # "Clashes erupted in Kunduz city on Sunday."
    assert marks(oldest) == ["Kunduz city"]


def test_a_story_carried_by_several_outlets_is_shown_once_with_their_names(series):
    built = fake_built()
    copy = built.events[built.events["event_id"].isin(["e2", "e3"])].assign(
        event_id=["e2b", "e3b"], article_id="a9")
    events = pd.concat([built.events, copy], ignore_index=True)
    events["story"] = events["article_id"].replace({"a9": "a2"})
    articles = [*built.articles, {"article_id": "a9", "title": "Kunduz city falls", "outlet": "Ariana",
                                  "url": "", "published": dt.date(2021, 8, 9), "file": "w.txt", "item": None,
                                  "story": "a2"}]
    day = series["days"].index("2021-08-12")
    text = "".join(texts(source_panel({"id": "D1"}, "district", day, series, events, articles)))
    assert text.count("Kunduz is now under Taliban control") == 1
    assert "carried by 2 outlets: Ariana, TOLOnews" in text


def many_reports(count: int):
    """fake_built() with `count` more contested reports on Kunduz (D1), one a day back from 8 August."""
    built = fake_built()
    extra = [{**built.events.iloc[0].to_dict(), "event_id": f"m{n:03d}", "excerpt": f"Report {n} from Kunduz.",
              "event_date": dt.date(2021, 8, 7) - dt.timedelta(days=n % 60)} for n in range(count)]
    return dataclasses.replace(built, events=pd.concat([built.events, pd.DataFrame(extra)], ignore_index=True))


def test_source_panel_shows_one_page_newest_first_and_offers_more(series):
    built = many_reports(70)  # 73 reports on Kunduz up to the 12th
    day = series["days"].index("2021-08-12")
    panel = source_panel({"id": "D1"}, "district", day, series, built.events, built.articles)
    cards = panel[3].children
    assert len(cards) == MAX_EXCERPTS
    assert "Kunduz is now under Taliban control" in "".join(texts(cards[0]))  # newest first
    older, button = panel[4].children
    assert older.id == ids.PANEL_OLDER and button.id == ids.PANEL_MORE
    assert button.children == f"Show older reports ({73 - MAX_EXCERPTS} more)"


def test_more_excerpts_continue_where_the_page_ended(series):
    built = many_reports(70)
    day = series["days"].index("2021-08-12")
    everything = unit_events(built.events, "district", "D1", dt.date(2021, 8, 12))
    cards, remaining = more_excerpts({"id": "D1"}, "district", day, series, built.events, built.articles, None, 1)
    assert (len(cards), remaining) == (MAX_EXCERPTS, 73 - 2 * MAX_EXCERPTS)
    assert "".join(texts(cards[0].children[0])) == everything[MAX_EXCERPTS]["excerpt"]
    cards, remaining = more_excerpts({"id": "D1"}, "district", day, series, built.events, built.articles, None, 5)
    assert (len(cards), remaining) == (73 - MAX_EXCERPTS, 0)
    assert more_button(remaining).style == {"display": "none"}


def test_older_children_answers_only_a_pressed_button(series):
    built = many_reports(70)
    request = {"id": "D1", "layer": "district", "day": "2021-08-12"}
    assert older_children(0, request, series, built) == (no_update,) * 3
    cards, label, style = older_children(1, request, series, built)
    assert len(cards) == MAX_EXCERPTS and label == f"Show older reports ({73 - 2 * MAX_EXCERPTS} more)" and style is None


def test_a_unit_with_few_reports_has_no_more_button(series):
    built = fake_built()
    day = series["days"].index("2021-08-12")
    assert source_panel({"id": "D1"}, "district", day, series, built.events, built.articles)[4] is None


def test_the_unit_index_orders_as_a_plain_sort_on_every_day():
    events = many_reports(70).events
    for day in (dt.date(2021, 6, 1), dt.date(2021, 7, 20), dt.date(2021, 8, 12)):
        chosen = [e for e in records(events) if e["district_id"] == "D1" and e["event_date"] <= day]
        expected = sorted(chosen, key=lambda e: (e["event_date"], e["event_id"]), reverse=True)
        assert [e["event_id"] for e in unit_events(events, "district", "D1", day)] == [e["event_id"] for e in expected]


def test_a_new_events_table_gets_a_new_index():
    events = many_reports(5).events
    index_units(events)
    assert len(unit_events(events, "district", "D1", dt.date(2021, 8, 12))) == 8
    more = pd.concat([events, many_reports(10).events.iloc[-5:].assign(event_id=lambda f: "n" + f["event_id"])],
                     ignore_index=True)
    assert len(unit_events(more, "district", "D1", dt.date(2021, 8, 12))) == 13


def test_history_lists_the_latest_changes_and_folds_the_earlier_away():
    days = [f"2021-06-{n:02d}" for n in range(1, 31)]
    changes = [[n, n % 2 * 2, days[n], 1] for n in range(25)]  # taliban and contested, day after day
    strip = history_strip(changes, days)
    earlier, latest = strip.children[1], strip.children[2]
    assert earlier.children[0].children == f"{25 - HISTORY_LINES} earlier changes"
    assert len(earlier.children[1].children) == 25 - HISTORY_LINES
    assert len(latest.children) == HISTORY_LINES
    assert texts(latest.children[-1])[0] == days[24]  # oldest first, the latest change last
    short = history_strip(changes[:3], days)
    assert [type(c).__name__ for c in short.children] == ["Div", "Ul"] and len(short.children[1].children) == 3
