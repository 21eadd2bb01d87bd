"""Wording of regional outlets' reports: a place feared as a base for attacks elsewhere, a ring of
positions "on three sides of" a town, fighting that goes on with no place named, a fight that
"could be heard", the Taliban's "claim to hold" a town and the men "manning" a crossing.
Sentences of our own (real gazetteer), published Sunday 2021-08-01."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article
from test_rules import C, CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import continued_fights
from frontmap.extract.events import extract_events


def dated(finder, text: str) -> set[tuple[str, str, dt.date | None]]:
    """Return the (place, status, date) triples the text reports."""
    article = make_article(text)
    return {(e.place, e.status, e.event_date) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("text", [
    "Moscow fears that Kunduz and Taloqan could become bases for attacks on its allies, he said.",
    "Officials fear Kunduz could become a launch pad for raids on Tajikistan.",
])
def test_a_base_for_attacks_elsewhere_is_not_attacked(finder, text):
    assert statuses(finder, text) == set()


def test_the_target_of_attacks_from_a_base_is_fought_over(finder):
    assert ("Kunduz", C) in statuses(finder, "The militants used Chahar Dara as a base for attacks on Kunduz city on Saturday.")


@pytest.mark.parametrize(("text", "place"), [
    ("The Taliban have taken positions on three sides of Kandahar city, officials said on Saturday.", "Kandahar"),
    ("Insurgents massed on all sides of Ghazni on Saturday.", "Ghazni"),
])
def test_a_ring_of_fighters_round_a_town_is_a_siege(finder, text, place):
    assert statuses(finder, text) == {(place, C)}


@pytest.mark.parametrize("text", [
    "Kandahar is bordered by hills on three sides of the city, residents said.",
    "Roads on both sides of Kandahar were closed on Saturday.",
])
def test_sides_without_fighters_are_no_siege(finder, text):
    assert statuses(finder, text) == set()


def test_fighting_going_on_with_no_place_is_at_the_fight_before_on_its_own_day(finder):
    text = "Taliban fighters entered Qala-i-Naw on Friday. Clashes were still going on on Saturday, residents said."
    assert dated(finder, text) == {("Qala-e Naw", C, dt.date(2021, 7, 30)), ("Qala-e Naw", C, dt.date(2021, 7, 31))}


@pytest.mark.parametrize("second", [
    "Clashes continued in other districts on Saturday.",
    "Officials in Kabul met on Saturday. Fighting continued on Saturday.",
])
def test_fighting_elsewhere_or_after_another_sentence_is_not_carried(finder, second):
    assert dated(finder, "Taliban fighters attacked Qala-i-Naw on Friday. " + second) == {("Qala-e Naw", C, dt.date(2021, 7, 30))}


def test_fighting_after_a_capture_is_not_carried(finder):
    assert statuses(finder, "The Taliban captured Qala-i-Naw on Friday. Fighting continued on Saturday.") == {("Qala-e Naw", T)}


def test_continued_fighting_positions_are_candidates():
    text = "They attacked X. Fighting was still going on on Saturday. Clashes continued."
    assert [text[at:].split()[0] for at in continued_fights.positions(text)] == ["Fighting", "Clashes"]


def test_fighting_that_could_be_heard_was_heard(finder):
    assert statuses(finder, "Fighting could be heard in Shortepa on Saturday, he said.") == {("Shortepa", C)}


@pytest.mark.parametrize("text", [
    "Fighting could spread to Shortepa, he said.",
    "The fall of Shortepa could be seen within days, he said.",
])
def test_a_real_modal_still_foresees(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize("text", [
    "Officials confirmed Torghundi had fallen, while the Taliban's claim to hold Qala-i-Naw could not be verified.",
    "The Taliban's claim to control Qala-i-Naw could not be verified.",
])
def test_a_claim_to_hold_is_the_claimants(finder, text):
    assert ("Qala-e Naw", CL) in statuses(finder, text)
    assert ("Qala-e Naw", G) not in statuses(finder, text)


@pytest.mark.parametrize(("text", "status"), [
    ("Taliban fighters had been manning the Afghan side of the Spin Boldak crossing since Friday, officials said.", T),
    ("The Spin Boldak crossing was manned by Afghan border police on Saturday, officials said.", G),
])
def test_who_mans_a_crossing_holds_it(finder, text, status):
    assert {s for _, s in statuses(finder, text)} == {status}


def test_manning_the_phones_is_no_hold(finder):
    assert statuses(finder, "Volunteers were manning the phones at the Spin Boldak hospital on Saturday.") == set()
