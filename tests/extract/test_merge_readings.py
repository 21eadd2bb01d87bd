"""Readings added while merging the latest audits: an official who "claims" a Taliban gain admits
it; a resident's town is the speaker's home only in a quotation's tag; foreign combat troops leaving
a base hand nothing over; an entry undone in its own sentence is an attack repelled; a weekday counts
from a dateline up to a month before publication; a district the boundaries lack, carved from the
polygon that holds a provincial capital, falls as a part of that polygon."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.official_claims import admitted_by_official
from frontmap.intake.articles import Article

AUG_10 = dt.date(2021, 8, 10)


@pytest.fixture
def events_of(finder):  # noqa: F811
    """Return a reader of (place, status, ISO date) of every event of a text published on a day."""
    def read(text: str, published: dt.date) -> set[tuple[str, str, str | None]]:
        article = Article("a1", "f.txt", None, "", "", "", "", published, "manifest", text)
        return {(e.place, e.status, e.event_date and e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}
    return read


@pytest.mark.parametrize(("view", "admitted"), [
    (" security officials in parwan also claimed that two districts fell", True),
    (" the governor on tuesday claimed that the insurgents overran it", True),
    (" taliban officials claimed that the district fell", False),
    (" residents claimed that the district fell", False),
    (" the taliban claimed that the district fell", False),
])
def test_an_official_claiming_a_fall_admits_it(view, admitted):
    assert admitted_by_official(view, view.index(" claimed")) is admitted


@pytest.mark.parametrize(("sentence", "status"), [
    ("Provincial officials claimed that Nerkh district had fallen to the Taliban on Tuesday.", "taliban"),
    ("Taliban officials claimed that Nerkh district had fallen on Tuesday.", "claimed"),
])
def test_who_claims_decides_the_status(sentence, status, events_of):
    assert events_of("Nerkh lost\n\nMAIDAN SHAHR, Aug 10 - " + sentence, AUG_10) == {("Nerkh", status, "2021-08-10")}


def test_residents_saying_fighting_went_on_keep_their_town(events_of):
    text = "Street fighting\n\nLASHKAR GAH, Aug 10 - Residents of Lashkar Gah said heavy fighting went on near the prison on Monday."
    assert ("Lashkar Gah", "contested", "2021-08-09") in events_of(text, AUG_10)


def test_a_resident_in_a_quotations_tag_is_only_the_speakers_home(events_of):
    text = ('Sar-e Pul overrun\n\nSAR-E PUL, Aug 10 - The Taliban took Sar-e Pul on Sunday. "They came from three '
            'sides," a resident of Jowzjan told reporters.')
    assert {place for place, _, _ in events_of(text, AUG_10)} == {"Sar-e Pul"}


def test_foreign_combat_troops_leaving_a_base_hand_it_to_nobody(events_of):
    text = "Bagram quiet\n\nBAGRAM, July 3 - The last foreign combat troops left Bagram airfield on Friday, officials said."
    assert not any(status == "taliban" for _, status, _ in events_of(text, dt.date(2021, 7, 3)))


@pytest.mark.parametrize("sentence", [
    "Taliban fighters entered Qala-e Naw on Wednesday but were driven out by nightfall.",
    "The insurgents broke into Qala-e Naw on Wednesday before they were pushed back.",
])
def test_an_entry_undone_in_its_sentence_is_an_attack_repelled(sentence, events_of):
    events = events_of("Qala-e Naw holds\n\nQALA-E NAW, Aug 5 - " + sentence, dt.date(2021, 8, 5))
    assert events == {("Qala-e Naw", "contested", "2021-08-04"), ("Qala-e Naw", "government", "2021-08-04")}


def test_insurgents_pushing_the_police_back_is_no_hold(events_of):
    text = "Khanabad\n\nKUNDUZ, Aug 5 - Insurgents entered Khanabad on Wednesday and pushed back the police, officials said."
    assert not any(status == "government" for _, status, _ in events_of(text, dt.date(2021, 8, 5)))


def test_a_weekday_counts_from_a_dateline_a_week_before_publication(events_of):
    text = ("Insurgents take Dand-e Patan\n\nGARDEZ, June 9 - Taliban fighters captured Dand-e Patan district in "
            "Paktia province on Wednesday, officials said.")
    assert events_of(text, dt.date(2021, 6, 18)) == {("Dand-e Patan", "taliban", "2021-06-09")}


@pytest.mark.parametrize(("text", "expected"), [
    # Badpakh lies inside the polygon that holds Laghman's capital: its fall is no fall of Mehtarlam
    ("The Taliban overran Badpakh district in Laghman on Monday, officials said.", ("Badpakh", "contested", "2021-08-09")),
    # Dand, carved from Daman, shares no capital's polygon: its fall stands
    ("The Taliban overran Dand district in Kandahar on Monday, officials said.", ("Dand", "taliban", "2021-08-09")),
])
def test_a_district_carved_from_a_capitals_polygon_falls_as_a_part_of_it(events_of, text, expected):
    assert expected in events_of(text, AUG_10)


def test_a_claimed_fall_of_a_carved_district_stays_a_claim(events_of):
    text = "\"We took the Badpakh district centre in Laghman last night,\" a Taliban spokesman said on Tuesday."
    assert {(place, status) for place, status, _ in events_of(text, AUG_10)} == {("Badpakh", "claimed")}
