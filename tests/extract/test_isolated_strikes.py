"""Violence that is no fight for a place (rockets, bombs, raids on one building, killings, air
raids counted by their toll), fighting said not to have happened, and control verbs asked about
rather than told (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.open_questions import open_question


@pytest.mark.parametrize("text", [
    # a projectile or a planted charge
    "Three rockets landed in a busy street of Kabul on Friday, wounding a shopkeeper.",
    "A rocket attack on Kabul on Saturday damaged two houses near the old city.",
    "A roadside bomb hit a minibus in Jalalabad on Friday, killing five passengers.",
    # a raid told by its means or aimed at one building or vehicle
    "A suicide attack on a police convoy in Kandahar killed six officers on Thursday.",
    "Gunmen attacked the guesthouse of a provincial judge in Herat on Friday night.",
    "The compound of an aid group in Mazar-i-Sharif was attacked by unknown men on Friday.",
    "Insurgents claimed the attack in Ghazni, which wounded a district official.",
    "The attack took place in a crowded part of Kabul on Saturday, the police said.",
    "An attack targeted a wedding hall in Kunduz city on Friday night.",
    "An attack on the 350-bed Mirwais Regional Referral Hospital in Kandahar city left four guards dead.",
    # an attack named by its day, by its scene or by the blast the clause after it tells
    "Worshippers still spoke of the attack on October 8 in Kunduz city.",
    "In Kunduz city, shopkeepers swept up glass at the scene of the attack.",
    "In another attack, a magnetic bomb blew up under a minibus in Kabul on Friday.",
    # shots in the course of such a raid
    "A car bomb went off outside a minister's house in Kabul on Friday, followed by bursts of gunfire.",
    # mortar rounds landing on homes, or fired in a town rather than on it
    "Six civilians were hurt in mortar attacks in Kandahar city on Saturday.",
    "Mortar rounds fell on three homes in Kandahar city on Friday, wounding a boy.",
    # projectiles as the subject of "strike" ("Taliban rockets strike X"), told in any tense
    "Taliban rockets strike Lashkar Gah as shops stay shut on Sunday.",
    "Mortar rounds struck Kunduz city overnight, wounding two civilians.",
    # shells as projectiles, hitting or landing in a town
    "Artillery shells hit Maimana on Friday, killing two women, officials said.",
    "Several shells landed in Pul-e-Khumri city on Saturday, wounding a shopkeeper.",
    # a raid on one house, told in the passive or by its raiders
    "The home of a district judge was attacked in Kunduz city on Friday night.",
    "A guesthouse in Herat city was attacked by gunmen on Saturday.",
    # a war told as the background of another event at the place
    "A reporter was shot in Herat city on Friday amid the Taliban's offensive against government forces.",
    "Crowds chanted on rooftops in Kabul on Friday in support of soldiers fighting the Taliban.",
    "The bombing of a bridge in Kandahar city on Friday stepped up the insurgents' offensive against the government.",
    # an air raid counted by its toll
    "An air force strike on Taliban hideouts in Chahar Dara district killed 20 insurgents on Friday.",
    "Twelve militants were killed in airstrikes on their gathering in Khanabad district on Saturday.",
    # people who are no side trying to get in: a crowd at a gate, reporters turned back
    "Hundreds of Afghans were trying to get into Kabul airport on Friday, hoping for a seat on a plane.",
    "Police held two reporters on Friday for trying to enter Chahar Bolak district without a permit.",
    "Families with their bags tried to enter Mazar-i-Sharif on Saturday as the roads north filled up.",
    # an attack on a crowd or on worshippers, whatever its means
    "Gunmen attacked worshippers leaving a mosque in Kunduz city on Friday.",
    "An attacker with a grenade attacked crowds near the gates of Kabul airport on Friday.",
    # forces holding the airport of a city say nothing of who holds the city
    "Foreign troops still control Kabul airport, where evacuation flights went on through Friday night.",
    "Government troops were holding on to Lashkar Gah airport on Friday.",
])
def test_violence_that_does_not_contest_the_place(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # an assault on the town or its posts is a fight for it
    ("The Taliban attacked Kunduz city from three directions on Friday.", {("Kunduz", C)}),
    ("Paryan has become the scene of running battles since Friday.", {("Paryan", C)}),
    ("The Taliban attack on July 30 on Qala-e Naw city went on into the night.", {("Qala-e Naw", C)}),
    ("Taliban fighters attacked police posts in Andar district on Saturday.", {("Andar", C)}),
    ("The insurgents launched an attack on Ghazni city before dawn on Friday.", {("Ghazni", C)}),
    # an attempt by fighters is a fight, even when civilians are named before it
    ("Taliban units tried to enter Maimana from the west on Friday.", {("Maimana", C)}),
    ("As residents hid indoors, the insurgents tried to storm Farah city on Saturday.", {("Farah", C)}),
    # jets striking insurgents inside a town: the insurgents are in it
    ("Jets struck insurgent positions in parts of Lashkar Gah overnight on Saturday.", {("Lashkar Gah", C)}),
    # fighting for a place, whatever else is told in the sentence
    ("Troops and insurgents fought for the bazaar in Imam Sahib district on Friday.", {("Imam Sahib", C)}),
    ("Insurgents fired mortars at the police headquarters in Qala-e-Naw and attacked checkpoints around the city on Friday.",
     {("Qala-e Naw", C)}),
    ("Residents fled Kunduz on Saturday, where the Taliban launched an offensive against government forces.",
     {("Kunduz", C)}),
    # fighters, not projectiles, who strike a town
    ("Taliban fighters strike Lashkar Gah from three sides on Saturday.", {("Lashkar Gah", C)}),
    # mortar fire kept up on a town is a siege weapon; strikes backing ground operations there
    ("Insurgents have kept up mortar attacks on Pul-e-Khumri since Friday night.", {("Pul-e Khumri", C)}),
    ("The Taliban shelled Maimana on Friday as their fighters closed in.", {("Maimana", C)}),
    ("Nine insurgents died in air strikes backing army operations in Sayed Karam district on Saturday.",
     {("Sayed Karam", C)}),
    # the bombing says nothing, the clashes do
    ("A bomb killed two men in Sherzad district on Friday as clashes raged for the district centre.",
     {("Sherzad", C)}),
])
def test_fighting_for_the_place_still_contests_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry gave no word on who held Chahar Dara district on Friday.", set()),
    ("It was unclear which side controlled Qaysar district on Saturday.", set()),
    ("Officials would not say whether forces still held Khanabad on Friday.", set()),
    # told, not asked
    ("Officials said forces still held Khanabad on Friday.", {("Khanabad", G)}),
    ("The Taliban, who captured Qaysar district on Friday, moved on to Maimana.", {("Qaisar", T)}),
])
def test_a_control_verb_asked_about_tells_nothing(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("before", "expected"), [
    (" the ministry gave no word on who ", True),
    (" it was not known whether the taliban had ", True),
    (" officials could not say which side ", True),
    (" officials said the taliban had ", False),
    (" the men who ", False),
])
def test_open_question(before, expected):
    assert open_question(before) is expected


@pytest.mark.parametrize("text", [
    "Fighting has not reached Maimana, the Faryab governor said on Friday.",
    "Fighting is yet to reach Sheberghan, a council member said on Friday.",
    "The clashes did not spread to Kunduz city on Saturday, officials said.",
    "There were no reports of fighting in Herat city on Friday.",
    "Residents saw no sign of clashes in Ghazni on Saturday.",
    "Neither Ishkamish nor Bangi has seen fighting this week, officials said.",
    "Taloqan has not witnessed any clashes since Friday, the police said.",
])
def test_fighting_said_not_to_have_happened(finder, text):
    assert statuses(finder, text) == set()


def test_fighting_told_next_to_a_negation_still_counts(finder):
    assert statuses(finder, "Fighting raged in Kunduz city on Friday, but it has not reached Imam Sahib.") == {("Kunduz", C)}


@pytest.mark.parametrize(("text", "expected"), [
    # one person attacked or killed in a city: no fight for it
    ("Insurgents ambushed and killed the director of the government media centre in Kabul on Friday.", set()),
    ("Gunmen attacked a judge in Mazar-i-Sharif on Thursday.", set()),
    ("Militants ambushed the head of the provincial council in Charikar.", set()),
    # the seat of an office attacked is still a fight for the place
    ("The Taliban attacked the governor's office in Qalat on Friday.", {("Qalat", C)}),
])
def test_an_attack_on_one_person(finder, text, expected):
    assert statuses(finder, text) == expected
