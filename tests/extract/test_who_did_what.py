"""Who did what, and according to whom: pronoun objects, handovers by the gates, titles that end
before a verb, claims of control and goals that are no fighting; negated ability, a participle's own agent, an
appositive participle, compound holds and lost ground (invented sentences, shipped gazetteer,
published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, check, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # "it" as the object of a control verb stands for the district named just before
    ("Insurgents overran Darqad district on Thursday. Commandos retook it on Friday.", {("Darqad", T), ("Darqad", G)}),
    ("Insurgents overran Darqad district on Thursday. The army regained control of it on Friday.",
     {("Darqad", T), ("Darqad", G)}),
    # ... also when the district is where the soldiers went
    ("Soldiers moved to Farkhar district and recaptured it from the Taliban the same night.", {("Farkhar", G)}),
    # a modal before the verb keeps the "it" hypothetical
    ("Analysts believe the insurgents could encircle Ghazni within weeks and overrun it soon after.", set()),
    # "left it" so often leaves a thing that it is not read
    ("The Taliban took Darqad district on Thursday. Commanders said they left it to the elders to decide.",
     {("Darqad", T)}),
    # a participle governs "it" too: the fighting, then the capture it ended in
    ("Insurgents stormed Farkhar district from three sides on Thursday before seizing it at dawn.", {("Farkhar", C), ("Farkhar", T)}),
    ("Commandos pushed into Darqad district, retaking it after a day of clashes.", {("Darqad", C), ("Darqad", G)}),
    # ... unless the participle is a goal or a failure
    ("Insurgents shelled Farkhar district for a week without capturing it.", {("Farkhar", C)}),
    ("Troops were flown to Darqad district, hoping to retake it.", set()),
])
def test_it_as_the_object_of_a_control_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pul-e-Alam, the capital of Logar, opened its gates to the Taliban on Friday.", {("Pul-e Alam", T)}),
    ("The governor of Uruzgan handed Tarinkot to the Taliban on Friday.", {("Tarinkot", T)}),
    ("Security forces withdrew from Khwaja Ghar district of Takhar late on Friday.", {("Khwaja Ghar", T)}),
    ("Herat fell on Thursday and Kandahar had gone too by Friday evening.", {("Herat", T), ("Kandahar", T)}),
])
def test_handovers_and_leavers(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle hangs on the clause before it: its subject, not the sentence's first
    ("Police pulled out of Khash Rod on Friday and the militants walked in, seizing the district without a shot.", {("Khash Rod", T)}),
    ("Commandos counter-attacked and the insurgents fell back, abandoning Khash Rod on Friday.", {("Khash Rod", G)}),
    ("The Taliban attacked Khash Rod from two sides on Friday, seizing it by dusk.", {("Khash Rod", C), ("Khash Rod", T)}),
])
def test_a_participle_takes_the_subject_of_its_own_clause(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title still swallows the name after "of" ("the governor of northern Kunduz")
    ("The governor of northern Kunduz said Imam Sahib fell on Friday.", {("Imam Sahib", T)}),
])
def test_a_title_names_no_event_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Qalat is under their control, a Taliban spokesman said on Friday.", {("Qalat", CL)}),
    ("The militants had said on Friday that Qalat was in their hands.", {("Qalat", CL)}),
])
def test_control_the_taliban_report_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


def test_advancing_on_a_city_is_no_fighting_there(finder):
    assert statuses(finder, "Taliban fighters were advancing on Mazar-i-Sharif on Friday.") == set()
    assert statuses(finder, "Taliban fighters advanced into Mazar-i-Sharif on Friday.") == {("Mazar-i-Sharif", C)}


@pytest.mark.parametrize(("text", "expected"), [
    # a describing word between a side and its men keeps the side
    ("Taliban special forces overran Darqad district on Thursday.", {("Darqad", T)}),
    ("The group's elite fighters overran Darqad district on Thursday.", {("Darqad", T)}),
    # the men a verb of violence acts on are its object, not the captor of the place after
    ("The insurgents routed security forces and took Farkhar district on Friday.", {("Farkhar", T)}),
    ("Commandos drove back the Taliban and retook Farkhar district on Friday.", {("Farkhar", G)}),
    ("Police repelled the militants and recaptured Farkhar district on Friday.", {("Farkhar", G)}),
])
def test_who_acts_when_the_other_side_is_the_object(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # some of a side leaving a place is not the side's loss of it
    ("Some senior officials were leaving Farkhar district for Taloqan, residents said.", set()),
    ("A few soldiers abandoned Farkhar district on Friday.", set()),
    ("Several of the policemen left Farkhar district on Friday.", set()),
    ("Government forces abandoned Farkhar district on Friday.", {("Farkhar", T)}),
])
def test_some_of_a_side_leaving(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fight that forced one side out of the place leaves it to the other
    ("Insurgents stormed Farkhar district on Friday, forcing the police to flee into the hills.", {("Farkhar", T)}),
    ("Insurgents assaulted Farkhar district on Friday and forced the soldiers to withdraw.", {("Farkhar", T)}),
    ("Commandos attacked Farkhar district on Friday, forcing the militants to retreat.", {("Farkhar", G)}),
    # people other than fighters forced to go say nothing of who holds it
    ("Insurgents stormed Farkhar district on Friday, forcing residents to flee.", {("Farkhar", C)}),
])
def test_a_fight_that_forced_one_side_out(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "their" with no side named in its sentence: read like "in their hands", the insurgents'
    ("Fighters broke into Farkhar district at dawn. By noon it was under their control, a resident said.",
     {("Farkhar", C), ("Farkhar", T)}),
    ("Farkhar district is under their control, a Taliban spokesman said.", {("Farkhar", CL)}),
    ("Farkhar district remains under their control, the army said of its troops.", {("Farkhar", G)}),
])
def test_under_their_control(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "contested" said of a place after a verb of being or a degree is fighting there
    ("Farkhar district was still contested on Friday.", {("Farkhar", C)}),
    ("Farkhar district remained hotly contested.", {("Farkhar", C)}),
    # not a contested vote
    ("The seat for Farkhar district was contested by two candidates.", set()),
])
def test_contested_said_of_a_place(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The insurgents are not able to take Aybak, the governor said.", set()),
    ("Taliban fighters have not been able to capture Ghazni despite repeated attempts.", set()),
    ("The militants were incapable of seizing Gizab.", set()),
    ("The Taliban are in no position to overrun Aybak, a lawmaker said.", set()),
    ("Commandos were not able to retake Gizab on Saturday.", set()),
    ("The Taliban were able to capture Aybak on Saturday.", {("Aybak", T)}),
    # ... but the fighting it was tried with is fighting for the place
    ("The insurgents were not able to take Aybak despite days of fighting, the governor said.", {("Aybak", C)}),
    ("Militants have been unable to seize Ghazni after a week of heavy clashes.", {("Ghazni", C)}),
    ("The Taliban could not overrun Gizab for all their assaults.", {("Gizab", C)}),
])
def test_negated_ability_is_no_change(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    # the retaking stays the commandos'; the participle's loss last week is read as its own earlier event (`relative_changes`)
    ("Commandos recaptured Gizab district seized by insurgents last week.", {("Gizab", G), ("Gizab", T)}),
    ("Afghan forces retook Aybak overrun by the Taliban in June.", {("Aybak", G)}),
    ("Security forces took back Ghazni held by militants since May.", {("Ghazni", G)}),
    ("Gizab was captured on Saturday by the Taliban.", {("Gizab", T)}),
])
def test_participle_agent_is_not_the_main_verbs(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Gizab, seized on Thursday, was calm on Saturday.", {("Gizab", T)}),
    ("Aybak, overrun late on Friday, had no power, residents said.", {("Aybak", T)}),
    ("Army officers said Gizab, captured last week, was still cut off.", {("Gizab", T)}),
    ("Officials said Gizab, recaptured by commandos on Friday, was quiet.", {("Gizab", G)}),
    ("The Taliban overran Aybak, captured Gizab and moved on.", {("Aybak", T), ("Gizab", T)}),
    ("Gizab, also overrun on Friday, had no power.", {("Gizab", T)}),
    ("Aybak, seized without a fight on Friday, was calm.", {("Aybak", T)}),
    ("Gizab, briefly seized in 2015, was calm.", set()),
    # a bare "taken" set off by commas is as much a capture as "seized"
    ("Aybak, taken on Friday, is the fifth capital the insurgents hold.", {("Aybak", T)}),
    ("Gizab district, taken early on Thursday, was quiet, a resident said.", {("Gizab", T)}),
    ("Wounded men from Aybak, taken to hospital in Kabul, said the roads were closed.", set()),
    ("Residents of Aybak, taken by surprise, left for Kabul.", set()),
])
def test_participle_set_off_after_the_place(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Government-held Aybak came under rocket fire on Saturday.", {("Aybak", C)}),
    ("The Taliban attacked government-held Gizab on Friday.", {("Gizab", C)}),
    ("The insurgents overran the government-held district of Gizab on Friday.", {("Gizab", T)}),
    ("Commandos recaptured Taliban-held Gizab on Saturday.", {("Gizab", G)}),
    ("Taliban fighters closed in on government-held Aybak.", {("Aybak", G)}),
    ("Taliban-held Gizab was quiet on Saturday.", {("Gizab", T)}),
    ("Officials plan to retake Taliban-held Gizab next week.", {("Gizab", T)}),
    # before a list, the compound is every listed name's: it waits behind the verb for each
    ("Commandos recaptured the Taliban-held Khwaja Ghar and Baharak districts on Saturday.", {("Khwaja Ghar", G), ("Baharak", G)}),
    ("The army attacked the Taliban-controlled Khwaja Ghar, Bangi and Baharak districts.",
     {("Khwaja Ghar", C), ("Bangi", C), ("Baharak", C)}),
])
def test_compound_hold_waits_behind_the_clause_verb(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("An operation to retake the lost parts of Ghazni will begin soon.", set()),
    ("Officials vowed to win back every district lost since May, including Gizab.", set()),
    ("Commandos retook the lost district of Gizab on Saturday.", {("Gizab", G)}),
    ("Forces on Saturday won back every district lost since May, including Gizab.", {("Gizab", G)}),
    ("Commandos won back Aybak on Saturday.", {("Aybak", G)}),
])
def test_lost_ground_under_the_clause_verb(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    # the police or the army doing the retake are no source standing behind the hearsay
    ("There were unconfirmed reports that the army had retaken Gizab, which the Taliban denied.", set()),
    ("Police reportedly won back Aybak on Friday, but a Taliban spokesman rejected the report.", set()),
    ("Police won back Aybak on Friday, the governor said, but the Taliban denied it.", {("Aybak", G)}),
])
def test_acting_side_is_no_source(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    # a hold told by a possessive pronoun: "ours" is the speaker's side, "theirs" that of the side named before it
    ("Aybak is still ours, the district governor said.", {("Aybak", G)}),
    ("Gizab is ours, a Taliban spokesman said on Saturday.", {("Gizab", CL)}),
    ("The army says Gizab is still theirs.", {("Gizab", G)}),
    ("Taliban fighters say Aybak remains theirs.", {("Aybak", CL)}),  # the fighters' own word: a claim
    # "theirs" of no side named in its sentence says nobody's: no guess
    ("Commandos were fighting near Aybak on Saturday. The town is still theirs, a resident said.", {("Aybak", C)}),
])
def test_possessive_pronoun_holds(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize("text, expected", [
    # an operation or counteroffensive launched in a place is fighting there, whoever launched it
    ("Commandos launched a clearance operation in Gizab district on Tuesday night.", {("Gizab", C)}),
    ("Afghan forces mounted a counteroffensive in Aybak on Monday.", {("Aybak", C)}),
    ("The army carried out an operation against the insurgents in Gizab on Friday.", {("Gizab", C)}),
    # launched on a day, to take a place back: the aim, not yet a fight in it
    ("Soldiers launched an operation on Thursday to win back a district near Aybak.", set()),
    ("The Taliban launched an offensive in May.", set()),
])
def test_operations_launched_in_a_place(finder, text, expected):
    check(finder, text, expected)



@pytest.mark.parametrize("text, expected", [
    # the place the object's "other" or "more" places are added to is taken as they are
    ("In addition to Kunduz, the insurgents captured two other capitals: Taloqan and Aybak.",
     {("Kunduz", T), ("Taloqan", T), ("Aybak", T)}),
    ("In addition to Gizab, the Taliban seized three more districts on Saturday.", {("Gizab", T)}),
    # no "other" in the object, or an action on the place: nothing said of its capture
    ("Besides Kunduz, the insurgents captured Taloqan on Saturday.", {("Taloqan", T)}),
    ("In addition to shelling Kunduz, the insurgents captured two other capitals: Taloqan and Aybak.",
     {("Taloqan", T), ("Aybak", T)}),
])
def test_a_place_the_object_adds_to_is_taken_too(finder, text, expected):
    assert statuses(finder, text) - {("Kunduz", C)} == expected
