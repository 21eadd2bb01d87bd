"""Dates across coordinate clauses ("... and on Tuesday they took Y"; "... and clashes are still
going on near Z"), a date left alone after an aside between dashes, and an event retold in a later
paragraph under a carried date."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.coordinate_dates import across_coordinate
from frontmap.extract.date_expressions import find_date_expressions

SUNDAY = dt.date(2021, 8, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Thursday the militants had overrun Nijrab and on Friday they entered Achin.",
        "On Thursday insurgents seized Nijrab, and late on Friday fighters walked into Achin.",
        "Nijrab was lost to the Taliban on Thursday and then on Friday the group took Achin.",
    ],
)
def test_a_clause_opening_on_its_own_date_does_not_date_the_clause_before(sentence):
    events = events_of(sentence, SUNDAY)
    assert ("Nijrab", "taliban", "2021-08-05") in events
    assert any(place == "Achin" and day == "2021-08-06" for place, _status, day in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Five districts of Badakhshan fell to the insurgents ten days ago and fighting is still raging outside Faizabad.",
        "Kuf Ab was overrun last week and clashes are now under way on the edge of Faizabad.",
        "The Taliban captured Nusay on Tuesday and gun battles continue near Faizabad.",
    ],
)
def test_a_present_tense_clause_after_and_is_todays_not_the_earlier_days(sentence):
    assert ("Faizabad", "contested", "2021-08-08") in events_of(sentence, SUNDAY)


def test_a_fronted_date_still_governs_every_clause():
    sentence = "On Friday the Taliban took Nijrab and fighting is reported in Achin."
    friday = find_date_expressions(sentence)[0]
    assert not across_coordinate(sentence, friday, sentence.index("Achin"))


def test_a_range_of_two_days_keeps_its_first_day():
    assert events_of("Taliban fighters attacked Khwahan on Friday and Saturday.", SUNDAY) == {("Khwahan", "contested", "2021-08-06")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers abandoned Nijrab - a district 100 km north of Kabul - two weeks ago.",
        "Government troops pulled out of Nijrab — the last district they held in the valley — two weeks ago.",
    ],
)
def test_a_date_alone_after_an_aside_between_dashes_dates_the_clause_before(sentence):
    assert ("Nijrab", "taliban", "2021-07-25") in events_of(sentence, SUNDAY)


def test_a_quote_in_a_later_paragraph_retells_the_leads_day():
    text = (
        "Insurgents press on in the north\n\n"
        "The Taliban overran Kunduz city on Sunday.\n\n"
        "On Friday they had seized Khost, and on Saturday Faizabad.\n\n"
        "\"By God's grace our fighters captured Kunduz,\" the group's spokesman said."
    )
    events = events_of(text, SUNDAY)
    assert ("Kunduz", "taliban", "2021-08-08") in events
    assert ("Kunduz", "taliban", "2021-08-07") not in events


def test_within_one_paragraph_a_later_sentence_tells_a_later_state():
    text = "Troops moved on Achin on Sunday, five days after the Taliban had taken it. The district stayed in Taliban hands by dusk."
    assert ("Achin", "taliban", "2021-08-08") in events_of(text, SUNDAY)


_KHWAHAN_FRIDAY = "Insurgents overran Khwahan on Friday after a long siege.\n\n"
_ACHIN_SATURDAY = "Achin on Saturday became the third district to fall in three days. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state a source tells is of the source's day, not of the day carried from before
        (_KHWAHAN_FRIDAY + "The governor said on Sunday that the army still held Achin and Nijrab.", "government 2021-08-08"),
        (_KHWAHAN_FRIDAY + "Police told reporters on Sunday that Achin and Nijrab remained under government control.",
         "government 2021-08-08"),
        (_KHWAHAN_FRIDAY + "A spokesman said on Sunday that Achin and Nijrab were still in government hands.", "government 2021-08-08"),
        # a bare "earlier" puts a change before the day in force
        (_ACHIN_SATURDAY + "Khost and Nijrab fell earlier.", "taliban 2021-08-06"),
        (_ACHIN_SATURDAY + "The insurgents had earlier taken Khost and Nijrab.", "taliban 2021-08-06"),
        (_ACHIN_SATURDAY + "Khost and Nijrab were captured earlier, officials said.", "taliban 2021-08-06"),
        (_ACHIN_SATURDAY + "Khost and Nijrab were lost to the Taliban earlier, he added.", "taliban 2021-08-06"),
    ],
)
def test_what_the_clause_says_moves_the_carried_day(text, expected):
    status, day = expected.split()
    places = {"Achin", "Nijrab"} if status == "government" else {"Khost", "Nijrab"}
    assert {(place, status, day) for place in places} <= events_of(text, SUNDAY)


def test_a_change_a_source_tells_keeps_the_day_in_force():
    assert ("Nusay", "taliban", "2021-08-06") in events_of(_KHWAHAN_FRIDAY + "Officials said on Sunday that the Taliban also captured Nusay.", SUNDAY)


@pytest.mark.parametrize(
    "second",
    [
        "Insurgents seized Nijrab earlier on Saturday.",
        "An earlier assault on Nijrab had been repelled, and on Saturday insurgents seized it.",
    ],
)
def test_earlier_with_a_day_of_its_own_keeps_that_day(second):
    text = f"Achin fell on Saturday. {second}"
    assert ("Nijrab", "taliban", "2021-08-07") in events_of(text, SUNDAY)


def test_earlier_opening_a_sentence_is_before_the_day_told_before_it():
    assert ("Nijrab", "taliban", "2021-08-06") in events_of("Achin fell on Saturday. Earlier, insurgents seized Nijrab.", SUNDAY)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Achin fell on Sunday, 24 hours after the Taliban took Nijrab.", "2021-08-07"),
        ("Achin fell on Sunday, 48 hours after the Taliban took Nijrab.", "2021-08-06"),
        ("Achin fell on Sunday, two hours after the Taliban took Nijrab.", "2021-08-08"),
        ("Achin fell on Sunday, less than 24 hours after the Taliban took Nijrab.", "2021-08-08"),
    ],
)
def test_hours_after_make_a_day_only_when_they_add_up_to_one(sentence, day):
    assert ("Nijrab", "taliban", day) in events_of(sentence, SUNDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous night's assault on Achin was beaten back, police said on Saturday.",
        "The previous evening's attack on Achin failed, a district official said on Saturday.",
    ],
)
def test_the_previous_night_counts_from_the_sources_day_when_no_day_is_in_force(sentence):
    assert ("Achin", "contested", "2021-08-06") in events_of(sentence, SUNDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taliban fighters took Achin shortly after midnight on Saturday.",
        "Government troops abandoned Achin before dawn on Saturday.",
        "The insurgents overran Achin soon after nightfall on Saturday, a police officer said.",
    ],
)
def test_a_time_of_day_before_the_weekday_keeps_the_weekday(sentence):
    assert ("Achin", "taliban", "2021-08-07") in events_of(sentence, SUNDAY)


@pytest.mark.parametrize(("dateline", "day"), [("Aug 6", "2021-08-06"), ("Aug 7", "2021-08-07"), ("Aug 8", "2021-08-08")])
def test_undated_news_is_of_the_datelines_day_when_the_paper_ran_it_late(dateline, day):
    text = f"Achin lost\nJALALABAD, {dateline} (AP) - Government forces have withdrawn from Achin, a police officer said."
    assert events_of(text, SUNDAY) == {("Achin", "taliban", day)}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("By dawn on Saturday the insurgents had taken the district headquarters.", ("Achin", "taliban", "2021-08-07")),
        ("On Saturday commandos recaptured the district headquarters.", ("Achin", "government", "2021-08-07")),
    ],
)
def test_the_district_headquarters_is_the_district_named_before(second, expected):
    assert expected in events_of(f"Clashes broke out around Achin on Friday. {second}", SUNDAY)


def test_the_district_headquarters_of_another_place_is_not_the_one_named_before():
    text = "Clashes broke out around Achin on Friday. The district headquarters of Nijrab was quiet."
    assert events_of(text, SUNDAY) == {("Achin", "contested", "2021-08-06")}


@pytest.mark.parametrize(
    "opener", ["Since the formal pullout of US and NATO troops from Afghanistan on May 1", "Ever since the pullout of foreign troops on May 1"]
)
def test_a_fronted_since_clause_in_the_next_sentence_does_not_retell_the_day(opener):
    text = (
        "Badakhshan under pressure\n\n"
        "On Monday evening the insurgents stormed the outskirts of Khost.\n\n"
        "The Taliban have also been hitting troops in several districts of Badakhshan province in the north "
        "since Sunday evening. "
        "There were also scattered clashes around the provincial capital of Faizabad.\n\n"
        f"{opener}, the Taliban have launched several offensives in the country."
    )
    days = {day for place, _, day in events_of(text, dt.date(2021, 5, 24)) if place == "Faizabad"}
    assert days and "2021-05-01" not in days
