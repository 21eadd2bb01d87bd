"""Chronicles: a month heading dates the section under it, "soon" counts on from the month in force,
a shift counts from a dated announcement told just before it, and a base left by foreign troops in
a passive ("was evacuated by US forces") is no capture."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_flashback import counts_on
from frontmap.extract.date_lines import is_month_heading, line_kind
from frontmap.extract.date_references import reported_before
from frontmap.extract.date_scope import Dated
from frontmap.extract.foreign_forces import foreign_control
from frontmap.extract.rules import Verdict


@pytest.mark.parametrize("line", ["June 2021", "Early May", "Mid-July:", "August 2021"])
def test_a_line_that_is_only_a_month_is_a_heading(line):
    assert is_month_heading(line)
    assert line_kind(line) == "heading"


@pytest.mark.parametrize("line", ["In May 2021 the army lost Nerkh.", "May 2021 was the worst month", "Wardak", "The plan may change"])
def test_a_month_inside_running_text_is_no_heading(line):
    assert not is_month_heading(line)


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("Heavy clashes soon break out around the city.", True),
        ("Shortly afterwards, the district fell.", True),
        ("They fled as soon as the convoy arrived.", False),
        ("Heavy clashes break out around the city.", False),
    ],
)
def test_soon_counts_on_from_the_day_in_force(sentence, counts):
    assert counts_on(sentence) is counts


def _dated(sentence: str, role: str, date: dt.date) -> Dated:
    expr = find_date_expressions(sentence)[0]
    return Dated(expr, role, date, "explicit", None)


def _shift(sentence: str):
    return find_date_expressions(sentence)[0]


ANNOUNCED = _dated("The ministry announced on July 3 that troops had left.", "reporting", dt.date(2021, 7, 3))
JUNE_22 = (dt.date(2021, 6, 22), "explicit")


def test_a_shift_counts_from_a_dated_announcement_just_before_it():
    assert reported_before(_shift("Three days later, they took the town."), [ANNOUNCED], JUNE_22) == (dt.date(2021, 7, 3), "carried")


def test_a_shift_keeps_the_day_in_force_when_the_sentence_before_names_an_event_day():
    told = _dated("They had taken it on July 2.", "event", dt.date(2021, 7, 2))
    assert reported_before(_shift("Two days later, they took the town."), [ANNOUNCED, told], JUNE_22) is None


def test_the_same_day_or_a_weekday_speaker_gives_no_announcement_day():
    assert reported_before(_shift("The same day, they took the town."), [ANNOUNCED], JUNE_22) is None
    friday = _dated("a commander said on Friday", "reporting", dt.date(2021, 7, 9))
    assert reported_before(_shift("Two days later, they took the town."), [friday], JUNE_22) is None


def test_an_announcement_before_the_day_in_force_does_not_move_it_back():
    assert reported_before(_shift("Two days later, they took the town."), [ANNOUNCED], (dt.date(2021, 7, 10), "explicit")) is None


@pytest.mark.parametrize(
    "sentence, verb, foreign",
    [
        ("Bagram airfield was evacuated by US forces on July 2.", "evacuated", True),
        ("The base, which was vacated last week by the American military, lies empty.", "vacated", True),
        ("The district centre was abandoned by Afghan police on Monday.", "abandoned", False),
        ("The airfield was handed over by American troops to the Afghan army.", "handed over", False),
    ],
)
def test_a_place_left_by_foreign_troops_in_a_passive_is_no_change_of_control(sentence, verb, foreign):
    verdict = Verdict("taliban", verb, sentence.index(verb), 0.8)
    assert foreign_control(sentence, verdict) is foreign


@pytest.mark.parametrize("gap", ["—the second and third-biggest cities—were ", " and Herat—two trade hubs—were ", " — a major trade hub — was "])
def test_an_aside_between_dashes_set_close_or_apart_leaves_the_subject(gap):
    from frontmap.extract.gaps import is_subject_gap

    assert is_subject_gap(gap)


def test_a_name_before_a_dash_and_a_lower_case_aside_is_no_dateline():
    from frontmap.extract.clauses import clause_spans

    sentence = "Herat — the third-biggest city — was overrun on Thursday."
    assert len(clause_spans(sentence)) == 1
    dateline = "KABUL — The Taliban overran Herat — the third-biggest city — on Thursday."
    assert len(clause_spans(dateline)) > 1


@pytest.mark.parametrize(
    "view, plan",
    [
        ("taliban fighters began to enter ghazni city on sunday.", False),
        ("insurgents started to enter kabul on sunday.", False),
        ("the units would start to enter ghazni city within days.", True),
        ("the group plans to enter ghazni city.", True),
    ],
)
def test_an_infinitive_after_a_past_start_is_a_fact_and_after_a_modal_a_plan(view, plan):
    from frontmap.extract.cues import intended

    at = view.index("enter")
    assert intended(view, 0, at, at + 5) is plan
