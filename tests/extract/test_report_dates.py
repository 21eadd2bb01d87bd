"""Dates as whole wire reports give them: tallies, datelines printed a day late, weekends,
quoted sources, appositives, lists with a weekday per group, and "two days after it fell"."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.sentence_date import resolve_date

D = dt.date
WEDNESDAY = D(2021, 8, 4)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def read(finder, text: str, published: dt.date) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event the text gives."""
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def test_a_running_count_since_a_weekday_does_not_date_the_capture(finder):
    text = (
        "Taliban take Nijrab, the fifth district to fall since Friday\n\n"
        "NIJRAB, Aug 4 - Insurgents captured Nijrab on Tuesday, a district official said."
    )
    assert read(finder, text, WEDNESDAY) == {("Nijrab", "taliban", "2021-08-03")}


def test_a_recent_start_without_a_count_still_dates_the_fighting(finder):
    assert read(finder, "Gun battles have gripped Kuf Ab since Sunday.", WEDNESDAY) == {("Kuf Ab", "contested", "2021-08-01")}


def test_a_dateline_a_day_before_publication_is_the_reports_today(finder):
    text = "Khost lost\nKHOST, Aug 3 (AP) - Taliban fighters captured Khost today, a police officer said."
    assert read(finder, text, WEDNESDAY) == {("Khost", "taliban", "2021-08-03")}
    same_day = "Khost lost\nKHOST, Aug 4 (AP) - Taliban fighters captured Khost today, a police officer said."
    assert read(finder, same_day, WEDNESDAY) == {("Khost", "taliban", "2021-08-04")}
    bracketed = "Khost lost\nKhost [Afghanistan], August 3 (ANI): Taliban fighters captured Khost today."
    assert read(finder, bracketed, WEDNESDAY) == {("Khost", "taliban", "2021-08-03")}


@pytest.mark.parametrize(
    ("published", "expected"),
    [(D(2021, 8, 9), D(2021, 8, 8)), (D(2021, 8, 12), D(2021, 8, 8)), (D(2021, 8, 7), D(2021, 8, 7))],
)
def test_over_the_weekend_is_the_last_weekend(published, expected):
    assert resolve_date("Militants overran Achin over the weekend.", published) == (expected, "relative")


def test_a_quote_given_by_telephone_does_not_move_the_day_in_force(finder):
    text = (
        "On Thursday the insurgents seized Achin.\n\n"
        '"We had to leave," an officer said by telephone on Friday.\n\n'
        "Hours later they overran Nijrab as well."
    )
    assert ("Nijrab", "taliban", "2021-08-05") in read(finder, text, D(2021, 8, 7))


def test_the_date_after_an_appositive_belongs_to_the_place_before_it(finder):
    text = "Fighters were close to Jalalabad on Saturday after taking Achin, a district on the border, on Friday."
    assert ("Achin", "taliban", "2021-08-06") in read(finder, text, D(2021, 8, 7))


def test_each_group_of_a_list_takes_the_weekday_that_closes_it(finder):
    text = "The insurgents had taken Nijrab on Friday, Achin on Saturday and Kuf Ab, Khwahan and Nusay on Sunday."
    assert read(finder, text, D(2021, 8, 9)) == {
        ("Nijrab", "taliban", "2021-08-06"),
        ("Achin", "taliban", "2021-08-07"),
        ("Kuf Ab", "taliban", "2021-08-08"),
        ("Khwahan", "taliban", "2021-08-08"),
        ("Nusay", "taliban", "2021-08-08"),
    }


def test_two_days_after_it_fell_tells_the_earlier_fall(finder):
    text = "Government troops recaptured Imam Sahib on Tuesday, two days after it had fallen to the Taliban."
    assert read(finder, text, WEDNESDAY) == {("Imam Sahib", "government", "2021-08-03"), ("Imam Sahib", "taliban", "2021-08-01")}


def test_the_pronoun_means_the_district_not_the_province_locating_it(finder):
    text = "The army took back Kuf Ab district in Badakhshan on Tuesday, nine days after losing it to the insurgents."
    assert read(finder, text, WEDNESDAY) == {("Kuf Ab", "government", "2021-08-03"), ("Kuf Ab", "taliban", "2021-07-25")}


def test_a_headline_in_the_present_tense_tells_a_fall(finder):
    text = "Faizabad falls, officials say\n\nFAIZABAD, Aug 4 - Shops stayed shut and residents kept indoors."
    assert read(finder, text, WEDNESDAY) == {("Faizabad", "taliban", "2021-08-04")}
    assert read(finder, "Heavy snow falls on Faizabad for a second day.", WEDNESDAY) == set()


def test_the_source_named_after_the_place_leaves_it_a_place(finder):
    text = "Insurgents captured Nijrab on Tuesday, a district official said."
    assert read(finder, "Insurgents captured Nijrab, a district official said on Tuesday.", WEDNESDAY) == {("Nijrab", "taliban", "2021-08-03")}
    assert read(finder, text, WEDNESDAY) == {("Nijrab", "taliban", "2021-08-03")}


def test_officials_in_a_province_who_speak_do_not_make_the_next_place_a_title(finder):
    text = "Officials in Nangarhar said Achin fell to the Taliban late on Tuesday."
    assert read(finder, text, WEDNESDAY) == {("Achin", "taliban", "2021-08-03")}


def test_the_city_in_the_sentence_that_names_it_adds_no_second_date(finder):
    text = "The day before, the garrison in Jalalabad had handed over the city without a fight, and overnight shops reopened."
    assert read(finder, text, D(2021, 8, 9)) == {("Jalalabad", "taliban", "2021-08-08")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nijrab, which fell last Friday, was quiet.", D(2021, 8, 6)),  # a Friday paper: a week back
        ("Nijrab fell this past Friday.", D(2021, 8, 6)),
        ("Nijrab fell on Friday.", D(2021, 8, 13)),  # the paper's own Friday
        ("Nijrab fell last Tuesday.", D(2021, 8, 10)),
    ],
)
def test_last_and_the_papers_own_weekday(sentence, expected):
    assert resolve_date(sentence, D(2021, 8, 13)) == (expected, "weekday")


def test_the_city_a_capital_is_closest_to_is_a_landmark(finder):
    text = "Taliban fighters took Mahmud-i-Raqi on Tuesday, the nearest provincial capital to Kabul they have seized."
    assert read(finder, text, WEDNESDAY) == {("Mahmud-i-Raqi", "taliban", "2021-08-03")}
