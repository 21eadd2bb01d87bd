"""Tests for outlet spellings of capitals and provinces (Lashkar Ghah, Taloquan, Baglan), Faryab's
Lawlash (the seat of Kohistan district), and which city "the city" means when the headline or an
earlier sentence names more than one, over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 8, 13)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str, headline: str = "Report") -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` under `headline` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", headline + "\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Insurgents walked into Lashkar Ghah on Friday after the last troops pulled out.", {("Lashkar Gah", "taliban")}),
    ("KABUL - Heavy fighting went on in Lashgarkah on Thursday, residents said.", {("Lashkar Gah", "contested")}),
    ("KABUL - The army beat back an attack on Lashgar Gah from the south on Thursday.", {("Lashkar Gah", "contested"), ("Lashkar Gah", "government")}),
    ("KABUL - Clashes went on in Nahre Seraj on Thursday, an official said.", {("Nahr-e Saraj", "contested")}),
    ("KABUL - Beraka district of Baghlan fell to the Taliban on Thursday.", {("Burka", "taliban")}),
    ("KABUL - Taloquan was overrun by the Taliban on Thursday, a Takhar lawmaker said.", {("Taloqan", "taliban")}),
    ("KABUL - Clashes raged across Baglan province on Thursday, police said.", {("Baghlan", "contested")}),
    ("KABUL - Government troops pulled out of Lolash in Faryab on Thursday.", {("Lawlash", "taliban")}),
    ("KABUL - Insurgents overran Mianashin district of Kandahar late on Thursday.", {("Mianishin", "taliban")}),
    ("KABUL - The militants seized Dahna-e-Ghori district of Baghlan on Thursday.", {("Dahana-e Ghori", "taliban")}),
    ("KABUL - Insurgents assaulted Tarukan from three sides on Thursday, Takhar police said.", {("Taloqan", "contested")}),
    ("KABUL - Airstrikes hit militant positions outside Talukan on Thursday.", {("Taloqan", "contested")}),
    ("KABUL - Fighting flared in Nawah district of Helmand on Thursday, officials said.", {("Nawa", "contested")}),
])
def test_outlet_spellings(finder, text, expected):
    assert events(finder, text) == expected


def test_lawlash_lies_in_faryab_kohistan(finder):
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest",
                      "Report\nKABUL - The Taliban overran Lawlash district on Thursday, a Faryab official said.")
    [event] = extract_events(article, finder.find(article))
    assert (event.place, event.province_code) == ("Lawlash", "AF-FYB")


@pytest.mark.parametrize("headline, text, expected", [
    ("Taliban take Taloqan", "KABUL, Aug 13 - Fighters took control of the city on Friday after the garrison withdrew, officials said.",
     {("Taloqan", "taliban")}),
    ("Insurgents storm Kunduz", "KABUL, Aug 13 - Hundreds of fighters stormed the city before dawn on Friday, a council member said.",
     {("Kunduz", "contested")}),
    ("Taliban reach Kabul", "KABUL, Aug 13 - Fighters entered the city from several directions on Friday, police said.",
     {("Kabul", "contested")}),
])
def test_the_city_under_a_headline_that_names_another_place_than_the_dateline(finder, headline, text, expected):
    assert events(finder, text, headline) == expected


@pytest.mark.parametrize("text, expected", [
    ("KABUL - The Taliban attacked Taloqan on Friday with fighters brought from Kunduz. Officials said the city fell by evening.",
     {("Taloqan", "contested"), ("Taloqan", "taliban")}),
    ("KABUL - Maimana was attacked on Friday by reinforcements sent from Sheberghan. The city held out, officials said.",
     {("Maimana", "contested")}),
    ("KABUL - Zaranj fell on Friday, officials in Farah said. The city had been cut off for days.",
     {("Zaranj", "taliban")}),
    ("KABUL - The Taliban overran Sar-e Pul on Friday, a day after Sheberghan. Police said the city had been under siege.",
     {("Sar-e Pul", "taliban")}),
])
def test_the_city_after_two_named_cities(finder, text, expected):
    assert not {("Kunduz", "taliban"), ("Sheberghan", "contested"), ("Farah", "contested")} & events(finder, text)
    assert expected <= events(finder, text)


def test_the_capital_in_the_same_sentence_keeps_its_nearest_antecedent(finder):
    text = "KABUL - After Ghazni fell on Friday, fighters reached the outskirts of Kabul and circled the capital by dusk."
    assert ("Ghazni", "contested") not in events(finder, text)
