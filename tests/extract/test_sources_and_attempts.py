"""Who stands behind a report and whether it happened: Taliban spokesmen in the plural or "as per"
a source, the owner of a nominal capture, a headline's repelled attack with the speaker after it,
an attempt on a place (fighting), an official confirming that a place fell, and the day the
speaker's account gives (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events


def events_on(finder, text: str) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of each event the text gives (published Sunday 2021-08-01)."""
    article = make_article(text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "expected"), [
    # spokesmen, plural, are still the Taliban's voice
    ("Taliban spokesmen said on Monday that their men had overrun Darzab.", {("Darzab", CL)}),
    ("Spokespeople for the Taliban said their fighters captured Kajaki district.", {("Kajaki", CL)}),
    # "as per" names a source as "according to" does
    ("As per the Taliban, Ghormach district fell on Sunday night.", {("Ghormach", CL)}),
    ("As per the statement of the insurgents, their fighters seized Kaldar before dawn.", {("Kaldar", CL)}),
    # "as per" closing the sentence names the source of what came before it
    ("The insurgents have taken control of Darzab district, as per the Taliban.", {("Darzab", CL)}),
    ("Kajaki district fell on Sunday, as per a statement from the group.", {("Kajaki", CL)}),
    ("Kajaki district fell on Sunday, as per officials.", {("Kajaki", T)}),
    # the group named after its verb in the closing tag; an official's report of what it did is no claim
    ("Fighters have overrun Darzab district, said the Taliban in a statement.", {("Darzab", CL)}),
    ("Kajaki fell on Monday, claimed the insurgents.", {("Kajaki", CL)}),
    ("Officials said the Taliban captured Kajaki district on Monday.", {("Kajaki", T)}),
    # "as" alone still opens a subordinate clause
    ("As officials met in Kabul, the Taliban captured Kaldar.", {("Kaldar", T)}),
    ("Kaldar fell on Sunday, as the Taliban said they would take it.", {("Kaldar", T)}),
])
def test_plural_spokesmen_and_as_per_are_taliban_sources(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the officials only confirm: the capture is the Taliban's own noun
    ("Provincial officials on Tuesday confirmed the Taliban takeover of Darzab.", {("Darzab", T)}),
    ("Police acknowledged the insurgents' capture of Kajaki district late on Sunday.", {("Kajaki", T)}),
    # the army's recapture is the government's
    ("Residents welcomed the army's recapture of Kaldar.", {("Kaldar", G)}),
])
def test_the_owner_of_a_nominal_capture_is_its_agent(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline without its auxiliary, the speaker after a comma: the place held
    ("Insurgent assault on Kajaki repelled, say police\nLASHKAR GAH, Aug 1 - Shops stayed shut.", {("Kajaki", G), ("Kajaki", C)}),
    ("Taliban attack on Darzab beaten back, officials say\nSHEBERGHAN, Aug 1 - Roads were closed.", {("Darzab", G), ("Darzab", C)}),
])
def test_a_repelled_attack_in_a_headline(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt is fighting at the place, whatever its outcome
    ("Taliban fighters were trying to capture Kaldar on Saturday, a police spokesman said.", {("Kaldar", C)}),
    ("Attempts by the insurgents to take Darzab have gone on for a week, residents said.", {("Darzab", C)}),
    ("The militants attempted to storm Kajaki district on Saturday night.", {("Kajaki", C)}),
    ("Troops tried to retake Nijrab.", {("Nijrab", C)}),
    ("Taliban fighters tried to attack Kaldar district on Monday night, police said.", {("Kaldar", C)}),
    ("The insurgents have been fighting to besiege Maimana since Sunday, officials said.", {("Maimana", C)}),
    ("On Friday the Taliban tried to encircle Darzab from two sides.", {("Darzab", C)}),
    # a planned attempt, or one that is only imagined, is not
    ("The governor fears the Taliban may try to besiege Maimana after the harvest.", set()),
    ("The Taliban plan to try to seize Ghormach next month, officials warned.", set()),
    ("Any attempt to take Maimana would meet fierce resistance, the governor said.", set()),
    ("The insurgents are preparing to attack Ghormach, officials warned.", set()),
])
def test_an_attempt_on_a_place_is_fighting(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet named after a city is a source, not the city
    ("Speaking to Kabul Now on Monday, a Jowzjan councillor said Darzab had fallen.", {("Darzab", T)}),
    # "the local capital" of the province a speaker comes from, as "the provincial capital"
    ("A council member from Helmand province said the local capital had fallen to the insurgents.", {("Lashkar Gah", T)}),
    # a capital named in apposition inside a leading "while" clause stays in that clause
    ("While the provincial capital, Maimana, is not yet under attack, battles go on elsewhere in Faryab.", set()),
])
def test_outlets_local_capitals_and_appositions(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district's government building is a site in the district: "the district" later means it
    ("Police said insurgents stormed the Kajaki district government building, and clashes went on inside the district.",
     {("Kajaki", C)}),
    ("The Darzab district government compound was abandoned overnight and the district is now held by the Taliban.",
     {("Darzab", T)}),
])
def test_a_district_government_building_is_a_site(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "either ... or", "both": the places are still the verb's subject
    ("Kajaki and Darzab have either fallen to the Taliban or been abandoned by their garrisons.", {("Kajaki", T), ("Darzab", T)}),
    ("Ghormach and Kaldar have both fallen to the insurgents, police said.", {("Ghormach", T), ("Kaldar", T)}),
])
def test_either_and_both_before_the_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an official who confirms that the place (or its compound) fell turns the claim into a fact
    ("The Taliban said they had overrun Darzab. A Jowzjan lawmaker confirmed that the district compound had fallen.", {("Darzab", T)}),
    # confirming something else is no confirmation of the loss
    ("The Taliban said they had overrun Darzab. Officials confirmed that clashes had taken place there.", {("Darzab", CL)}),
])
def test_a_claim_an_official_confirms_that(finder, text, expected):
    assert statuses(finder, text) == expected


