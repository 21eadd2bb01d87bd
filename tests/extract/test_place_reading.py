"""Which place a sentence speaks of: shared district names located by the province beside them,
names that share a verb told once, "it" and "the city" resolved to the right town, places that
are only where people went or what a fight was near. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

TUESDAY = dt.date(2021, 7, 20)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def read(finder: MentionFinder, text: str) -> set[tuple[str, str, str, str]]:
    """Return (place, province code, status, ISO date) of every event `text` yields, published TUESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", TUESDAY, "manifest", text)
    return {(e.place, e.province_code, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Insurgents overran Nawa in Ghazni on Monday, a council member said.", "AF-GHA"),
        ("Insurgents overran Nawa, Kajaki and Musa Qala in Helmand on Monday.", "AF-HEL"),
        ("Insurgents overran Ghazni's Nawa district on Monday.", "AF-GHA"),
    ],
)
def test_a_shared_district_name_takes_the_province_written_beside_it(finder, text, province):
    nawa = {code for place, code, _, _ in read(finder, text) if place == "Nawa"}
    assert nawa == {province}


def test_a_list_of_districts_takes_the_province_after_the_list(finder):
    events = read(finder, "Kohistan, Yaftal and Argo districts of Badakhshan fell to the militants on Monday.")
    assert ("Kohistan", "AF-BDS", "taliban", "2021-07-19") in events
    assert not any(code == "AF-FYB" for _, code, _, _ in events)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The militants took Zaranj on Saturday, then Sheberghan the next day.", ("Sheberghan", "AF-JOW", "2021-07-18")),
        ("Insurgents overran Nawa in Ghazni on Monday, as well as Kajaki in Helmand.", ("Kajaki", "AF-HEL", "2021-07-19")),
        ("Herat fell on Sunday night, and Kandahar followed on Monday, officials said.", ("Kandahar", "AF-KAN", "2021-07-19")),
    ],
)
def test_a_coordinated_name_shares_the_verb_told_before_it(finder, text, second):
    place, province, day = second
    assert (place, province, "taliban", day) in read(finder, text)


def test_a_then_clause_with_its_own_people_is_no_ellipsis(finder):
    events = read(finder, "Herat fell on Monday night, then officials fled to Kabul.")
    assert {place for place, *_ in events} == {"Herat"}


@pytest.mark.parametrize(
    ("text", "event", "not_an_event"),
    [
        # "it" as the subject of a control verb is the town just named, not the distance landmark
        ("Fighters attacked Shindand, some 100 km south of Herat, on Monday. By nightfall it had fallen, an official said.",
         ("Shindand", "AF-HER", "taliban", "2021-07-19"), "Herat"),
        # where retreating soldiers arrived is no event
        ("Insurgents overran Qarabagh district of Ghazni on Monday. Troops who pulled back from the district reached Ghazni city by dusk.",
         ("Qarabagh", "AF-GHA", "taliban", "2021-07-19"), "Ghazni"),
    ],
)
def test_the_town_told_of_is_read_and_the_other_is_no_event(finder, text, event, not_an_event):
    events = read(finder, text)
    assert event in events
    assert not any(place == not_an_event for place, *_ in events)


def test_it_before_a_verb_that_tells_no_control_is_no_place(finder):
    events = read(finder, "Fighters attacked Shindand on Monday. It said later that the assault was repelled.")
    # "It" is no place; the repelled assault holds Shindand (repelled_references reads the passive)
    assert {(place, status) for place, _, status, _ in events} == {("Shindand", "contested"), ("Shindand", "government")}


def test_the_city_skips_a_town_named_only_as_an_earlier_capture(finder):
    text = ("Insurgents entered Kunduz from two sides on Tuesday, a day after taking Sheberghan. "
            "By noon the city was under Taliban control, a lawmaker said.")
    events = read(finder, text)
    assert ("Kunduz", "AF-KDZ", "taliban", "2021-07-20") in events
    assert not any(place == "Sheberghan" and day == "2021-07-20" for place, _, _, day in events)


def test_a_weekday_before_in_is_no_place_that_locates(finder):
    events = read(finder, "Clashes erupted on Monday in Char Asiab district, residents said.")
    assert ("Chahar Asyab", "AF-KAB", "contested", "2021-07-19") in events


def test_a_province_possessive_capital_is_the_capital_town(finder):
    events = read(finder, "Badakhshan's capital fell to the militants on Monday, a council member said.")
    assert events == {("Faizabad", "AF-BDS", "taliban", "2021-07-19")}


def test_a_doorstep_is_what_a_fight_was_near(finder):
    events = read(finder, "Heavy fighting on Kabul's doorstep\nKABUL, July 20 - Clashes went on all day.")
    assert not any(place == "Kabul" for place, *_ in events)


def test_a_handover_reaches_past_an_apposition(finder):
    events = read(finder, "Elders handed Feroz Koh, the provincial capital, to the insurgents on Monday.")
    assert ("Feroz Koh", "AF-GHO", "taliban", "2021-07-19") in events


def test_a_sentence_about_the_provincial_capital_is_no_province_event(finder):
    text = ("The militants overran Dihrawud district on Monday, and its defenders withdrew to Tirin Kot. "
            "The provincial capital is now the last place in the province in government hands.")
    assert not any(place == "Uruzgan" for place, *_ in read(finder, text))


def test_it_never_means_the_dateline_city(finder):
    text = "KABUL, July 20 - Troops pulled back to Kandahar airport on Monday. It fell hours later, a lawmaker said."
    assert not any(place == "Kabul" for place, *_ in read(finder, text))
    # the country in square brackets after the city, as some agencies write it
    text = "Kabul [Afghanistan], November 16 : The group stepped up its attacks in Afghanistan after the Taliban took control of it."
    assert not any(place == "Kabul" for place, *_ in read(finder, text))


def test_where_a_statement_was_made_is_no_event(finder):
    events = read(finder, "The ministry said on Monday in Kabul that commandos had retaken Kohistan district of Faryab.")
    assert {place for place, *_ in events} == {"Kohistan"}
