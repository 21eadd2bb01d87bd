"""Where a place sits in its sentence: a facility noun after "took the <name>", a district placed
"in the south of" its province, a district name that is also a word elsewhere, a province whose
capital is meant without being named, a capital excepted from a province's losses, and names
whose verb was told in the sentence before. Sentences are written for these tests."""

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


def read(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` yields, published TUESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", TUESDAY, "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def places(finder: MentionFinder, text: str, status: str) -> set[str]:
    """Return the places `text` gives `status`."""
    return {place for place, got, _ in read(finder, text) if got == status}


@pytest.mark.parametrize(
    "text",
    [
        "Militants took the Spin Boldak crossing on Monday, border officials said.",
        "Militants took the Spin Boldak border crossing on Monday.",
        "Militants took the Spin Boldak port on Monday, a customs official said.",
    ],
)
def test_taking_the_named_crossing_is_a_capture_of_its_district(finder, text):
    assert any(place.startswith("Spin Boldak") for place in places(finder, text, "taliban"))


def test_took_the_actors_is_no_capture_of_the_place_after(finder):
    text = "The ambush on Monday took the Afghan army by surprise near the river, officials said."
    assert not places(finder, text, "taliban")


@pytest.mark.parametrize(
    "text",
    [
        "Andar district in the south of Ghazni province fell to the militants on Monday.",
        "Andar district in southern Ghazni province fell to the militants on Monday.",
    ],
)
def test_a_district_placed_in_part_of_its_province_takes_the_verb(finder, text):
    assert places(finder, text, "taliban") == {"Andar"}


def test_gelan_is_a_place_without_a_cue(finder):
    assert places(finder, "Soldiers pulled out of Gelan on Monday, a provincial official said.", "taliban") == {"Gelan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes spread across Nimroz on Monday, and by dusk the militants had overrun the provincial capital.",
         ("Zaranj", "taliban", "2021-07-19")),
        ("The fight for Helmand grew on Monday as insurgents pushed into the provincial capital from the east.",
         ("Lashkar Gah", "contested", "2021-07-19")),
    ],
)
def test_the_provincial_capital_of_the_province_named_before(finder, text, expected):
    events = read(finder, text)
    assert expected in events
    assert not any(place in {"Nimroz", "Helmand"} for place, _, _ in events)


def test_the_provincial_capital_after_a_named_capital_is_that_capital(finder):
    text = "Militants entered Qalat on Monday. By evening the provincial capital had fallen, officials said."
    assert {place for place, status, _ in read(finder, text) if status == "taliban"} == {"Qalat"}


@pytest.mark.parametrize(
    "text",
    [
        "The militants now hold every district of Takhar except the provincial capital Taloqan, a council member said.",
        "Every district of Jawzjan except the provincial capital has fallen, a council member said on Monday.",
        "All of Kunduz apart from Kunduz city is under Taliban control, residents said.",
    ],
)
def test_a_capital_excepted_from_a_province_s_losses_is_not_lost(finder, text):
    assert not places(finder, text, "taliban") & {"Taloqan", "Sheberghan", "Kunduz"}


@pytest.mark.parametrize(
    ("text", "followers"),
    [
        ("The militants seized Qalat on Monday. Tirin Kot came next, and Zaranj was also theirs by dusk.", {"Tarinkot", "Zaranj"}),
        ("Insurgents overran Farah on Monday. Sheberghan followed hours later, officials said.", {"Sheberghan"}),
    ],
)
def test_a_place_that_came_next_shares_the_outcome_of_the_sentence_before(finder, text, followers):
    assert followers <= places(finder, text, "taliban")


def test_no_outcome_is_carried_from_a_denied_or_planned_capture(finder):
    text = "The militants failed to seize Qalat on Monday. Tirin Kot was next on their list, a commander said."
    assert not places(finder, text, "taliban")


@pytest.mark.parametrize(
    "text",
    [
        "Kandahar loses its busiest crossing as militants advance on Monday.",
        "Helmand has lost three districts since Monday, a lawmaker said.",
    ],
)
def test_a_place_that_loses_something_else_is_not_taken_itself(finder, text):
    assert not places(finder, text, "taliban") & {"Kandahar", "Helmand"}


def test_a_place_lost_to_the_militants_is_still_taken(finder):
    assert "Kunduz" in places(finder, "Kunduz lost to the militants on Monday, officials said.", "taliban")