def test_the_speakers_account_dates_the_fall(finder):
    article = "The Jowzjan police chief confirmed the collapse of Darzab district, saying troops withdrew late on Friday night."
    events = events_on(finder, article)
    assert events == {("Darzab", T, "2021-07-30")}
    article = "A Helmand councillor confirmed the fall of Kajaki, adding that fighters overran it on Thursday evening."
    assert events_on(finder, article) == {("Kajaki", T, "2021-07-29")}


@pytest.mark.parametrize(("text", "expected"), [
    # the gates or entrances of a town in Taliban hands are a part of it: fighting, not its fall
    ("The gates of Maimana were in the hands of the Taliban on Saturday.", {("Maimana", C)}),
    ("The entrances to Kaldar have been under Taliban control since Friday.", {("Kaldar", C)}),
])
def test_gates_and_entrances_are_a_part(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_place_after_a_comma_is_no_object_of_the_verb_before(finder):
    # the place opens a new clause of its own: the hold before the comma is not about it
    text = "The outposts are already in the hands of the Taliban, Maimana itself is under siege."
    assert statuses(finder, text) == {("Maimana", C)}


def test_a_dateline_with_an_agency_and_no_dash(finder):
    # the capitalised city and the agency open the report: where it was filed, not an event place
    text = "News\nKABUL (Sputnik) The centre of Darzab district fell to the Taliban on Saturday, a resident said."
    assert statuses(finder, text) == {("Darzab", T)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents pressed on with their fight to overrun Almar district.", {("Almar", C)}),
    ("Commandos were fighting to retake Almar district on Saturday.", {("Almar", C)}),
    ("Commanders said they would fight to retake Almar district if help came.", set()),
])
def test_a_fight_to_take_a_place_is_an_attempt(finder, text, expected):
    assert statuses(finder, text) == expected
