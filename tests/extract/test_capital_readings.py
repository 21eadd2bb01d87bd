"""Readings that decide a provincial capital's day on the map: who says "our control", parts of a
city, civilians leaving, a fight for control, a period start, and "the town" after an unnamed
place (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import events_of, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.mentions import MentionFinder

T, C, G, CL = "taliban", "contested", "government", "claimed"
ANY = "any"


@pytest.mark.parametrize(("text", "status"), [
    # "our" belongs to the speaker the reporting verb names, not to an actor inside the quote
    ('"Maimana is wholly under our control and we are chasing the Taliban out of the orchards," an army spokesman said.', G),
    ('"Qala-e Naw is back under our control, the insurgents have run," the defence ministry spokesman said on Saturday.', G),
    ('"Kunduz is under our control and the soldiers have surrendered," a Taliban spokesman said.', CL),
    ('"Farah is under our control," said a spokesman for the provincial police, adding that militants still fired from the hills.', G),
])
def test_our_control_is_the_speakers(finder: MentionFinder, text: str, status: str) -> None:
    assert status in {s for _, s in statuses(finder, text)}
    assert {s for _, s in statuses(finder, text)} <= {status, C}


@pytest.mark.parametrize("text", [
    "Many portions of Lashkar Gah have fallen to the Taliban, a lawmaker said on Saturday.",
    "Large sections of Kunduz were seized by the militants on Friday.",
    "Swathes of Farah city have fallen to the insurgents.",
    "The Taliban overran several quarters of Ghazni on Friday.",
])
def test_parts_of_a_city_taken_leave_it_contested(finder: MentionFinder, text: str) -> None:
    assert {s for _, s in statuses(finder, text)} == {C}


@pytest.mark.parametrize("text", [
    "People were fleeing Kunduz on foot on Saturday.",
    "As the Taliban closed in, residents began fleeing Lashkar Gah.",
    "Families fled Sar-e Pul on Friday as the fighting neared.",
])
def test_civilians_leaving_is_no_retreat(finder: MentionFinder, text: str) -> None:
    assert statuses(finder, text) <= {(p, C) for p, _ in statuses(finder, text)}


def test_forces_leaving_still_lose_the_place(finder: MentionFinder) -> None:
    assert ("Kunduz", T) in statuses(finder, "Afghan troops fled Kunduz on Saturday.")


@pytest.mark.parametrize("text", [
    "By evening the two sides were fighting for control of Qala-e Naw.",
    "Troops and insurgents battled on Friday for the control of Farah city.",
    "A struggle for full control of Taloqan went on into Saturday.",
])
def test_fight_for_control_is_contested(finder: MentionFinder, text: str) -> None:
    assert {s for _, s in statuses(finder, text)} == {C}


def test_a_period_start_does_not_date_the_next_sentence(finder: MentionFinder) -> None:
    text = ("Of all the towns the militants have attacked since Thursday, Kunduz matters most. "
            '"Kunduz has fallen," a councillor said on Sunday.')
    assert ("Kunduz", T, "2021-08-01") in events_of(finder, text)
    assert ("Kunduz", T, "2021-07-29") not in events_of(finder, text)


@pytest.mark.parametrize("text", [
    # the dateline's city is not "the town" when the text introduced an unnamed one
    "KABUL - Commandos took back a southern border crossing on Saturday, but the Taliban said they still held the town.",
    "The militants attacked a district west of Kandahar on Friday, and by night the district had fallen.",
    "Soldiers recaptured a small town outside Mazar-i-Sharif on Saturday, a day after the insurgents overran the town.",
])
def test_the_town_after_an_unnamed_place_means_that_place(finder: MentionFinder, text: str) -> None:
    assert not {(p, s) for p, s in statuses(finder, text) if s in (T, G)}


def test_an_apposition_keeps_the_named_city(finder: MentionFinder) -> None:
    text = "Kunduz, a city of 270,000 people, came under attack on Friday. The city fell on Saturday."
    assert ("Kunduz", T) in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "Three capitals -- Gardez, Nili and Jalalabad -- fell to the Taliban on Saturday.",
    "KABUL, Aug 1 - Two cities \u2014 Sharan and Asadabad \u2014 were handed to the militants on Saturday.",
    "KABUL, Aug 1 (AP) - Two towns - Gardez and Sharan - were captured by the insurgents on Saturday.",
])
def test_a_list_between_dashes_is_the_subject(finder: MentionFinder, text: str) -> None:
    assert len({p for p, s in statuses(finder, text) if s == T}) >= 2


def test_an_aside_between_dashes_keeps_the_subject(finder: MentionFinder) -> None:
    assert ("Kunduz", T) in statuses(finder, "Kunduz -- the biggest prize so far -- fell on Saturday.")


@pytest.mark.parametrize(("text", "never"), [
    # preventing a fall is no fall
    ("Commandos were flown in to prevent the fall of Kandahar.", T),
    ("Airstrikes were ordered to avert the fall of Lashkar Gah on Saturday.", T),
    ("Fresh troops reached Ghazni to stave off the fall of the city.", T),
    # attacks aimed at people are no fight for the place
    ("Gunmen killed a radio director in Kabul on Friday, the latest in a series of attacks against officials.", ANY),
    ("Two judges were shot dead in Jalalabad, part of a wave of attacks on judges and activists.", ANY),
    # a refuge is no battle place
    ("Families displaced by fighting took shelter at a school in Mehtarlam, the capital of Laghman province.", ANY),
    ("Thousands have sought refuge in parks across Kabul.", ANY),
    ("The displaced found shelter in a mosque in Charikar on Saturday.", ANY),
    # holding a city's airport is no hold of the city
    ("Government troops were still in control of Kandahar's airport.", G),
    ("Soldiers still hold Kunduz's airport and the base beside it.", G),
    ("Commandos kept control of Pul-e Khumri's army barracks on Saturday.", G),
])
def test_what_tells_no_holder(finder: MentionFinder, text: str, never: str) -> None:
    found = {s for _, s in statuses(finder, text)}
    assert not found if never == ANY else never not in found


def test_a_relative_clause_far_from_the_place_is_not_its_own(finder: MentionFinder) -> None:
    text = "Police in Wardak province arrested the governor of Ghazni which was handed to the Taliban on Thursday."
    assert not {p for p, _ in statuses(finder, text) if p == "Wardak"}


@pytest.mark.parametrize(("text", "place"), [
    ("Police detained the governor of Ghazni, which was handed to the Taliban on Friday.", "Ghazni"),
    ("Officials met the mayor of Farah, which fell to the insurgents on Friday.", "Farah"),
])
def test_a_titled_place_with_its_own_relative_clause_is_an_event(finder: MentionFinder, text: str, place: str) -> None:
    assert (place, T) in statuses(finder, text)


def test_a_title_without_a_relative_clause_stays_a_title(finder: MentionFinder) -> None:
    assert not statuses(finder, "The governor of Uruzgan handed Tarinkot to the Taliban on Friday.") - {("Tarinkot", T)}


@pytest.mark.parametrize("text", [
    "The group has taken dozens of districts this year and put pressure on several capitals, including Herat in the west and Kandahar in the south.",
    "The militants captured Ghazni and piled pressure on Kandahar on Saturday.",
    "The insurgents kept up the pressure on Herat city through the weekend.",
])
def test_pressure_on_a_city_is_no_capture(finder: MentionFinder, text: str) -> None:
    assert not {p for p, s in statuses(finder, text) if s == T and p in ("Herat", "Kandahar")}


def test_under_pressure_the_army_still_left(finder: MentionFinder) -> None:
    assert ("Kunduz", T) in statuses(finder, "Under pressure on all sides, the army abandoned Kunduz on Saturday.")


def test_a_noun_that_only_modifies_introduces_no_place(finder: MentionFinder) -> None:
    text = ("Police said the attack happened on Friday in Nijrab district. A wounded man was moved to a "
            "{} hospital. Heavy clashes have shaken the district since Saturday.")
    # "the district" is still Nijrab, as when no "district" stands before "hospital"
    assert events_of(finder, text.format("district")) == events_of(finder, text.format("nearby"))
    assert ("Nijrab", C, "2021-07-31") in events_of(finder, text.format("district"))


@pytest.mark.parametrize(("text", "expected"), [
    # the crossing of or at a town is the town
    ("The militants seized the busy crossing at Islam Qala on Saturday.", ("Islam Qala", T)),
    ("The Taliban said they had captured the strategic border crossing of Spin Boldak.", ("Spin Boldak", CL)),
    ("Afghan forces retook the crossing of Torghundi on Saturday.", ("Torghundi", G)),
    # the AFP spelling is the same group
    ("The Taleban said on Saturday they had seized Spin Boldak.", ("Spin Boldak", CL)),
    ("A Taleban spokesman said Faizabad was under their control.", ("Faizabad", CL)),
    ("Government troops drove the Taleban out of Kaldar on Saturday.", ("Kaldar", G)),
])
def test_the_one_reading(finder: MentionFinder, text: str, expected: tuple[str, str]) -> None:
    assert statuses(finder, text) == {expected}


def test_a_crossing_in_a_province_is_still_a_part_of_it(finder: MentionFinder) -> None:
    assert statuses(finder, "The Taliban captured a border crossing in Kunduz province on Saturday.") == {("Kunduz", C)}


@pytest.mark.parametrize("text", [
    "The militants halted their advance through Kabul, in which several quarters had been captured.",
    "Fighting went on in Sar-e Pul, in which key neighbourhoods were seized by the militants on Saturday.",
])
def test_parts_taken_in_a_relative_clause_leave_the_city_contested(finder: MentionFinder, text: str) -> None:
    assert {s for _, s in statuses(finder, text)} == {C}


def test_a_relative_clause_of_the_whole_city_is_still_a_fall(finder: MentionFinder) -> None:
    assert ("Kunduz", T) in statuses(finder, "Kunduz, which fell on Saturday, is in chaos.")


@pytest.mark.parametrize("dateline", ["Kabul [Afghanistan] August 1 (ANI):", "Kabul [Afghanistan], August 1 (ANI):",
                                      "KABUL, Aug 1 (AP) -"])
def test_a_bracketed_dateline_dates_the_report_not_the_event(finder: MentionFinder, dateline: str) -> None:
    text = (f"{dateline} Afghan forces have re-captured Kaldar district from the Taliban. "
            "Officials said the district was retaken on Saturday morning.")
    assert events_of(finder, text) == {("Kaldar", G, "2021-07-31")}
