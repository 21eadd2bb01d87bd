"""Who stands behind a report: hedges on a whole statement, the Taliban confirming their own gain,
officials who say nothing, a building named for its official, and a speaker cut off from its verb
by a relative clause (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.claim_speakers import says_nothing
from frontmap.extract.hedges import hedged_statements, unhedged
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("text", "expected"), [
    # the reporter's hedge on the statement: unverified
    ("Gizab district was said to have fallen to the insurgents on Friday.", {("Gizab", CL)}),
    ("The Taliban are believed to have overrun Khakrez district.", {("Khakrez", CL)}),
    ("Almar was reported to have been captured by the insurgents overnight.", {("Almar", CL)}),
    ("Reportedly, Taliban fighters seized Ghormach district on Thursday.", {("Ghormach", CL)}),
    ("Khakrez, believed to have fallen on Thursday, was quiet on Friday.", {("Khakrez", CL)}),
    ("The Taliban on Friday appeared to have taken Almar district.", {("Almar", CL)}),
    ("Gizab district seemed to have fallen by Sunday evening, with no word from the authorities.", {("Gizab", CL)}),
    # a named official or a confirmation in the sentence makes it a fact
    ("Gizab district was said to have fallen on Friday, the provincial governor told reporters.", {("Gizab", T)}),
    ("Two lawmakers said Gizab district appeared to have fallen without a fight.", {("Gizab", T)}),
    ("The Taliban were reported to have taken Almar, and the governor confirmed the loss later.", {("Almar", T)}),
])
def test_a_hedge_on_the_whole_statement(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the group confirming is the group's word
    ("The Taliban confirmed that their men had taken Khakrez district on Friday.", {("Khakrez", CL)}),
    ("The insurgents have confirmed the capture of Gizab district.", {("Gizab", CL)}),
    # officials who have not spoken stand behind nothing
    ("Officials in Uruzgan have not yet commented, but the Taliban said they took Gizab district.", {("Gizab", CL)}),
    ("The militants said they overran Almar; police in Faryab could not be reached.", {("Almar", CL)}),
    ("The group says it seized Ghormach, though the ministry declined to comment.", {("Ghormach", CL)}),
    ("Fighters took Almar, a Taliban spokesman said, though the police chief could not be reached to confirm it.", {("Almar", CL)}),
    # an official who speaks does
    ("The Taliban took Gizab district on Friday, officials in Uruzgan said.", {("Gizab", T)}),
])
def test_the_groups_own_confirmation_and_silent_officials(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the spokesman's names as outlets spell them
    ("Zabihullah Mujahed said the fighters had captured Gizab district.", {("Gizab", CL)}),
    ("Fighters took Khakrez district, Zabiullah Majahid told reporters.", {("Khakrez", CL)}),
    ("Qari Yusuf Ahmadi said the insurgents had overrun Almar district.", {("Almar", CL)}),
    # the speaker before a relative clause speaks the verb after it
    ("Zabihullah Mujahid, who speaks for the group, said fighters had taken Ghormach district.", {("Ghormach", CL)}),
    ("The governor, who was in Maimana at the time, said insurgents had taken Ghormach district.", {("Ghormach", T)}),
    # the governor's compound is a building in the Taliban's statement, not an official source
    ("A Taliban spokesman said their men had seized the governor's compound in Maimana.", {("Maimana", CL)}),
])
def test_spellings_relative_clauses_and_buildings(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("words", "found"), [
    ("the district was said to have fallen", True),
    ("reportedly  the insurgents captured the town", True),
    ("the tally has reportedly reached nine", False),
    ("officials said the town was calm", False),
    ("the border shut after reports of taliban fighters taking control of the town", True),
    ("the fall came amid reports of heavy fighting in the town", False),
])
def test_hedged_statements(words, found):
    assert bool(hedged_statements(" " + words)) is found


def test_unhedged_gap_keeps_the_subject_words():
    assert unhedged(" district was said to have ").split() == ["district"]
    assert unhedged(" district was ") == " district was "


@pytest.mark.parametrize(("sentence", "source", "silent"), [
    ("Officials have not yet commented on the report.", "officials", True),
    ("Police could not be reached for comment.", "police", True),
    ("The governor's compound was overrun.", "governor", True),
    ("The governor's office said the town was calm.", "governor", False),
    ("Officials said the town was calm.", "officials", False),
])
def test_says_nothing(sentence, source, silent):
    padded = " " + text_view(sentence)
    assert says_nothing(padded, padded.index(source) + len(source)) is silent


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation of several clauses speaks with the tag after its close
    ('"Gizab is under our control and the soldiers who stayed have given up," a Taliban spokesman said.', {("Gizab", CL)}),
    ("'Khakrez fell after the men who held it ran out of bullets,' Zabihullah Mujahid wrote.", {("Khakrez", CL)}),
    ('"Almar has fallen and the police who were there have left," a Faryab lawmaker said.', {("Almar", T)}),
])
def test_a_quotation_speaks_with_its_tag(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_hold_told_with_a_denial_stands_beside_the_fall(finder):
    text = ("Officials in Herat said Torghundi fell to the Taliban on Friday. The interior ministry rejected the reports, "
            "saying Torghundi was still under government control.")
    assert statuses(finder, text) == {("Torghundi", T), ("Torghundi", "government")}
    # a hold with no denial is the state the fall ended
    assert statuses(finder, "Officials said Torghundi fell to the Taliban on Friday. Torghundi had long been under government control.") == {("Torghundi", T)}


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt stopped is fighting at the place, not its fall
    ("Airstrikes prevented the Taliban from overrunning Maimana on Friday.", {("Maimana", "contested")}),
    ("Commandos stopped the insurgents from entering Ghormach.", {("Ghormach", "contested")}),
    ("Police have so far kept the militants from taking Gizab district.", {("Gizab", "contested")}),
    # nobody has confirmed it: unverified
    ("There was no independent confirmation that Khakrez had fallen.", {("Khakrez", CL)}),
    # what they claim to hold, with or without a day between
    ("The Taliban claimed on Friday to control Almar district.", {("Almar", CL)}),
    ("The insurgents claimed to hold Gizab district.", {("Gizab", CL)}),
    # a claim of readiness stays a plan
    ("The group claimed it was ready to take Maimana.", set()),
])
def test_stopped_attempts_unconfirmed_falls_and_claimed_holds(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the group's own outlets and the people close to it speak for it
    ("The Taliban's Voice of Jihad website said Gizab district had been captured.", {("Gizab", CL)}),
    ("The movement's official website said fighters had overrun Almar.", {("Almar", CL)}),
    ("A source close to the Taliban said Khakrez had fallen.", {("Khakrez", CL)}),
    ("Sources close to the insurgents said fighters took Ghormach.", {("Ghormach", CL)}),
    ("Almar fell on Thursday, the insurgents' spokesman said.", {("Almar", CL)}),
    # an independent source or an official states a fact; a place close to the fighting is still only a landmark
    ("A source in the provincial council said fighters took Ghormach.", {("Ghormach", T)}),
    ("An official said fighters had overrun Almar.", {("Almar", T)}),
    ("Heavy fighting raged in villages close to Maimana.", set()),
])
def test_the_groups_outlets_and_people_close_to_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a confirmation in the next sentence, by an official or an independent witness, makes the claim a fact
    ("The Taliban said they took Almar on Friday. The police chief confirmed the district had been lost.", {("Almar", T)}),
    ("The Taliban said they took Almar on Friday. Residents confirmed the report.", {("Almar", T)}),
    ("The Taliban said they took Almar on Friday. The claim was corroborated by a local journalist.", {("Almar", T)}),
    # the group's own people confirm nothing
    ("The Taliban said they took Almar on Friday. A Taliban commander confirmed the report.", {("Almar", CL)}),
])
def test_a_claim_confirmed_in_the_next_sentence(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spared the fighting, or entered by no one: nothing happened there
    ("Maimana has so far been spared the fighting, residents said.", set()),
    ("No Taliban fighters have entered Maimana, the governor said.", set()),
    ("Maimana is free of fighting, the police said.", set()),
    # the same words without the negation tell the event
    ("Taliban fighters have entered Maimana, the governor said.", {("Maimana", "contested")}),
])
def test_spared_places_and_counted_subjects(finder, text, expected):
    assert statuses(finder, text) == expected
