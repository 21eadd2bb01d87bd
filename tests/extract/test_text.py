"""Tests for frontmap.extract.text: where an article's sentences end."""

from __future__ import annotations

import re

import pytest

from frontmap.extract.text import Stems, phrases_pattern, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_period_glued_to_the_next_sentence_still_ends_it():
    text = "Troops pushed the insurgents out of the district.A police spokesman said the bazaar was calm."
    assert sentences(text) == ["Troops pushed the insurgents out of the district.", "A police spokesman said the bazaar was calm."]


@pytest.mark.parametrize("text, first", [
    ("The governor wrote that the city held.”On Friday the Taliban entered Kunduz.", "The governor wrote that the city held.”"),
    ("The offensive began in May 2021.The Taliban took Zaranj in August.", "The offensive began in May 2021."),
    ("Commandos reached the base (AFP).Police said Kunduz was calm.", "Commandos reached the base (AFP)."),
])
def test_a_glued_stop_after_a_quote_a_year_or_a_bracket_ends_the_sentence(text, first):
    assert sentences(text) == [first, text[len(first):]]


@pytest.mark.parametrize("text", [
    "Details were posted on news.Reuters.com on Monday.",  # a web address
    "Prices rose 2.5 percent in Kabul.",  # a decimal
    "Reports from 07.09.2021 Kabul were read.",  # a dotted date
    "The U.S.Army left the base.",  # a dotted abbreviation
    "Gen.Sadat arrived in the city.",  # a title
])
def test_a_glued_period_inside_an_address_or_abbreviation_ends_nothing(text):
    assert sentences(text) == [text]


def test_stems_are_found_in_any_case_and_folded_letters():
    stems = Stems("said", "told")
    assert stems.found_in("officials SAID on")
    assert stems.found_in("the governor \u017faid on")  # a long s, as a pattern ignoring case reads it
    assert stems.found_in("police \u201ctold\u201d reporters")
    assert not stems.found_in("the sad news came on")
    assert not stems.found_in("")
    with pytest.raises(ValueError):
        Stems("Said")  # a capital would never be found in lower-cased text


def test_a_list_of_phrases_gives_its_pattern_and_the_stems_every_match_holds():
    phrases = ("said", "put out", "as saying")
    pattern = re.compile(r"\b(?:" + phrases_pattern(phrases) + r")\b", re.IGNORECASE)
    stems = Stems.of_phrases(phrases)
    assert stems.stems == ("said", "put", "saying")
    for text in ("officials said on", "the group PUT  OUT a video", "quoted as\tsaying"):
        assert pattern.search(text) and stems.found_in(text)
    assert not pattern.search("they put it out") and not stems.found_in("the sad news")


def test_a_transcript_line_wrapped_mid_sentence_runs_on_past_the_blank_line():
    text = "ANCHOR: They have taken three more cities in the\n\npast day, among them Kandahar.\n\nSeveral others are besieged."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0].startswith("ANCHOR: They have taken") and sentences[0].endswith("among them Kandahar.")
    assert sentences[1] == "Several others are besieged."


def test_a_line_runs_on_when_it_ends_past_its_trailing_blanks_in_a_comma_or_two_lower_case_letters():
    runs_on = ("Fighters moved toward the \t\n\nold bazaar overnight.", "Near the river, \n\nguards left their posts.")
    for text in runs_on:
        assert len(split_sentences(text)) == 1, text
    ends = ("Fighters reached Zone 4 \n\nwhere guards had left.", "A\n\nb c.", "Roads closed at 9 PM \n\nfor a day.")
    for text in ends:
        assert len(split_sentences(text)) == 2, text


def test_a_line_that_ends_in_a_stop_ends_its_sentence_whatever_case_the_next_line_opens_in():
    text = "The city fell on Friday.\n\nofficials said the governor had fled."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The city fell on Friday.", "officials said the governor had fled."]


def test_a_headline_ending_in_a_lower_case_word_does_not_run_on_into_its_byline():
    text = "Afghanistan: Taloqan and Pul-e Khumri captured\n\nby Staff Writer August 10, 2021\n\nThe Taliban took two more cities."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0] == "Afghanistan: Taloqan and Pul-e Khumri captured"


def test_a_list_too_long_for_a_sentence_is_cut_after_its_semicolons():
    groups = [f"Alpha{i} and Beta{i} in Province{i}" for i in range(30)]
    parts = sentences("; ".join(groups) + ".")
    assert parts[0] == "Alpha0 and Beta0 in Province0;" and parts[-1] == "Alpha29 and Beta29 in Province29."
    assert len(parts) == 30


def test_a_sentence_of_common_length_keeps_its_semicolons():
    text = "Obe and Farsi in Herat; Shahrak in Ghor; Charkh in Logar."
    assert sentences(text) == [text]
