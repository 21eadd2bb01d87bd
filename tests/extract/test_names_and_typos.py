"""Tests for how names and lists are read in the forms real wire copy prints them: semicolon lists
of located names, outlet spellings, names in lower case, common typos ("seige", "thee districts"),
"the main city in X" and a tribe's name used alone as its district, over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.lowercase_names import placed_in_lower_case
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

WEDNESDAY = dt.date(2021, 7, 21)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` yields, published WEDNESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", WEDNESDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def places(finder: MentionFinder, text: str) -> set[str]:
    """Return the places of the events `text` yields."""
    return {place for place, _status, _day in events(finder, text)}


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Officials said Qaisar in Faryab; Ghormach in Badghis; and Kohsan in Herat fell to the Taliban on Tuesday.",
     {"Qaisar", "Ghormach", "Kohsan"}),
    ("KABUL - Security forces retook Andar in Ghazni; Maruf in Kandahar; and Gizab in Daykundi on Tuesday.",
     {"Andar", "Maruf", "Gizab"}),
    ("KABUL - The insurgents overran Yamgan and Jurm districts of Badakhshan; Worsaj in Takhar; and Ziruk in Paktika on Tuesday.",
     {"Yamgan", "Jurm", "Warsaj", "Ziruk"}),
    ("KABUL - Troops pulled out of Kharwar in Logar; Mangjic, Faizabad and Khanaqah districts of Jawzjan; and the Khashrod"
     " district in Nimruz province on Tuesday.", {"Kharwar", "Mangajek", "Fayzabad", "Khaniqa", "Khash Rod"}),
])
def test_a_semicolon_list_of_located_names_keeps_its_last_items(finder, text, expected):
    assert places(finder, text) == expected


def test_a_semicolon_between_two_clauses_still_cuts_them(finder):
    found = events(finder, "KABUL - The Taliban captured Qaisar in Faryab on Tuesday; officials in Herat said Kohsan was calm.")
    assert ("Qaisar", "taliban", "2021-07-20") in found
    assert "Kohsan" not in {place for place, status, _ in found if status == "taliban"}


@pytest.mark.parametrize("text, place", [
    ("KABUL - Worsaj district fell to the Taliban on Tuesday.", "Warsaj"),
    ("KABUL - The Taliban seized Narkh district of Wardak province on Tuesday.", "Nerkh"),
    ("KABUL - Esed Abad, the capital of Kunar, was handed to the Taliban on Tuesday.", "Asadabad"),
    ("KABUL - The Taliban took Zaranc, the capital of Nimroz, on Tuesday.", "Zaranj"),
])
def test_outlet_spellings_name_their_district(finder, text, place):
    assert places(finder, text) == {place}


@pytest.mark.parametrize("text", [
    "KABUL - The Taliban captured the city of sheberghan on Tuesday, officials said.",
    "KABUL - Government forces abandoned sheberghan city on Tuesday, officials said.",
])
def test_a_lower_case_name_beside_a_place_word_is_a_place(finder, text):
    assert places(finder, text) == {"Sheberghan"}


def test_a_lower_case_name_needs_its_place_word():
    text = "the city of sheberghan and a farah dish"
    assert placed_in_lower_case(text, 12, 22)
    assert not placed_in_lower_case(text, 29, 34)
    assert not placed_in_lower_case("the district of bar", 16, 19)  # too short to trust
    assert placed_in_lower_case("militias retook pol-e-Hesar, Bano and Deh Salah", 16, 27)  # a part with a capital
    assert not placed_in_lower_case("militias retook pol-e-hesar, Bano and Deh Salah", 16, 27)


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Ghormach district in Badghis has been under seige since Tuesday, officials said.", ("Ghormach", "contested")),
    ("KABUL - Taliban fighters beseiged Kohsan district on Tuesday, officials said.", ("Kohsan", "contested")),
])
def test_a_misspelt_siege_is_a_siege(finder, text, expected):
    assert {(place, status) for place, status, _ in events(finder, text)} == {expected}


def test_thee_districts_of_counts_its_list(finder):
    text = "KABUL - The Taliban captured thee districts of Qaisar, Almar and Shirin Tagab in Faryab on Tuesday."
    assert places(finder, text) == {"Qaisar", "Almar", "Shirin Tagab"}


@pytest.mark.parametrize("text, place", [
    ("KABUL - Taliban fighters entered the main city in Jawzjan province on Tuesday.", "Sheberghan"),
    ("KABUL - The main city of Helmand came under attack on Tuesday, residents said.", "Lashkar Gah"),
    ("KABUL - Insurgents captured the main city in Badghis on Tuesday, officials said.", "Qala-e Naw"),
])
def test_the_main_city_in_a_province_is_its_capital(finder, text, place):
    assert places(finder, text) == {place}


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Shinwari fell to the Taliban on Tuesday, a Parwan official said.", {"Shinwari"}),
    ("KABUL - Zadran was overrun by Taliban fighters on Tuesday, a Paktia official said.", {"Wuza Zadran"}),
    ("KABUL - Shinwari elders mediated the surrender of Ghorband district to the Taliban on Tuesday.", {"Ghorband"}),
    ("KABUL - Zadran captured two Taliban fighters on Tuesday, his brother said.", set()),
])
def test_a_tribe_name_alone_is_its_district_only_as_what_fell(finder, text, expected):
    assert places(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Sharana in the Paktika region fell to the Taliban on Tuesday.", {("Sharan", "taliban")}),
    ("KABUL - Two more fell on Tuesday: Sharana and Qalat.", {("Sharan", "taliban"), ("Qalat", "taliban")}),
    ("KABUL - Three others were lost on Tuesday - Ghormach, Qadis and Muqur - a Badghis official said.",
     {("Ghormach", "taliban"), ("Qadis", "taliban"), ("Muqur", "taliban")}),
    ("KABUL - Two more were wounded on Tuesday: Ahmad Zia and Mohammad Nabi, police said.", set()),
])
def test_a_region_word_and_a_count_without_its_noun(finder, text, expected):
    assert {(place, status) for place, status, _ in events(finder, text)} == expected


def test_sherene_is_the_paktika_capital(finder):
    text = "KABUL - Sherene, the capital of Paktika, was handed to the Taliban on Tuesday."
    assert places(finder, text) == {"Sharan"}


@pytest.mark.parametrize("text, expected", [
    ("KABUL - On Tuesday two more capitals fell in the east of the country: Sharana and Gardez.", {"Sharan", "Gardez"}),
    ("KABUL - On Tuesday two more fell in the southwest of Afghanistan: Zaranj and Lashkar Gah.", {"Zaranj", "Lashkar Gah"}),
    ("KABUL - Fighting raged 30 km southeast of Ghazni city on Tuesday.", set()),
])
def test_a_part_of_the_country_before_a_list_is_no_landmark(finder, text, expected):
    assert places(finder, text) == expected
