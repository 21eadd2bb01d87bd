"""Who acts and which clause speaks of a place, over the real gazetteer: a speaker before "said"
is not the agent of a passive capture, and a fight told after ", and" belongs to its own clause's
place, not to the last name of the list before it."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.gaps import opens_a_new_clause
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

TUESDAY = dt.date(2021, 7, 20)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def statuses(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published TUESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", TUESDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    "text",
    [
        "The governor's office said Zurmat was captured on Monday.",
        "Police officials told reporters that Zurmat had been overrun overnight.",
        "An army spokesman said on Monday the district of Zurmat was seized after a long siege.",
    ],
)
def test_a_government_speaker_is_not_the_agent_of_a_passive_capture(finder, text):
    assert statuses(finder, text) == {("Zurmat", "taliban")}


def test_a_passive_retake_stays_the_government_s_and_a_named_agent_still_counts(finder):
    assert statuses(finder, "Officials said Zurmat was retaken on Monday.") == {("Zurmat", "government")}
    assert statuses(finder, "Officials said Zurmat was captured by the army on Monday.") == {("Zurmat", "government")}


@pytest.mark.parametrize(
    ("text", "fought_over"),
    [
        ("The Taliban took Qadis and Jawand on Monday, and fighting went on around Ghormach.", "Ghormach"),
        ("Insurgents overran Andar, Gelan and Deh Yak, and clashes raged in Ab Band until dawn.", "Ab Band"),
        ("Commandos retook Aliabad on Monday, and Taliban attacks went on in Imam Sahib.", "Imam Sahib"),
    ],
)
def test_a_fight_after_comma_and_stays_in_its_own_clause(finder, text, fought_over):
    found = statuses(finder, text)
    assert {place for place, status in found if status == "contested"} == {fought_over}


def test_what_opens_a_new_clause():
    assert opens_a_new_clause(" on Monday, and ")
    assert opens_a_new_clause(", and the Taliban ")
    assert not opens_a_new_clause(", Muqur, and Jawand ")  # an Oxford comma before the list's last name
    assert not opens_a_new_clause(" and Muqur ")


@pytest.mark.parametrize(
    ("text", "held_by"),
    [
        ("Zurmat fell on Monday, according to officials, and government troops pulled back to Gardez.", "taliban"),
        ("Zurmat fell overnight, according to police, with army units regrouping near the airport.", "taliban"),  # a source, not the winner
        ("Commandos mopped up the last Taliban holdouts in Zurmat on Monday.", "government"),
        ("Government troops were mopping up in Zurmat on Monday after the insurgents withdrew.", "government"),
        ("Security forces mopped up remaining militants in Zurmat district on Monday.", "government"),
    ],
)
def test_who_holds_the_place_after_according_to_and_mopping_up(finder, text, held_by):
    other = "government" if held_by == "taliban" else "taliban"
    found = statuses(finder, text)
    assert ("Zurmat", held_by) in found and ("Zurmat", other) not in found


def test_a_conquest_is_a_capture(finder):
    assert statuses(finder, "Their conquest of Zurmat on Monday opened the road to Gardez.") >= {("Zurmat", "taliban")}


def test_a_flag_raised_in_a_city_s_main_square_stands_for_the_city(finder):
    assert ("Aybak", "taliban") in statuses(finder, "Taliban fighters raised their white flag in the main square of Aybak on Monday.")
    assert ("Aybak", "taliban") in statuses(finder, "The insurgents hoisted their flag in the central square of Aybak on Monday.")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hundreds of soldiers surrendered on Monday, ceding control of Zurmat, a lawmaker said.", "taliban"),
        ("Police ceded Zurmat to the insurgents on Monday.", "taliban"),
        ("Facing air strikes, the Taliban ceded Zurmat to army units on Monday.", "government"),
    ],
)
def test_ceding_a_place_hands_it_to_the_other_side(finder, text, status):
    assert statuses(finder, text) == {("Zurmat", status)}


def test_a_unit_named_after_a_list_s_province_is_another_object(finder):
    text = "Commandos retook Saighan and Kahmard districts in Bamiyan and Chakhansur district in Nimroz on Monday."
    assert statuses(finder, text) == {("Sayghan", "government"), ("Kahmard", "government"), ("Chakhansur", "government")}
