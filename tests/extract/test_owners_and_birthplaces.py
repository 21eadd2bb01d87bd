"""Tests for hands named by a possessive ("the insurgents' hands", "the group's hands"), places
named only as someone's birthplace or upbringing ("a Kandahar-born commander"), and Paktia's
Mirzaka district, over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

MONDAY = dt.date(2021, 8, 9)
T, G, C = "taliban", "government", "contested"


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published MONDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", MONDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("text, expected", [
    ("Taloqan was in the insurgents' hands by Sunday night, council members said.", {("Taloqan", T)}),
    ("Officials said on Sunday that Sheberghan is now in the group's hands.", {("Sheberghan", T)}),
    ("Qalat fell into the militants' hands on Sunday after the governor left.", {("Qalat", T)}),
    ("Farah city stayed in the government's hands on Sunday, the governor's office said.", {("Farah", G)}),
    ("By Sunday evening Kunduz was in the Taliban's hands, residents said.", {("Kunduz", T)}),
    ("Taloqan came into Taliban hands on Sunday.", {("Taloqan", T)}),
    ("Qalat passed into the hands of the insurgents on Sunday.", {("Qalat", T)}),
    ("Farah city came back into government hands on Sunday.", {("Farah", G)}),
    ("Weapons came into Taliban hands in Kunduz on Sunday.", set()),
    ("Taloqan and Kunduz fall under Taliban control on Sunday.", {("Taloqan", T), ("Kunduz", T)}),  # a timeline's present
    ("Qalat could fall under Taliban control soon.", set()),
    ("Farah falls under the authority of the western zone command.", set()),
    ("Farah city stayed in the hand of the government on Sunday, officials said.", {("Farah", G)}),
    ("By Sunday Qalat was in the hand of the insurgents, residents said.", {("Qalat", T)}),
    ("Two shopkeepers in Qalat died at the hand of the insurgents on Sunday.", set()),
])
def test_hands_named_by_a_possessive_have_that_owner(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Kandahar-born militia commander died when fighting broke out in Spin Boldak on Sunday.", {("Spin Boldak", C)}),
    ("A Herat-raised soldier said the Taliban attacked Ghazni city on Sunday.", {("Ghazni", C)}),
    ("Two Kabul-bred doctors working in Lashkar Gah said clashes raged in the city on Sunday.", {("Lashkar Gah", C)}),
])
def test_a_birthplace_or_upbringing_is_no_event_place(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text", [
    "Soldiers pulled out of Mirzakai district in Paktia on Sunday.",
    "The Taliban overran Mirzaka district of Paktia on Sunday.",
])
def test_mirzaka_is_a_paktia_district(finder: MentionFinder, text: str) -> None:
    assert events(finder, text) == {("Mirzaka", T)}


@pytest.mark.parametrize("text, expected", [
    ("Insurgents overran Arghistan, Maiwund, Khakrize and Shah Wali Kot on Sunday.",
     {("Arghistan", T), ("Maiwand", T), ("Khakrez", T), ("Shah Wali Kot", T)}),
    ("Troops left Pashtun Kot, Almaar, Qaisaar and Bilchiragh on Sunday.",
     {("Pashtun Kot", T), ("Almar", T), ("Qaisar", T), ("Bilchiragh", T)}),
    ("Fighting went on Sunday in Zhaarey in Kandahar, police said.", {("Zhari", C)}),
    ("Golraan of Herat fell to the insurgents on Sunday.", {("Gulran", T)}),
    ("Security forces retook Chakhasur in western Nimroz on Sunday.", {("Chakhansur", G)}),
])
def test_an_unlisted_spelling_placed_by_its_list_or_province_is_read(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zalmai Kakar of Zabul said the Taliban attacked Qalat on Sunday.", {("Qalat", C)}),
    ("Insurgents overran Maiwund and Kohsan on Sunday.", {("Kohsan", T)}),  # two names: no list to place Maiwund
])
def test_a_person_or_an_unplaced_spelling_stays_unread(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The Taliban captured a Helmand district on Sunday.",
    "A Herat border district fell to the Taliban on Sunday.",
    "The insurgents overran another Faryab district on Sunday.",
    "The Taliban captured a Herat border town on Sunday.",
    "Fighters seized a key Kunduz border town on Sunday.",
])
def test_a_province_written_before_an_unnamed_district_has_no_event(finder: MentionFinder, text: str) -> None:
    assert events(finder, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The Taliban captured Kohistan in Kapisa on Sunday.", set()),
    ("Fighters overran Kohistan of Kapisa province on Sunday.", set()),
    ("The Taliban captured Kohistan in Faryab on Sunday.", {("Kohistan", "AF-FYB")}),
    ("The Taliban captured Faizabad, Farah and Kunduz on Sunday.", {("Faizabad", "AF-BDS"), ("Farah", "AF-FRA"), ("Kunduz", "AF-KDZ")}),
])
def test_a_shared_name_written_with_a_province_that_holds_none_of_its_places_is_no_place(finder, text, expected) -> None:
    article = Article("a1", "f.txt", None, "", "", "", "", MONDAY, "manifest", "Report\n" + text)
    assert {(e.place, e.province_code) for e in extract_events(article, finder.find(article))} == expected


@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters overran villages on the outskirts of Mazar-i-Sharif on Sunday.", {("Mazar-i-Sharif", C)}),
    ("Insurgents seized several villages on the edge of Pul-e Alam on Sunday.", {("Pul-e Alam", C)}),
    ("Taliban fighters overran Marmul district on the outskirts of Mazar-i-Sharif on Sunday.", {("Marmul", T)}),
    ("Fighting raged in the north of Kunduz city on Sunday.", {("Kunduz", C)}),
    ("Taliban fighters pushed into the east of Ghazni city on Sunday.", {("Ghazni", C)}),
    ("Security forces left Nerkh district, in the west of the provincial capital Maidan Shahr, on Sunday.", {("Nerkh", T)}),
])
def test_a_city_s_own_edge_or_quarter_is_fought_over_but_a_named_place_beside_it_is_located(finder, text, expected) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighters of the resistance front retook Pul-e Hesar on Sunday.", {("Pul-e Hesar", G)}),
    ("The Panjshir front said its fighters had retaken Deh Salah on Sunday.", {("Deh Salah", G)}),
    ("The Taliban took Deh Salah back from the resistance front on Sunday.", {("Deh Salah", T)}),
    ("Resistance fighters still held Charikar on Sunday.", {("Charikar", G)}),
    ("The Taliban crushed resistance forces and took Charikar on Sunday.", {("Charikar", T)}),
])
def test_the_resistance_front_is_the_government_side(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A police spokesman said fighting raged in Kunduz on Sunday.", {("Kunduz", C)}),
    ("Residents said clashes continued in Taloqan on Sunday.", {("Taloqan", C)}),
    ("The governor said fighting broke out in Qalat on Sunday.", {("Qalat", C)}),
    ("The ministry said on Sunday in Kabul that the Taliban had taken Qalat.", {("Qalat", T)}),
])
def test_a_fight_told_after_said_is_no_place_a_statement_was_made_in(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Musa Khel tribesmen joined the Taliban in attacking Khost on Sunday.", {("Khost", C)}),
    ("Elders of the Musa Khel tribe said the Taliban attacked Khost on Sunday.", {("Khost", C)}),
    ("Nawa elders handed the district to the Taliban on Sunday.", {("Nawa", T)}),  # elders of a place: its people
])
def test_a_tribe_written_in_lower_case_after_its_name_is_no_place(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters entered Ghazni from the direction of Andar on Sunday.", {("Ghazni", C)}),
    ("The Taliban attacked Lashkar Gah from the side of Nad Ali on Sunday.", {("Lashkar Gah", C)}),
])
def test_the_direction_an_attack_came_from_is_no_fight_there(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("headline, body, expected", [
    ("Herat border town falls", "The Taliban captured Islam Qala on Sunday.", {("Islam Qala", T)}),
    ("Ghazni district falls", "Gelan fell to the Taliban on Sunday.", {("Gelan", T)}),
])
def test_a_headline_naming_a_unit_of_the_province_is_not_the_city(finder: MentionFinder, headline: str, body: str, expected: set) -> None:
    article = Article("a1", "f.txt", None, "", "", "", "", MONDAY, "manifest", headline + "\n" + body)
    assert {(e.place, e.status) for e in extract_events(article, finder.find(article))} == expected


@pytest.mark.parametrize("text, expected", [
    ("Territory in northern Baghlan fell to the insurgents on Sunday, officials said.", {("Baghlan", C)}),
    ("Baghlan fell to the insurgents on Sunday, officials said.", {("Baghlan", T)}),
])
def test_a_part_of_a_province_leaves_it_contested(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials in Faryab and Jawzjan said fighting went on in both provinces on Sunday.", {("Faryab", C), ("Jowzjan", C)}),
    ("Elders from Balkh, Samangan or Jawzjan told reporters fighting went on in all three provinces on Sunday.",
     {("Balkh", C), ("Samangan", C), ("Jowzjan", C)}),
])
def test_the_last_province_listed_after_a_preposition_is_a_place_before_said(finder: MentionFinder, text: str, expected: set) -> None:
    assert events(finder, text) == expected
