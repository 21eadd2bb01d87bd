"""Speakers named again by their surname: "Ahmadi said" after the Taliban's spokesman was named in
full (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.named_speakers import speaks_by_surname, taliban_surnames
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The movement's spokesman Qari Yousaf Ahmadi said on Friday that fighters were advancing.", {"ahmadi"}),
    ("Taliban spokesman Bilal Karimi told reporters the road was open.", {"karimi"}),
    ("Zabihullah Wardak, a spokesman for the group, said the fighters were advancing.", {"wardak"}),
    ("The governor's spokesman Bahir Ahmadi said the city was calm.", set()),
    ("A Taliban spokesman said the fighters were advancing.", set()),
])
def test_the_surnames_of_taliban_spokesmen(sentence, expected):
    assert taliban_surnames([text_view(sentence)]) == expected


def test_an_official_s_namesake_is_no_taliban_voice():
    views = [text_view("Taliban spokesman Qari Yousaf Ahmadi said the city had fallen."),
             text_view("The governor's spokesman Bahir Ahmadi said the city still held.")]
    assert taliban_surnames(views) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ghormach fell overnight, Ahmadi said in a statement.", True),
    ("Ahmadi also claimed the fighters had taken Almar.", True),
    ("According to Ahmadi, the base was empty.", True),
    ("Ahmadi Street in the city was quiet.", False),
])
def test_a_speaker_named_by_surname(sentence, expected):
    assert speaks_by_surname(text_view(sentence), {"ahmadi"}) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The movement's spokesman Qari Yousaf Ahmadi said on Saturday that fighters were advancing. "
     "Almar fell overnight, Ahmadi said in a statement.", {("Almar", CL)}),
    # an official in the sentence speaks for it
    ("The movement's spokesman Qari Yousaf Ahmadi said on Saturday that fighters were advancing. "
     "Almar fell overnight, Ahmadi said, and the provincial governor confirmed it.", {("Almar", T)}),
    # the namesake is an official's spokesman: a fact
    ("The governor's spokesman Bahir Ahmadi said on Saturday that the city was calm. "
     "Almar fell overnight, Ahmadi said.", {("Almar", T)}),
])
def test_a_gain_told_by_the_spokesman_s_surname_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the movement's best-known spokesman, never titled in the article
    ("Almar fell overnight, Karimi said on Saturday.", {("Almar", CL)}),
    # an official who shares the surname keeps the sentence a fact
    ("The governor's spokesman Jawed Karimi said on Saturday that the city was calm. "
     "Almar fell overnight, Karimi said.", {("Almar", T)}),
])
def test_a_well_known_spokesman_speaks_by_surname_alone(finder, text, expected):
    assert statuses(finder, text) == expected
