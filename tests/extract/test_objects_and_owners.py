"""What a verb took and whose a place is: "took it" of a place, a person or a picture captured, the
flag flying over a place, a town's market, "its" after "the city", "one after another"
(invented sentences, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.clauses import clause_spans
from frontmap.extract.persons import person_object

MONDAY = dt.date(2021, 8, 9)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kunduz\nKABUL, Aug 9 - Kunduz was attacked last week. The insurgents took it on Sunday.", ("Kunduz", "taliban")),
    ("Kunduz\nKABUL, Aug 9 - Kunduz was attacked last week. The insurgents took it without a fight.", ("Kunduz", "taliban")),
])
def test_took_it_with_a_day_or_a_manner_takes_the_place(text, expected):
    assert expected in real_events(text, MONDAY)


def test_took_it_seriously_takes_nothing():
    found = real_events("Kunduz\nKABUL, Aug 9 - The Taliban attacked Kunduz on Sunday. Officials took it seriously.", MONDAY)
    assert ("Kunduz", "taliban") not in found


@pytest.mark.parametrize("text", [
    "Clashes in Kunduz captured on video\nKABUL, Aug 9 - Residents filmed the streets on Sunday.",
    "Kunduz\nKABUL, Aug 9 - Footage captured by residents in Kunduz on Sunday showed empty streets.",
])
def test_a_picture_captured_is_no_capture(text):
    assert ("Kunduz", "taliban") not in real_events(text, MONDAY)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The national flag flew again over the Chahar Bolak district centre on Sunday.", ("Chahar Bolak", "government")),
    ("The Taliban's white flag flew once more over Chahar Bolak on Sunday.", ("Chahar Bolak", "taliban")),
])
def test_whose_flag_flies_over_a_place_holds_it(sentence, expected):
    assert expected in real_events("Flag\nMAZAR-I-SHARIF, Aug 9 - " + sentence, MONDAY)


def test_a_named_towns_market_is_a_part_of_it():
    found = real_events("Taliban take Kishim bazaar\nFAIZABAD, Aug 9 - A council member spoke.", MONDAY)
    assert found == {("Keshem", "contested")}


@pytest.mark.parametrize(("gap", "expected"), [
    (" a former Herat police chief in ", True),
    (" the governor of Andar district at a checkpoint near ", True),
    (" the police headquarters in ", False),
    (" the police chief and the district centre of ", False),
    (" the governor of ", False),
])
def test_a_person_taken_somewhere(gap, expected):
    assert person_object(gap) is expected


def test_a_person_captured_in_a_district_is_no_event_of_it():
    found = real_events("Arrest\nHERAT, Aug 9 - Taliban fighters captured a former police chief in Pashtun Zarghun district on Sunday.", MONDAY)
    assert found == set()


def test_its_after_the_city_means_the_city_not_a_district_named_before():
    text = ("Arrest\nHERAT, Aug 9 - Taliban fighters captured a former police chief in Pashtun Zarghun district on Sunday. "
            "The city itself remained under government control, with fighting on its southern outskirts.")
    found = real_events(text, MONDAY)
    assert ("Herat", "contested") in found and ("Pashtun Zarghun", "contested") not in found


def test_one_after_another_opens_no_clause():
    sentence = "Three districts fell on Tuesday one after another, leaving the city surrounded."
    assert clause_spans(sentence) == [(0, len(sentence), False)]


def test_a_bracketed_file_caption_leaves_the_sentence_after_it_news():
    text = ("Pul-e Khumri\nPUL-E KHUMRI, Aug 9 - (FILE PHOTO: Afghan commandos on patrol in Kunduz province, June 2021.) "
            "Taliban fighters attacked the outskirts of Pul-e Khumri on Sunday morning, police said.")
    assert real_events(text, MONDAY) == {("Pul-e Khumri", "contested")}


def test_a_bracketed_file_caption_alone_tells_nothing():
    assert real_events("Pul-e Khumri\nPUL-E KHUMRI, Aug 9 - (FILE PHOTO: Afghan commandos retake Kunduz, June 2021.)", MONDAY) == set()


def test_the_city_itself_set_against_named_districts_is_the_report_city():
    found = real_events("Herat\nHERAT, Aug 9 - Only Injil, Guzara and the city itself remain under government control.", MONDAY)
    assert ("Herat", "government") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Maruf\nKANDAHAR, Aug 9 - Fighting is going on in Maruf district, which could be overrun within days, they said.", {("Maruf", "contested")}),
    ("Maruf\nKANDAHAR, Aug 9 - Fighting in Maruf could spread to Kandahar city, they said.", set()),
])
def test_a_modal_in_a_relative_clause_leaves_the_fight_before_it(text, expected):
    assert {e for e in real_events(text, MONDAY) if e[0] == "Maruf"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Taliban captured a district on Sunday: Qaisar in Faryab, officials said.", {("Qaisar", "taliban")}),
    ("The Taliban captured a district on Sunday: officials said it was the fourth this week.", set()),
])
def test_a_name_after_a_colon_is_the_object_told_by_its_kind(sentence, expected):
    assert real_events("Faryab\nKABUL, Aug 9 - " + sentence, MONDAY) - {("Kabul", "taliban")} == expected


def test_a_siege_broken_after_days_relieves_the_place():
    found = real_events("Muqur\nQALA-E NAW, Aug 9 - Afghan forces broke the Taliban's ten-day siege of Muqur district on Sunday.", MONDAY)
    assert ("Muqur", "government") in found
