"""Small readings met in real reports, each in sentences of our own: a side's own men named
through a pronoun ("their forces", a spokesman's "his forces") are that side's; "the border post" is the crossing named before; an attack "by X on Y" told as repelled in the
passive, with a time between; forces that leave in a participle after a comma are the sentence's
subject ("troops retreated after Taliban attacks, evacuating X"); a district's seat named with
another office ("the district and police headquarters of X") is the district's fall; a list "of the
same province" keeps its verb; news spellings of small districts (shipped gazetteer, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # the district's own seat, named beside the police's: the district falls
    ("Insurgents seized the district and police headquarters of Gizab district on Saturday.", {("Gizab", T)}),
    ("Fighters overran the district and police headquarters in Shahrak on Friday night.", {("Shahrak", T)}),
    # the police's headquarters alone is a part of the district
    ("Insurgents seized the police headquarters of Gizab district on Saturday.", {("Gizab", C)}),
])
def test_a_district_seat_named_with_another_office(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said Warsaj, Namak Ab and Yangi Qala of the same province also fell to the Taliban on Saturday.",
     {("Warsaj", T), ("Namak Ab", T), ("Yangi Qala", T)}),
    ("The districts of Bangi and Chal in the same province were overrun on Friday.", {("Bangi", T), ("Chal", T)}),
])
def test_a_list_of_the_same_province_keeps_its_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the province a town is "of" or "in", with a describing word before it, keeps the town the subject
    ("Aybak city of the eponymous northern province fell to the insurgents on Monday.", {("Aybak", T)}),
    ("Faizabad in the rugged province of the same name was overrun on Wednesday.", {("Faizabad", T)}),
    ("Qala-e Naw of the restive Badghis province and Zaranj both fell on Friday.", {("Qala-e Naw", T), ("Zaranj", T)}),
])
def test_a_town_located_in_a_described_province_keeps_its_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents overran Kaysar district of Faryab on Saturday.", {("Qaisar", T)}),
    ("Insurgents overran Shahrek district in Gor province on Saturday.", {("Shahrak", T)}),
])
def test_news_spellings_of_small_districts(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police withdrew after weeks of Taliban raids, abandoning Gizab district on Saturday.", {("Gizab", T)}),
    ("Army units pulled back under Taliban fire on Friday, evacuating the centre of Shahrak district.", {("Shahrak", T)}),
])
def test_forces_leaving_in_a_participle(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A Taliban spokesman said their fighters had overrun Gizab on Friday.", {("Gizab", CL)}),
    ("The defence ministry said its commandos had retaken Gizab on Friday.", {("Gizab", G)}),
    ("A Taliban spokesman said on Friday that his forces still held Gizab.", {("Gizab", CL)}),
    ("The provincial governor said on Friday that his forces had retaken Gizab.", {("Gizab", G)}),
])
def test_a_sides_own_men_through_a_pronoun(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the border post" means the crossing named before; "the police post" names no crossing
    ("Troops pushed the insurgents out of Spin Boldak on Friday. A Taliban spokesman insisted that his forces still held the border post.",
     {("Spin Boldak", G), ("Spin Boldak", CL)}),
    ("Troops pushed the insurgents out of Spin Boldak on Friday. A Taliban spokesman insisted that his forces still held the police post.",
     {("Spin Boldak", G)}),
])
def test_the_border_post_is_the_crossing_named_before(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the attack's agent named after it, and a time between the place and the passive verb
    ("An assault by insurgents on Gizab district overnight was beaten back, the police said.", {("Gizab", G), ("Gizab", C)}),
    ("The attack on Shahrak district of Ghor last night has been repelled, officials said.", {("Shahrak", G), ("Shahrak", C)}),
])
def test_an_attack_repelled_in_the_passive(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters overran Chaal district of Takhar overnight.", {("Chal", T)}),
    ("Insurgents seized Khwaja Baha-u-Din district on Tuesday.", {("Khwaja Bahauddin", T)}),
    ("Troops pushed the Taliban out of Surkh-o-Parsa district on Sunday.", {("Surkh-e Parsa", G)}),
])
def test_more_news_spellings_of_small_districts(finder, text, expected):
    assert statuses(finder, text) == expected
