"""What a verb's object is not: a place after a comma and a participle of result or an absolute
"with" ("took the crossing, leaving X the last way out"), a place troops are sent to, and what a
long semicolon list after a verb of leaving still holds. Sentences of our own (real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.object_clauses import crosses_into_clause
from frontmap.extract.object_times import leading_time_dropped


@pytest.mark.parametrize("text", [
    "Fighters seized the Torkham crossing on Sunday, leaving Kabul airport the last way out still in government hands.",
    "The insurgents now hold every crossing into Iran, with Herat city the only large town in the west still held by the army.",
    "Militants overran the border market, bringing Sheberghan within range of their mortars.",
    "The Taliban took two outposts, putting Maimana under threat for the first time.",
])
def test_a_place_after_a_participle_or_an_absolute_with_is_not_taken(finder, text):
    found = statuses(finder, text)
    assert not any(place in ("Kabul", "Herat", "Sheberghan", "Maimana") for place, _ in found)


def test_the_phrase_opener_needs_its_comma_and_leaves_plain_objects_alone():
    assert crosses_into_clause(" the border post, leaving ")
    assert crosses_into_clause(" every crossing, with ")
    assert not crosses_into_clause(" the town of ")
    assert not crosses_into_clause(" more districts, among them ")
    assert not crosses_into_clause(" with little resistance the town of ")


@pytest.mark.parametrize("text", [
    "The Pentagon said it was sending about 3,000 more troops to Kabul as fighting spread.",
    "The ministry deployed a commando battalion to Faizabad after the districts around it fell.",
    "The army dispatched two battalions to Lashkar Gah on Wednesday amid heavy fighting in the province.",
])
def test_a_place_troops_are_sent_to_is_a_destination(finder, text):
    found = statuses(finder, text)
    assert not any(place in ("Kabul", "Faizabad", "Lashkar Gah") for place, _ in found)


def test_a_fight_where_the_troops_were_sent_still_counts(finder):
    text = "The army sent reinforcements to Ghazni on Monday; heavy clashes went on inside Ghazni city all day."
    assert ("Ghazni", "contested") in statuses(finder, text)


@pytest.mark.parametrize("text", [
    "Security forces pulled out of the Kaldar district of Balkh; Sozma Qala in Sar-e Pul; Khamyab in Jawzjan;"
    " Gurziwan district in Faryab; Almar, Qaisar and Bilchiragh districts of Faryab; and the Shortepa district in Balkh province.",
    "Troops retreated overnight from the Kaldar district of Balkh; Sozma Qala in Sar-e Pul; Khamyab in Jawzjan;"
    " Gurziwan district in Faryab; Almar, Qaisar and Bilchiragh districts of Faryab; and the Shortepa district in Balkh province.",
])
def test_every_item_of_a_long_semicolon_list_is_left(finder, text):
    found = statuses(finder, text)
    for place in ("Kaldar", "Sozma Qala", "Khamyab", "Gurziwan", "Almar", "Qaisar", "Bilchiragh", "Shortepa"):
        assert (place, T) in found


def test_a_time_word_before_from_is_dropped_from_the_object_lead():
    assert leading_time_dropped(" overnight from the ") == " from the "
    assert leading_time_dropped(" on Sunday the city of ") == " the city of "
    assert leading_time_dropped(" overnight in ") == " overnight in "


def test_a_new_spelling_of_a_ghor_district_is_read(finder):
    assert ("Charsada", T) in statuses(finder, "Government troops abandoned the Chahar Sada district of Ghor on Thursday.")


@pytest.mark.parametrize("text", [
    "President Ghani rushed to Balkh province on Wednesday, a region already ringed by Taliban-held districts.",
    "The defence minister flew to Herat on Wednesday to meet border guards.",
    "Two ministers travelled to Kandahar on Monday for talks with elders.",
])
def test_a_place_someone_rushes_or_flies_to_is_a_destination(finder, text):
    assert statuses(finder, text) == set()


def test_a_time_word_before_the_where_clause_keeps_the_destination_s_fight(finder):
    text = "Special forces rushed to Lashkar Gah overnight, where street fighting raged for a sixth day."
    assert ("Lashkar Gah", "contested") in statuses(finder, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Security forces now hold only the province's Balkhab district and the provincial centre, Sar-e Pul city.",
     {("Balkhab", "government"), ("Sar-e Pul", "government")}),
    ("The army controls just Qala-e Naw in Badghis, the governor said.", {("Qala-e Naw", "government")}),
    ("The Taliban seized only Taywara district on Sunday.", {("Taywara", T)}),
])
def test_only_or_just_before_the_object_keeps_it_the_object(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("spelling", "place"), [
    ("Gurzivan", "Gurziwan"), ("Kishindeh", "Kishindih"), ("Andhoy", "Andkhoy"), ("Barfak", "Tala wa Barfak"),
    ("Siahgard", "Ghorband"), ("Pagman", "Paghman"), ("Khwaja Dukoh", "Khwaja Du Koh"), ("Karamkol", "Qaramqol"), ("Kurgan", "Qurghan"),
])
def test_wire_spellings_of_districts_are_listed(finder, spelling, place):
    assert (place, T) in statuses(finder, f"The Taliban captured {spelling} district on Sunday.")


@pytest.mark.parametrize(("text", "standing"), [
    ("Taliban overrun Farah city, Herat remains on edge", "Herat"),
    ("Militants capture Zaranj, Lashkar Gah is quiet", "Lashkar Gah"),
    ("The insurgents seized Ghazni, Kabul now braces for an assault.", "Kabul"),
])
def test_a_place_after_a_comma_with_a_verb_of_its_own_is_not_taken(finder, text, standing):
    assert not any(place == standing for place, _ in statuses(finder, text))


def test_the_own_verb_needs_words_after_it_and_lists_still_read_whole(finder):
    assert crosses_into_clause(" Kunduz, ", " remains tense")
    assert not crosses_into_clause(" Jalalabad, now only ", " remains")
    assert ("Taloqan", "taliban") in statuses(finder, "Fighters captured Kunduz, Sheberghan and Taloqan.")


@pytest.mark.parametrize("text", [
    "The army pulled out of Pul-e Alam, leaving Kabul under threat from the south.",
    "Police left Sar-e Pul, leaving Sheberghan under siege.",
    "The army abandoned Gardez on Friday, leaving Kabul under government control but cut off from the south.",
])
def test_a_place_left_under_threat_is_not_taken(finder, text):
    assert not any(status == "taliban" and place in ("Kabul", "Sheberghan") for place, status in statuses(finder, text))


def test_a_place_left_under_government_control_is_held(finder):
    found = statuses(finder, "The army abandoned Gardez on Friday, leaving Kabul under government control but cut off from the south.")
    assert ("Kabul", "government") in found and ("Kabul", "taliban") not in found
