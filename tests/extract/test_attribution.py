"""Who says so, and what a negation leaves: claims doubted or denied in the next sentence, a fact
headline over a body that only reports a claim, sources on either side, and negated gains
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import attribution, negation
from frontmap.extract.text import text_view
from frontmap.extract.triggers import ENTER, FALL, HOLD, RETAKE


@pytest.mark.parametrize(("sentence", "expected"), [
    ("None of this could be independently verified.", True),
    ("Kabul has not yet confirmed the loss of the town.", True),
    ("There was no independent confirmation of the account.", True),
    ("It is hard to verify reports from the area.", True),
    ("The governor confirmed the news on Sunday.", False),
    ("The Taliban did not comment.", False),
])
def test_doubt_without_naming_the_report(sentence, expected):
    assert attribution.doubts(text_view(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A police spokesman dismissed the reports as false.", True),
    ("The defence ministry rejected such claims on Monday.", True),
    ("The district chief denied it, saying his men were in their posts.", True),
    ("Kabul denied the fall of the two districts.", True),
    ("The Taliban rejected the casualty figures given by the army.", False),
    ("The insurgents denied the report.", False),
    # a doubt that points back is as good as a denial
    ("A council member doubted the account on Sunday.", True),
    ("Kabul cast doubt on such claims.", True),
    ("Police questioned two men at the gate.", False),
    # a that-clause retelling the capture without naming its place points back too
    ("An army spokesman denied that the militants had taken control.", True),
    ("The governor rejected that the town had fallen.", True),
    ("Officials denied that the crossing had been seized by the insurgents.", True),
    ("The ministry denied that the Taliban had taken control of Nahrin.", False),
    ("The insurgents denied that they had taken control.", False),
])
def test_a_denial_pointing_back(sentence, expected):
    assert attribution.denies_back(text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the next sentence doubts an account with no official behind it
    ("Insurgents took Khakrez district on Saturday, villagers said. No official would confirm the account.", {("Khakrez", CL)}),
    ("Taliban gunmen overran Jaghatu district of Wardak on Saturday. Kabul has not yet verified the report.",
     {("Jaghatu", CL)}),
    # ... or an official denies it, pointing back
    ("The Taliban seized Darzab district on Saturday, a local source said. Jowzjan police dismissed the reports as rumours.",
     {("Darzab", CL)}),
    # a denial naming the place again: the earlier account is a claim, the denial the government's word
    ("Fighters overran Andarab on Saturday, residents said. The ministry denied Andarab had fallen.",
     {("Andarab", CL), ("Andarab", G)}),
    # an official's account stands against a doubt about something else
    ("Troops left Argo district on Saturday, the police chief said. Casualty figures could not be verified.", {("Argo", T)}),
    # the Taliban denying a government report demotes nothing
    ("Commandos retook Kajaki district on Saturday. The Taliban denied the report.", {("Kajaki", G)}),
])
def test_a_report_the_next_sentence_doubts_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban take Qush Tepa\nSHEBERGHAN, Aug 1 - The group said on Sunday its fighters held Qush Tepa district. Officials were silent.",
     {("Qush Tepa", CL)}),
    # the body confirms: the headline's fact stands and the claim goes
    ("Taliban take Qush Tepa\nSHEBERGHAN, Aug 1 - Qush Tepa district fell to the Taliban on Sunday, the governor said.",
     {("Qush Tepa", T)}),
])
def test_a_fact_headline_gives_way_to_a_claimed_body(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents captured Muqur district of Badghis on Saturday, a spokesman for the group said.", {("Muqur", CL)}),
    ("Insurgents captured Jawand district on Saturday, according to a video posted by the militants.", {("Jawand", CL)}),
    ("Jawand district fell on Saturday, Taliban-linked channels said on social media.", {("Jawand", CL)}),
    # officials of both sides, a councillor, a lawmaker whose surname is the spokesman's: facts
    ("Jawand district fell on Saturday, government and Taliban officials said.", {("Jawand", T)}),
    ("Jawand district fell on Saturday, said Gul Ahmad Mujahid, a Badghis councillor.", {("Jawand", T)}),
    # a group of another kind reports: "an aid group", "a rights group" are no Taliban voice
    ("Jawand district fell on Saturday, an aid group said.", {("Jawand", T)}),
    ("A rights group said the insurgents had captured Jawand district on Saturday.", {("Jawand", T)}),
    ("Jawand district fell on Saturday, the armed group said.", {("Jawand", CL)}),
])
def test_who_speaks_for_the_taliban(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Commandos have so far not retaken Khakrez district, elders said.", {("Khakrez", T)}),
    ("Darzab district is no longer under government control, the governor said.", {("Darzab", T)}),
    ("Kajaki district is no longer in Taliban hands, the army said.", {("Kajaki", G)}),
    ("Neither Darzab nor Qush Tepa has been cleared, officials said.", {("Darzab", T), ("Qush Tepa", T)}),
    ("The insurgents have not entered Kajaki district, the army said.", set()),
])
def test_a_negated_gain_tells_the_other_side_holds(finder, text, expected):
    assert statuses(finder, text) == expected


def test_negated_status():
    assert negation.negated_status(T, FALL) == G
    assert negation.negated_status(G, RETAKE) == T
    assert negation.negated_status(G, HOLD) == T
    assert negation.negated_status(C, ENTER) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Kajaki district has been cleared, the army said, and police returned to the district centre.", {("Kajaki", G)}),
    ("Kajaki cleared by commandos\nLASHKAR GAH, Aug 1 - The army gave no details.", {("Kajaki", G)}),
    ("Kajaki district was cleared of insurgents on Saturday.", {("Kajaki", G)}),
])
def test_a_passive_clearing(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a denial that is itself negated confirms
    ("A resistance spokesman did not deny that the Taliban had overrun Kajaki district.", {("Kajaki", T)}),
    ("The district chief would not deny that Jawand had fallen.", {("Jawand", T)}),
    # a habit is no event
    ("Government troops and insurgents have routinely clashed around Kajaki for a decade.", set()),
    ("Kajaki has often been attacked by the insurgents, who want its dam.", set()),
    # "surrounding areas" is no encirclement
    ("The group would next try capturing Tarinkot and the surrounding villages, a Taliban commander said.", set()),
])
def test_negated_denials_habits_and_surroundings(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation of several sentences, the Taliban speaker named after it
    ('"We captured Darzab overnight. Qush Tepa was also taken this morning," a Taliban commander told reporters.',
     {("Darzab", CL), ("Qush Tepa", CL)}),
    # ... or before it
    ('A spokesman for the group wrote: "Our fighters overran Darzab. Qush Tepa fell at dawn."',
     {("Darzab", CL), ("Qush Tepa", CL)}),
    # a governor's quotation stays his
    ('"We lost Darzab last night. Qush Tepa fell at dawn," the Jowzjan governor said.', {("Darzab", T), ("Qush Tepa", T)}),
])
def test_a_quotation_of_the_taliban_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


def test_quoted_sentences():
    text = 'Intro. "One. Two," a Taliban spokesman said. End.'
    sentences = [(0, 6), (7, 12), (13, 45), (46, 50)]
    assert attribution.taliban_quoted(text, sentences) == {1, 2}


@pytest.mark.parametrize(("text", "expected"), [
    # fighting expected is not fighting
    ("Elders in Kajaki fear an impending assault on the district, the governor said.", set()),
    ("An offensive against Darzab is now likely, Jowzjan officials said.", set()),
    ("Police said an attack on Kajaki seemed imminent.", set()),
    # fighting that took place
    ("An attack on Kajaki on Saturday killed two policemen.", {("Kajaki", C)}),
])
def test_fighting_expected_is_no_event(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_feared_assault_in_a_headline_is_no_event(finder):
    assert statuses(finder, "Villagers fear Taliban assault on Kajaki\nLASHKAR GAH, Aug 1 - Shops were shut.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the attack named before the place, its defeat after it: held, and fought over
    ("An insurgent assault on Kajaki district was beaten back on Saturday.", {("Kajaki", G), ("Kajaki", C)}),
    ("The Taliban offensive against Darzab has been repelled, the army said.", {("Darzab", G), ("Darzab", C)}),
    # the defeat before the attack, as before
    ("Police foiled a night attack on Darzab district.", {("Darzab", G), ("Darzab", C)}),
    # the named attacker loses; "police said" before the attack is no attacker
    ("Police said the Taliban attack on Kajaki was pushed back on Saturday.", {("Kajaki", G), ("Kajaki", C)}),
    ("The army's attack on Darzab was repelled by the insurgents.", {("Darzab", T)}),
    # the attack the subject of the passive, the place after it
    ("The ministry said that Taliban attacks have been pushed back in Kajaki district.", {("Kajaki", G), ("Kajaki", C)}),
    # an attack that did something else than fail
    ("The assault on Kajaki district was launched at dawn.", {("Kajaki", C)}),
    # the side defeated in a place loses it; a defeat told of no place takes nothing by itself
    ("The Taliban were defeated in Darzab district on Saturday, the army said.", {("Darzab", G)}),
    ("Government forces were defeated in Darzab district on Saturday.", {("Darzab", T)}),
    ("The rebels were defeated and Darzab is quiet, a resident said.", set()),
])
def test_an_attack_repelled_after_the_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a falsity said after the statement denies it
    ("Reports that Darzab had been overrun were false, a Jowzjan police spokesman said.", {("Darzab", G)}),
    ("Reports of the loss of Kajaki are simply untrue, the governor said.", {("Kajaki", G)}),
    # ... not a later clause about something else
    ("Kajaki fell on Saturday; rumours of a ceasefire were false.", {("Kajaki", T)}),
])
def test_a_statement_called_false(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an official confirms in the next sentence what the Taliban said
    ("The Taliban said their fighters took Darzab on Saturday. The Jowzjan police chief confirmed the news.", {("Darzab", T)}),
    ("Insurgents said they had overrun Kajaki district on Saturday. Later a Helmand councillor confirmed its fall.", {("Kajaki", T)}),
    # a Taliban commander confirming is still the Taliban
    ("The Taliban said their fighters took Darzab on Saturday. A Taliban commander confirmed it.", {("Darzab", CL)}),
    # not being able to confirm is a doubt
    ("The Taliban said their fighters took Darzab on Saturday. Police could not confirm the report.", {("Darzab", CL)}),
])
def test_a_claim_confirmed_in_the_next_sentence(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kajaki was about to fall on Saturday, residents said.", set()),
    ("The Taliban are about to take Darzab, officials warned.", set()),
    # worry about a fall is no fall
    ("Elders voiced concern about the fall of Darzab to the insurgents.", set()),
    # "about" a fall is no plan: the posts are called baseless
    ("Posts about the fall of Darzab are baseless, the governor said.", {("Darzab", G)}),
    # a confirming official must be the one who confirms
    ("The Taliban said Darzab was under their control. A Taliban commander confirmed it by phone, but officials were silent.",
     {("Darzab", CL)}),
])
def test_about_to_and_who_confirms(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "managed to", "were able to": the infinitive is a fact
    ("Commandos managed to retake Kajaki district before dawn on Saturday.", {("Kajaki", G)}),
    ("Uprising forces were able to recapture Darzab on Saturday.", {("Darzab", G)}),
    # a province named after the district does not hide the passive
    ("A Taliban attack on Kajaki district in Helmand was repelled on Saturday.", {("Kajaki", G), ("Kajaki", C)}),
])
def test_facts_after_managed_to_and_located_attacks(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_place_cleared_is_the_subject_of_the_passive(finder):
    text = "Hundreds of uprising forces have taken up arms against the Taliban, but so far Darzab has not been cleared."
    assert statuses(finder, text) == {("Darzab", T)}


def test_a_single_quoted_quotation():
    text = "'Our men took Darzab at dawn. Kajaki fell later,' the Taliban said. The soldiers' posts were empty."
    sentences = [(0, 29), (30, 67), (68, 99)]
    assert attribution.taliban_quoted(text, sentences) == {0, 1}


@pytest.mark.parametrize(("text", "expected"), [
    # the reporter's own clause after "however": facts, not the speaker's claim
    ("The Taliban have said they will not attack cities, however the group has seized Zaranj and Kunduz.",
     {("Zaranj", T), ("Kunduz", T)}),
    ("Mujahid said the fighters would spare the towns, however, in the past week the insurgents overran Qaisar.",
     {("Qaisar", T)}),
    # "however" as the speaker's aside: the claim stands
    ("The Taliban said, however, that they had captured Zaranj.", {("Zaranj", CL)}),
    ("A Taliban spokesman, however, said the fighters had taken Qaisar district.", {("Qaisar", CL)}),
    # a denial after "however" still answers the claim
    ("The Taliban said they had captured Zaranj, however officials denied it.", {("Zaranj", CL)}),
])
def test_the_reporters_clause_after_however(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a victory a side declares or claims in a place: that side's gain, a claim when the Taliban say it
    ("The Taliban declared victory in Qalat on Friday.", {("Qalat", CL)}),
    ("Hours earlier the insurgents claimed victory in Ghazni.", {("Ghazni", CL)}),
    ("Army commanders declared victory in Kaldar district after the insurgents pulled out.", {("Kaldar", G)}),
])
def test_a_declared_victory(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "claim" with a place as its object: a claim of capture
    ("Taliban claim Ghazni", {("Ghazni", CL)}),
    ("Insurgents claim Qaisar district as fighting spreads", {("Qaisar", CL)}),
    # the place heads a clause of its own, or is the attack's: no claim to it
    ("Taliban claim Aybak attack", set()),
    ("Officials claim Maimana is calm.", set()),
    ("Officials claimed Maimana, the Faryab capital, was quiet on Saturday.", set()),
    ("Police claimed Aybak, the provincial capital, suffered no losses.", set()),
    ("The Taliban claimed Maimana, the Faryab capital, on Saturday.", {("Maimana", CL)}),
])
def test_a_place_claimed_by_name(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The resistance disputed the Taliban's assertion that Khenj district had been taken on Friday.", {("Khenj", CL)}),
    ("Troops retook Khanabad on Friday in what officials called an assertion of the state's authority.", {("Khanabad", G)}),
])
def test_an_assertion_that_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


def test_taliban_insiders_confirming_a_gain_claim_it(finder):
    text = "Taliban insiders confirmed that their fighters had captured Rokha district on Friday."
    assert statuses(finder, text) == {("Rokha", CL)}
