"""Tests for frontmap.extract.speaker_asides: the asides between a speaker and its verb blanked."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.speaker_asides import asides_blanked
from frontmap.extract.text import text_view
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer


def blanked(sentence: str) -> str:
    return " ".join(asides_blanked(sentence, text_view(sentence)).split())


def test_a_bracketed_or_relative_aside_is_blanked_and_offsets_kept():
    sentence = "The Taliban (banned in Russia) said they took Keshem."
    assert len(asides_blanked(sentence, text_view(sentence))) == len(sentence)
    assert blanked(sentence) == "the taliban said they took keshem"
    assert blanked("The Taliban, which is outlawed in Russia, said they took Keshem.") == "the taliban said they took keshem"


def test_a_sentence_without_asides_keeps_its_view():
    sentence = "The Taliban said on Sunday, officials confirmed, that they took Keshem."
    assert asides_blanked(sentence, text_view(sentence)) == text_view(sentence)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Taliban (a group banned in Russia) said they had captured Keshem district.", "claimed"),
        ("The Taliban, which is outlawed in Russia, said they had captured Keshem district.", "claimed"),
        ("The Taliban (banned in Russia) captured Keshem district, officials said.", "taliban"),
    ],
)
def test_the_group_s_word_behind_an_aside_is_a_claim(finder, text, status):
    article = Article("a1", "f.txt", None, "", "", "", "", dt.date(2021, 7, 7), "manifest", "Report\n" + text)
    assert {e.status for e in extract_events(article, finder.find(article))} == {status}
