"""Who leaves, who is driven out, and who holds: the status follows the side that acts (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from geodata.gazetteer import Gazetteer

T, C, G, CL = "taliban", "contested", "government", "claimed"


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events_of(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return the (place, status, date) triples the text reports."""
    article = make_article(text)
    return {(e.place, e.status, str(e.event_date)) for e in extract_events(article, finder.find(article))}


def statuses(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return the (place, status) pairs the text reports."""
    return {(place, status) for place, status, _ in events_of(finder, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # a list after "left": every name in it is left, the first one too
    ("Police have left Qaisar, Kohistanat and Ghormach since Friday, a local official said.",
     {("Qaisar", T), ("Kohistanat", T), ("Ghormach", T)}),
    # the side named after "to" is the one that gains what is left
    ("Militia commanders abandoned Sholgara to the insurgents on Friday.", {("Sholgara", T)}),
    ("Soldiers withdrew from their posts, leaving Sholgara district to the Taliban.", {("Sholgara", T)}),
    # ... but only right after the place: a base the troops went to is nobody's winner
    ("Soldiers abandoned Sholgara on Friday and went back to an army camp near the road.", {("Sholgara", T)}),
    # "fell back" is a retreat, not a fall; "fell back on X" and "fell back into X hands" are not either
    ("Baharak, whose police fell back to the provincial capital, is now quiet.", {("Baharak", T)}),
    ("The garrison preferred to cross the river rather than fall back on Faizabad.", set()),
    ("Nahrin fell back into government hands on Friday.", {("Nahrin", G)}),
])
def test_the_side_that_leaves_loses(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause naming the leavers says the place was lost, and its date dates it
    ("Officials promised to win back Rustaq district, which the police left on Friday.",
     {("Rustaq", T, "2021-07-30")}),
    ("The latest loss was Yangi Qala in Takhar, which security forces left on Thursday.",
     {("Yangi Qala", T, "2021-07-29")}),
])
def test_a_relative_clause_names_who_left(finder, text, expected):
    assert events_of(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a passive expulsion: the side before the verb is the one driven out, the "by" agent wins
    ("Insurgents who stormed Nahrin on Friday were driven out of the town by commandos.", {("Nahrin", C), ("Nahrin", G)}),
    ("Soldiers were pushed out of Kishm by the Taliban on Friday.", {("Keshem", T)}),
    # "drove out of X" with no object: the subject went away
    ("The last policemen drove out of Kishm at dawn on Friday.", {("Keshem", T)}),
    ("Commandos drove the militants out of Kishm on Friday.", {("Keshem", G)}),
])
def test_who_is_driven_out(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Army units re-occupied the centres of Shibar and Kahmard districts on Friday.", {("Shibar", G), ("Kahmard", G)}),
    ("On Friday armed Taliban men were patrolling the streets of Mehtarlam, residents said.", {("Mehtarlam", T)}),
    ("Taliban fighters patrolled the streets in Mehtarlam on Friday.", {("Mehtarlam", T)}),
    ("The Taliban patrol the city of Mehtarlam.", {("Mehtarlam", T)}),
    ("A Taliban commander said his men would patrol the streets of Mehtarlam.", set()),
    ("The group's white flags were flying over Mehtarlam by Friday evening.", {("Mehtarlam", T)}),
    ("A national flag was flying over Mehtarlam, a resident said.", {("Mehtarlam", G)}),  # the state's flag, as when raised (`flags`)
    ("A flag was flying over Mehtarlam, a resident said.", set()),  # nobody's flag named
])
def test_holding_a_place(finder, text, expected):
    assert statuses(finder, text) == expected, text


def test_the_verb_after_a_relative_clause_gives_the_date(finder):
    text = "Qaisar district of Faryab, which the Taliban held for a month last year, fell to them again on Friday."
    assert events_of(finder, text) == {("Qaisar", T, "2021-07-30")}


def test_clashes_that_went_on_in_a_place_are_fighting_there(finder):
    text = "Clashes went on in Chahar Dara district on Friday, the police said."
    assert statuses(finder, text) == {("Chahar Dara", C)}


def test_residents_who_see_the_flags_confirm_a_claim(finder):
    text = (
        "A Taliban spokesman said the group had taken Jurm district on Friday. "
        "Residents said the group's flags were flying over the district centre."
    )
    assert statuses(finder, text) == {("Jurm", T)}


@pytest.mark.parametrize(("text", "expected"), [
    # the place's own verb comes after an aside between commas; the aside's verb and date are older news
    ("The Jalrez district centre, seized by the insurgents in May, was retaken by commandos on Friday.",
     {("Jalrez", G, "2021-07-30")}),
    ("Maimana city, briefly overrun by the Taliban in October 2016, came under attack on Friday night.",
     {("Maimana", C, "2021-07-30")}),
    ("Torghundi, the border post that traders used throughout the 1990s, was captured by the militants on Thursday.",
     {("Torghundi", T, "2021-07-29")}),
])
def test_the_verb_after_an_aside_speaks_of_the_place(finder, text, expected):
    assert events_of(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # "to" names the winner only while the same statement goes on
    ("The loss of Kishm on Friday was a bitter setback to the government.", {("Keshem", T)}),
    ("Troops lost Kishm on Friday to the insurgents.", {("Keshem", T)}),
    # a near miss did not happen, but the assault it fell short in was fighting there
    ("Kishm almost fell on Friday, until fresh troops arrived by helicopter.", {("Keshem", C)}),
    # an unconfirmed report is only a claim
    ("Unconfirmed reports said Kishm had fallen on Friday.", {("Keshem", CL)}),
])
def test_winners_near_misses_and_unconfirmed_reports(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # "our" in a quote is the speaker's side; a Taliban speaker alone makes it a claim
    ('"Jalrez is firmly under our control," the Taliban spokesman told reporters on Friday.', {("Jalrez", CL)}),
    ('"Jalrez is still in our hands," the district police chief said on Friday.', {("Jalrez", G)}),
    # a headline's bare present tense
    ("Insurgents close in on the capital as Jalrez falls", {("Jalrez", T)}),
    ("Responsibility for the convoy falls on Jalrez officials.", set()),
])
def test_speakers_and_headline_verbs(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a plan before the place keeps a relative clause about holding or fighting hypothetical ...
    ("The insurgents plan to attack Kunduz province, which they mostly control.", set()),
    ("Officials fear the militants could overrun Mehtarlam, where clashes broke out on Friday.", set()),
    # ... but not one that tells the place changed hands
    ("The corps vowed to retake Jalrez, which its soldiers abandoned on Friday.", {("Jalrez", T)}),
])
def test_a_plan_and_a_relative_clause(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # "X, a spokesman said": the reporting clause follows the place; it does not make X a person
    ("Fighters seized Jalrez on Friday, a provincial spokesman confirmed.", {("Jalrez", T)}),
    ("Police have abandoned Jalrez and Nerkh, a council member said on Friday.", {("Jalrez", T), ("Nerkh", T)}),
    # a direction is not where the event happens
    ("Troops who left Jalrez on Friday drove towards Maidan Shahr.", {("Jalrez", T)}),
])
def test_reporting_clauses_and_directions(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Tribal elders negotiated the handover of Nerkh to the insurgents on Friday.", {("Nerkh", T)}),
    ("Nerkh was abandoned by the police on Friday.", {("Nerkh", T)}),
    ("Nerkh was abandoned on Friday.", {("Nerkh", T)}),  # a district abandoned: by its garrison
    ("Nerkh was abandoned by its residents on Friday.", set()),  # someone else left it
])
def test_handovers_and_passive_leaving(finder, text, expected):
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # a district's own headquarters is its seat; the police's is one building of it
    ("Insurgents overran the headquarters of Nerkh district on Friday.", {("Nerkh", T)}),
    ("Insurgents overran the district headquarters of Nerkh on Friday.", {("Nerkh", T)}),
    ("Insurgents overran the police headquarters in Nerkh on Friday.", {("Nerkh", C)}),
])
def test_a_district_headquarters_is_its_seat(finder, text, expected):
    assert statuses(finder, text) == expected, text


def test_a_repelled_attack_is_fighting_at_a_place_still_held(finder):
    text = "Police repelled a Taliban assault on Nerkh on Friday."
    assert statuses(finder, text) == {("Nerkh", C), ("Nerkh", G)}
