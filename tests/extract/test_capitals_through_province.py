"""Capitals named only through their province ("the capital of the same name", "his province's
capital", "the centres of X and Y provinces") and timeline headings in capitals that name the place
of their line (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import events_of, finder, statuses  # noqa: F401  (finder: the shared fixture)
from test_mentions import make_article

from frontmap.extract.capital_phrases import names_capitals_listed
from frontmap.extract.date_lines import is_heading
from frontmap.extract.mentions import MentionFinder

T, C = "taliban", "contested"


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents pressed on across Kunduz province on Saturday, encircling the capital of the same name.", {("Kunduz", C)}),
    ("A deputy from the western province of Farah said his province's capital of the same name was taken on Saturday.", {("Farah", T)}),
    ("After weeks of raids in Sar-e-Pul province, the Taliban captured its provincial capital of the same name on Saturday.",
     {("Sar-e Pul", T)}),
    ("Clashes spread through Ghazni province as fighters attacked the city of the same name on Saturday.", {("Ghazni", C)}),
    # a possessive province: "his province's capital", with its name after it or not
    ("A lawmaker from Samangan said elders had handed his province's capital to the Taliban on Saturday.", {("Aybak", T)}),
    ("A council member in Badakhshan said the militants had seized his province's capital, Faizabad, on Saturday.",
     {("Faizabad", T)}),
    ("An MP from Faryab said fighters had stormed her home province's capital, Maimana, on Saturday.", {("Maimana", C)}),
    # "its capital" right after a province
    ("Fighters now hold all of Logar province, including its capital, a council member said on Saturday.", {("Pul-e Alam", T)}),
    ("The insurgents took Paktika province and its provincial capital on Saturday.", {("Sharan", T)}),
    ("Elders handed over Paktia province as well as its capital to the Taliban on Saturday.", {("Gardez", T)}),
])
def test_a_capital_named_through_its_province(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


def test_its_capital_needs_a_province_before_it(finder: MentionFinder) -> None:
    assert statuses(finder, "Afghanistan and its capital were calm on Saturday.") == set()


def test_the_same_name_needs_a_province_before_it(finder: MentionFinder) -> None:
    assert statuses(finder, "The insurgents overran the capital of the same name on Saturday.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Four more cities have fallen. They are the centres of Ghazni, Logar, Zabul and Paktika provinces.",
     {("Ghazni", T), ("Pul-e Alam", T), ("Qalat", T), ("Sharan", T)}),
    ("The provincial centers of Uruzgan and Zabul were handed to the Taliban on Saturday.", {("Tarinkot", T), ("Qalat", T)}),
    ("Fighting raged on Saturday around the centers of Helmand and Kandahar provinces.", {("Lashkar Gah", C), ("Kandahar", C)}),
    ("Insurgents attacked the centres of key provinces such as Helmand and Nimroz on Monday.", {("Lashkar Gah", C), ("Zaranj", C)}),
])
def test_the_centres_of_provinces_are_their_capitals(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The militants overran the capital cities of Ghazni, Logar and Zabul provinces on Saturday.",
     {("Ghazni", T), ("Pul-e Alam", T), ("Qalat", T)}),
    ("Kandahar and Herat provincial capitals fell to the insurgents on Saturday.", {("Kandahar", T), ("Herat", T)}),
    ("Insurgents seized the capitals of Ghor and Badghis on Friday. On Saturday they took those of the provinces of "
     "Paktika and Kunar.", {("Feroz Koh", T), ("Qala-e Naw", T), ("Sharan", T), ("Asadabad", T)}),
    ("Fighters took the capitals of the western provinces of Herat and Farah on Saturday.", {("Herat", T), ("Farah", T)}),
])
def test_lists_of_capitals_named_through_provinces(finder: MentionFinder, text: str, expected: set) -> None:
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "listed"), [
    ("the centres of Ghazni and Logar provinces", True),
    ("the provincial centres of Ghazni and Logar", True),
    ("the centers of Ghazni, Logar and Zabul provinces", True),
    ("two district centres of Ghazni province", False),
    ("the centres of Ghazni and Logar", True),  # the centres of provinces are their seats
    ("the capital cities of Ghazni, Logar and Zabul provinces", True),
    ("the capitals of the south-eastern provinces of Paktika and Ghazni", True),
    ("the Ghazni and Logar provincial capitals", True),
    ("after losing two capitals the army lost those of the provinces of Ghazni and Logar", True),
    ("troops and those of the provinces of Ghazni and Logar", False),  # no capitals before "those"
    ("the capitals of Kunduz and Takhar on Sunday while fighters gathered in Ghazni", False),
    ("fighting in Ghazni and three other provincial capitals", False),
    ("the capitals of Logar and Zabul provinces along with Ghazni's.", True),  # the possessive stands for its capital
    ("the insurgents took Ghazni's police headquarters", False),
    ("the fighters tried to seize big cities including the eastern Ghazni and Kandahar", True),  # cities, not provinces
    ("fighting raged in provinces including Ghazni and Kandahar", False),
    ("attacks on the centers of important provinces such as Ghazni and Kandahar", True),  # examples of the provinces
    ("the capitals of several eastern provinces including Ghazni and Logar", True),
    ("the district centres of several provinces such as Ghazni and Logar", False),
    ("clashes near provincial centres in key provinces like Ghazni and Logar", True),
])
def test_names_capitals_listed(text: str, listed: bool) -> None:
    start = text.index("Ghazni")
    assert names_capitals_listed(text, start, start + len("Ghazni")) is listed


@pytest.mark.parametrize("text", [
    ("Capitals lost\nKABUL, Aug 1 - The week in brief:\n- July 28 - TALOQAN. Fighters take control after a night of clashes."
     "\n- July 30 - ZARANJ. Insurgents seize the border city of some 160,000 people."),
    # a heading that ends in a colon: "Date – Name:", or past the report's head "Name, Date:"
    ("Capitals lost\nKABUL, Aug 1 - The summary.\nThe entries follow.\nJuly 28 – Taloqan: Fighters take control after a long siege.\n"
     "Zaranj, July 30: Officials hand over power without a fight."),
])
def test_a_heading_names_the_place_of_its_line(finder: MentionFinder, text: str) -> None:
    assert events_of(finder, text) == {("Taloqan", T, "2021-07-28"), ("Zaranj", T, "2021-07-30")}


def test_a_heading_does_not_reach_past_its_line(finder: MentionFinder) -> None:
    text = "Timeline\n- July 28 - TALOQAN. The governor spoke to reporters.\nElsewhere, fighters took control of a border post."
    assert events_of(finder, text) == set()


def test_the_city_of_a_population_is_a_definite_reference(finder: MentionFinder) -> None:
    text = "Fighting reached Kunduz on Friday. By Saturday the Taliban had taken the city of 270,000 people."
    assert ("Kunduz", T) in statuses(finder, text)


def test_timeline_entries_past_the_dateline_take_their_own_day(finder: MentionFinder) -> None:
    text = ("Capitals so far\nKABUL, Aug 1 - The offensive began in May and turned on the cities in July. The list:\n"
            "Zaranj, July 26: The Taliban take over the city after a day of talks.\n"
            "Maimana, July 29: Fighters break into the city from the west.")
    assert events_of(finder, text) == {("Zaranj", T, "2021-07-26"), ("Maimana", C, "2021-07-29")}


def test_a_date_line_heads_the_entries_under_it(finder: MentionFinder) -> None:
    text = ("Day by day\nKABUL, Aug 1 - The latest first:\nJuly 31:\n-- Insurgents overran Qalat, officials said.\n"
            "July 29:\n-- Lawmakers said Farah had been handed to the Taliban.")
    assert events_of(finder, text) == {("Qalat", T, "2021-07-31"), ("Farah", T, "2021-07-29")}


@pytest.mark.parametrize(("line", "heading"), [
    ("Aug. 12:", True), ("Thursday, August 12", True), ("12 August", True),
    ("Aug. 12: Ghazni falls", False), ("Insurgents took Ghazni on Aug. 12.", False),
])
def test_a_date_alone_is_a_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


@pytest.mark.parametrize(("text", "expected"), [
    ("Jawzjan airport lost\nThe Taliban took the airport in Jawzjan province on Saturday. Two MPs from Badakhshan province said "
     "Fayzabad, the provincial capital, had fallen too.", ("Fayzabad", "AF-BDS")),
    ("Helmand clashes\nClashes went on in Helmand's Nad Ali district on Saturday. A lawmaker from Ghazni province said insurgents had "
     "overrun Nawa district.", ("Nawa district", "AF-GHA")),
])
def test_a_shared_name_takes_the_province_of_its_own_sentence(finder: MentionFinder, text: str, expected: tuple) -> None:
    article = make_article(text)
    assert expected in {(m.surface, m.place.province_code) for m in finder.find(article)}


def test_a_count_of_the_provinces_places_lie_in_is_no_roster(finder: MentionFinder) -> None:
    text = "Officials said fighters had seized new district centres in two of these provinces - Kunar in the east and Farah in the west."
    assert statuses(finder, text) == set()


def test_a_count_with_two_words_before_its_noun_is_a_roster(finder: MentionFinder) -> None:
    text = "Three more Afghan cities fell on Saturday. They are the capitals of Ghazni, Logar and Paktika provinces."
    assert statuses(finder, text) == {("Ghazni", T), ("Pul-e Alam", T), ("Sharan", T)}


def test_a_reference_may_have_two_words_before_its_noun(finder: MentionFinder) -> None:
    text = "Timeline\nJuly 30 – Kunduz: The Taliban seize the northern strategic city after a week of fighting."
    assert events_of(finder, text) == {("Kunduz", T, "2021-07-30")}


def test_a_count_of_capitals_is_no_reference(finder: MentionFinder) -> None:
    text = "KABUL, Aug 1 - The first provincial capital to go was Zaranj, on July 30."
    assert statuses(finder, text) == {("Zaranj", T)}


def test_a_semicolon_list_of_capitals_shares_its_verb(finder: MentionFinder) -> None:
    text = "Officials said insurgents had overrun Qalat, capital of Zabul province; Sharana, capital of Paktika; and Gardez, capital of Paktia."
    assert statuses(finder, text) == {("Qalat", T), ("Sharan", T), ("Gardez", T)}


def test_a_semicolon_before_a_new_clause_still_ends_the_verb(finder: MentionFinder) -> None:
    text = "The Taliban seized Herat, capital of Herat province; Kandahar remains under government control, officials said."
    assert statuses(finder, text) == {("Herat", T), ("Kandahar", "government")}


def test_a_dateline_is_no_heading(finder: MentionFinder) -> None:
    text = "Herat update\nPublished on Sunday\nHERAT, July 31: Government forces retook control after a day of fighting, officials said."
    assert ("Herat", "government") not in statuses(finder, text)
