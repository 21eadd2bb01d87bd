"""Facilities that stand for the whole place, "invading" as a capture, "cleared of the enemy" told
by either side, and a list after a fight phrase (invented sentences, shipped gazetteer, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # a military base is mapped to the district that holds it: losing it is losing the place
    ("The headquarters of the 209th Corps at Mazar airport fell to the insurgents on Saturday.", {("Mazar-i-Sharif", T)}),
    ("Insurgents seized the army base in Pul-e Khumri on Friday after its defenders ran out of ammunition.",
     {("Pul-e Khumri", T)}),
    ("Soldiers surrendered the military base and airfield outside the city of Sheberghan on Wednesday.", {("Sheberghan", T)}),
    # a city's police headquarters stays a part of the city
    ("Insurgents took the police headquarters in Ghazni city on Thursday.", {("Ghazni", C)}),
    ("Fighters overran the army base on the edge of Qalat on Friday night.", {("Qalat", T)}),
    # a base held by the army says nothing of the city around it
    ("Soldiers still hold the army base in Kandahar city.", set()),
])
def test_a_lost_base_is_the_place_lost(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in a rural district the police headquarters is the district centre itself
    ("Policemen pulled out of the police headquarters of Jaghori district on Saturday night.", {("Jaghori", T)}),
    ("Police handed over the district police headquarters in Khakrez to the Taliban on Friday.", {("Khakrez", T)}),
    ("Militants captured the headquarters of Shib Koh district on Thursday, a council member said.", {("Shib Koh", T)}),
    # a district's compound named after it, or "the district compound" of the district named before
    ("Militants overran the Shib Koh district compound on Thursday.", {("Shib Koh", T)}),
    ("The Shib Koh district compound fell to the insurgents on Thursday.", {("Shib Koh", T)}),
    ("Militants attacked Shib Koh district. They captured the district compound on Thursday.", {("Shib Koh", C), ("Shib Koh", T)}),
    ("The Shib Koh police compound fell to the insurgents on Thursday.", {("Shib Koh", C)}),
    # the police's building alone taken or retaken is fighting in the district
    ("The Taliban overran the district police headquarters in Khakrez early on Friday.", {("Khakrez", C)}),
    ("Commandos recaptured the police headquarters of Nad Ali district on Friday.", {("Nad Ali", C)}),
    # the district's own headquarters retaken or held: the government's, as for the whole district
    ("Commandos recaptured the headquarters of Nad Ali district on Friday.", {("Nad Ali", G)}),
    ("Police still hold the district headquarters in Arghistan, the governor said.", {("Arghistan", G)}),
])
def test_a_district_headquarters_is_the_district(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents pressed on Saturday, invading Mahmud-e Raqi, the capital of Kapisa.", {("Mahmud Raqi", T)}),
    ("Taliban fighters invading Almar district on Friday killed four policemen, officials said.", {("Almar", T)}),
    # "advance on" followed by a day is no goal
    ("The insurgents kept up their advance on Sunday, invading Nili, the capital of Daikundi.", {("Nili", T)}),
    # a plan to invade is no event
    ("The Taliban are planning on invading Chaghcharan next week, a lawmaker warned.", set()),
])
def test_invading_is_a_capture(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Taliban call government forces "the enemy": their clearing is their capture, and only their claim
    ("The Taliban said on Friday that they had cleared Dand district of enemies.", {("Dand", CL)}),
    ("A Taliban spokesman said Maruf district had been cleared of enemy forces on Thursday.", {("Maruf", CL)}),
    # a headline: the Taliban say the place was cleared, so by them
    ("Taliban say Zhari cleared", {("Zhari", CL)}),
    # the army calls the Taliban "the enemy": the same words give a retake
    ("Afghan commandos cleared Shindand district of the enemy on Friday, the army said.", {("Shindand", G)}),
    ("The insurgents cleared Qaysar district of government troops on Thursday, residents said.", {("Qaisar", T)}),
    # "from the enemies", past a long list of names, and the Taliban's later opponents by name
    ("A Taliban spokesman said fighters had cleared Kohistan, Maruf and Deh Salah districts from the enemies.",
     {("Kohistan", CL), ("Maruf", CL), ("Deh Salah", CL)}),
    ("Taliban fighters cleared Deh Salah district of resistance fighters on Monday, residents said.", {("Deh Salah", T)}),
    ("Resistance fighters cleared Deh Salah district of the Taliban on Friday.", {("Deh Salah", G)}),
])
def test_cleared_of_the_enemy_is_the_speakers_gain(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list after a fight phrase of manner or time is what the verb of change took
    ("Several districts of Kunduz have fallen to the Taliban in the latest wave of fighting, including Aliabad.",
     {("Aliabad", T)}),
    ("Taliban fighters captured four districts on Sunday amid fierce clashes with militias, including Yawan and Argo.",
     {("Yawan", T), ("Argo", T)}),
    ("Commandos retook two districts on Monday during a week of clashes in the province, among them Kahmard and Saighan.",
     {("Kahmard", G), ("Sayghan", G)}),
    # with no verb of change, the fight is what the list had
    ("Taliban fighters attacked several districts on Sunday, including Yawan and Argo.", {("Yawan", C), ("Argo", C)}),
])
def test_a_list_after_a_fight_phrase_is_the_verbs(finder, text, expected):
    assert statuses(finder, text) == expected
