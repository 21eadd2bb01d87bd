"""Tests for three date readings: a range "from Aug. 6 to Aug. 8" starts on its first day; a day
yet to come ("a truce that begins Monday") dates nothing; a standing hold followed by the change
that began it ("now hold X after they stormed it on Tuesday") takes that change's day."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.coming_days import coming_role, names_a_coming_day
from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.extract.state_origins import tells_its_origin
from frontmap.intake.articles import Article

SATURDAY = dt.date(2021, 8, 14)


def dated(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published SATURDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SATURDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


def test_an_abbreviated_month_with_a_day_after_from_is_a_day_not_a_month():
    kinds = [(e.kind, e.text) for e in find_date_expressions("Clashes went on from Aug. 3 to Aug. 5 near the town.")]
    assert kinds == [("month_day", "Aug. 3"), ("month_day", "Aug. 5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy fighting gripped Lashkar Gah from Aug. 6 to Aug. 8, residents said.", ("Lashkar Gah", "contested", "2021-08-06")),
        ("Insurgents battled police in Taloqan from Aug. 2 through Aug. 4, a lawmaker said.", ("Taloqan", "contested", "2021-08-02")),
    ],
)
def test_a_range_of_abbreviated_days_starts_on_its_first(finder, text, expected):
    assert expected in dated(finder, text)


@pytest.mark.parametrize(
    "before",
    ["a three-day truce that begins ", "a ceasefire which will start on ", "talks due on ", "a meeting scheduled for ",
     "the holiday that begin "],
)
def test_a_start_or_schedule_before_a_day_makes_it_a_coming_one(before):
    assert names_a_coming_day(before)


@pytest.mark.parametrize("before", ["the district fell on ", "officials said ", "fighting that began on the night of "])
def test_a_past_change_before_a_day_is_not_a_coming_one(before):
    assert not names_a_coming_day(before)


@pytest.mark.parametrize(
    "text",
    [
        "The militants overran Nerkh district hours before a truce that begins Monday, officials said.",
        "Jalrez fell to the Taliban ahead of peace talks which will resume on Thursday, a lawmaker said.",
    ],
)
def test_a_coming_day_does_not_date_the_capture_of_its_sentence(finder, text):
    days = {day for _p, status, day in dated(finder, text) if status == "taliban"}
    assert days and all(day >= "2021-08-13" for day in days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban now control Ghazni city after they overran it on Thursday, officials said.", ("Ghazni", "taliban", "2021-08-12")),
        ("Insurgents are in full control of Qalat, which they stormed on Wednesday, elders said.", ("Qalat", "taliban", "2021-08-11")),
        ("Commandos hold Khinjan district again since they retook it on Tuesday, the army said.", ("Khinjan", "government", "2021-08-10")),
    ],
)
def test_a_hold_takes_the_day_of_the_change_told_after_the_place(finder, text, expected):
    assert expected in dated(finder, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Ghazni city is in Taliban hands after the insurgents overran it on Thursday, officials said.",
         ("Ghazni", "taliban", "2021-08-12"), ("Ghazni", "taliban", "2021-08-14")),
        ("Qalat is now under Taliban control after militants stormed the city on Wednesday.",
         ("Qalat", "taliban", "2021-08-11"), ("Qalat", "taliban", "2021-08-14")),
        ("Khinjan district is back in government hands after commandos retook it on Tuesday.",
         ("Khinjan", "government", "2021-08-10"), ("Khinjan", "government", "2021-08-14")),
    ],
)
def test_a_hold_told_after_the_place_takes_the_day_of_its_change(finder, text, expected, absent):  # noqa: F811
    events = dated(finder, text)
    assert expected in events
    assert absent not in events


def test_a_hold_beside_a_clause_of_fighting_keeps_the_day_it_is_told():
    sentence = "Ghazni remained in government hands on Friday after the Taliban attacked it on Thursday."
    assert not tells_its_origin(sentence, sentence.index("hands"), sentence.rindex(" on ") + 4)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The Taliban now control Ghazni after they overran it on Thursday.", True),
        ("Forces hold Khinjan, which they retook on Friday.", True),
        ("The Taliban now control Ghazni, and Qarabagh saw fighting on Thursday.", False),
        ("The Taliban now control Ghazni after weeks of siege, elders said on Thursday.", False),
    ],
)
def test_only_a_clause_of_a_change_of_hands_tells_a_hold_s_origin(sentence, told):
    place = sentence.index("Ghazni" if "Ghazni" in sentence else "Khinjan")
    date = sentence.rindex(" on ") + 4
    assert tells_its_origin(sentence, place, date) is told


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents seized Nerkh district days before the Aug. 20 start of new talks, officials said.", "Nerkh"),
        ("The Taliban overran Andar district ahead of the Aug. 31 withdrawal deadline, elders said.", "Andar"),
    ],
)
def test_a_day_after_publication_never_dates_an_event(finder, text, place):
    days = {day for p, _s, day in dated(finder, text) if p == place}
    assert days and all(day <= SATURDAY.isoformat() for day in days)


def test_a_window_in_a_shift_s_complement_does_not_push_the_main_clause_past_the_report(finder):
    found = dated(finder, "The fall of Aibak came a day after the insurgents seized Kunduz, adding to fears they may win this month.")
    assert ("Aybak", "taliban", "2021-08-14") in found
    assert ("Kunduz", "taliban", "2021-08-13") in found


def test_only_an_event_date_after_publication_becomes_a_coming_one():
    assert coming_role("event", dt.date(2021, 8, 15), SATURDAY) == "coming"
    assert coming_role("event", SATURDAY, SATURDAY) == "event"
    assert coming_role("reporting", dt.date(2021, 8, 15), SATURDAY) == "reporting"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, Aug 14 - On Thursday, after a long siege, the Taliban captured Qala-e Naw.", ("Qala-e Naw", "taliban", "2021-08-12")),
        ("Kabul [Afghanistan] Aug 14 (ANI): Late on Wednesday, amid heavy rain, insurgents stormed Qalat.", ("Qalat", "contested", "2021-08-11")),
        ("KABUL: On Friday, following days of clashes, commandos retook Khinjan district.", ("Khinjan", "government", "2021-08-13")),
    ],
)
def test_a_date_fronted_right_after_the_dateline_dates_the_main_clause(finder, text, expected):
    assert expected in dated(finder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kohistan district fell to the Taliban on Aug. 2 but commandos recaptured it after three days of fighting, officials said.",
         ("Kohistan", "government", "2021-08-05")),
        ("Jalrez was overrun on Monday, and the army took it back after two days of heavy clashes, a lawmaker said.",
         ("Jalrez", "government", "2021-08-11")),
    ],
)
def test_a_change_after_n_days_of_fighting_counts_from_the_joined_clause_s_day(finder, text, expected):
    assert expected in dated(finder, text)


def test_after_n_days_of_fighting_without_an_earlier_day_keeps_the_plain_date(finder):
    found = dated(finder, "Commandos retook Khinjan after two days of fighting, officials said on Thursday.")
    assert ("Khinjan", "government", "2021-08-12") in found



def test_a_span_of_days_dates_its_list_by_the_first_day_as_a_range(finder):  # noqa: F811
    """Each place of a list a span of days dates takes the span's first day, marked as a range (no
    calendar date of its own)."""
    text = ("Northern capitals lost\nThe insurgents took control of Sheberghan, Kunduz and Taloqan "
            "from Aug. 6 to Aug. 8, officials said.")
    article = Article("b" * 16, "t.txt", None, "", "", "", "", dt.date(2021, 8, 10), "manifest", text)
    found = {(e.place, str(e.event_date), e.date_basis) for e in extract_events(article, finder.find(article))}
    assert found == {(p, "2021-08-06", "range") for p in ("Sheberghan", "Kunduz", "Taloqan")}
