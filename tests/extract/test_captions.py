"""Tests for `frontmap.extract.captions`: a present-tense scene dated "on <day>, <year>" at its end
is a caption; a news sentence in the past tense with the same ending is not."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.captions import is_archive_caption, is_caption, is_undated_scene_caption


@pytest.mark.parametrize("sentence", [
    "Militiamen stand guard at a checkpoint on the edge of Faizabad on July 6, 2021.",
    "Residents wave flags as they drive through the border town on July 14, 2021.",
    "A fighter is seen on a pickup truck in Kunduz on August 9, 2021 (Reuters).",
    # the agencies' own form, and soldiers getting ready
    "Photo taken on Aug. 6, 2021 shows smoke rising during clashes in Sheberghan, Afghanistan.",
    "Afghan commandos prepare for an operation at a base in Kandahar on July 30, 2021.",
    # a picture placed in a town and its country, then dated, with no scene verb of the list
    "Displaced families from the north reach a park in Kabul, Afghanistan on August 10, 2021.",
    "Lorries line up at the frontier in Torkham, Pakistan on July 9, 2021.",
    "A view of the fence along the frontier near Chaman, Pakistan March 3, 2019.",
])
def test_a_dated_scene_is_a_caption(sentence):
    assert is_caption(sentence)


@pytest.mark.parametrize("sentence", [
    "The city fell on July 30, 2021.",
    "Troops stand firm in Kunduz, officials said on Monday.",
    "The Taliban gathered in the square and seized the governor's office on August 9, 2021.",
    "Photographs taken by residents showed fighters in the main square on Friday.",
    "Taliban fighters entered Kunduz, Afghanistan on August 8, 2021 and took the governor's compound, officials said.",
    "The insurgents seized Kunduz, the capital of the province, on August 8, 2021.",
])
def test_a_news_sentence_is_no_caption(sentence):
    assert not is_caption(sentence)


def test_a_dated_scene_does_not_date_the_story_after_it():
    text = ("Imam Sahib claimed by Taliban\nPosted: Jul 14, 2021\n"
            "Militiamen stand guard at a post outside Faizabad on July 6, 2021. Photo: agency\n\n"
            "The Taliban said Wednesday they had captured Imam Sahib district.")
    assert ("Imam Sahib", "claimed", "2021-07-14") in events_of(text, dt.date(2021, 7, 14))


def test_a_picture_placed_in_a_town_and_its_country_does_not_date_the_story_after_it():
    text = ("Mazar-i-Sharif falls\nDisplaced families from the north reach a park in Kabul, Afghanistan on August 10, 2021.\n\n"
            "Taliban fighters captured Mazar-i-Sharif, the largest city in the north, officials said.")
    assert ("Mazar-i-Sharif", "taliban", "2021-08-15") in events_of(text, dt.date(2021, 8, 15))


def test_an_undated_scene_credited_to_its_agency_tells_no_news():
    text = ("Crossing taken\nPolice trucks gather near a post hit by Taliban in Sayedabad district, Wardak Province, Afghanistan. (Reuters)\n\n"
            "The Taliban captured Shir Khan Bandar on Tuesday, officials said.")
    events = events_of(text, dt.date(2021, 6, 22))
    assert ("Shir Khan Bandar", "taliban", "2021-06-22") in events
    assert not [e for e in events if e[0] == "Sayedabad"]


@pytest.mark.parametrize("line", [
    "Police trucks gather near a post hit by Taliban in Sayedabad district, Wardak Province, Afghanistan. (Reuters)",
    "Militiamen patrol a road in Chak district, Wardak province, Afghanistan (AFP)",
])
def test_a_credited_scene_placed_in_afghanistan_is_an_undated_caption(line):
    assert is_undated_scene_caption(line)


@pytest.mark.parametrize("line", [
    "Taliban fighters captured Chak district, Wardak province, Afghanistan. (Reuters)",  # no scene: news
    "Taliban fighters patrol the streets of Chak district after seizing it on Tuesday, officials said.",
])
def test_a_news_line_is_no_undated_caption(line):
    assert not is_undated_scene_caption(line)


@pytest.mark.parametrize(("line", "expected"), [
    ("Soldiers take part in an operation in Andar district of Ghazni province. (AP Photo/File)", True),
    ("Militiamen gather near Charikar, Parwan province. (AP Photo/Jane Doe, File)", True),
    ("Militiamen gather near Charikar, Parwan province. (AP Photo/Jane Doe)", False),  # a credit, no file picture
    ("The Taliban took the file room of the Charikar court on Friday.", False),
])
def test_an_agency_credit_of_a_file_picture_marks_an_archive_caption(line, expected):
    assert is_archive_caption(line) is expected


def test_each_credit_is_read_whatever_the_cheap_tests_pass_over():
    from frontmap.extract.captions import credits_a_picture, is_caption

    assert credits_a_picture("Fighters guard a checkpoint near the bazaar. REUTERS/Jane Roe")
    assert credits_a_picture("Elders meet at the shrine (Stringer/Reuters)")
    assert credits_a_picture("Elders meet at the shrine on Aug. 11, 2021. Photo: AFP")
    assert credits_a_picture("Elders meet at the shrine (AP Photo)")
    assert credits_a_picture("Elders meet at the shrine, July 3, 2021.")  # a dated caption
    assert is_caption("Recruits POSE FOR A PHOTO at the base.")
    assert not credits_a_picture("Elders met at the shrine on Wednesday, an official said.")
    assert not credits_a_picture("The 24/7 market stayed shut: traders (fearing looting) left town.")
    assert not is_caption("The posts in the hills fell to the insurgents overnight.")
