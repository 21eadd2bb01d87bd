"""Sentences compared between articles: quotes, spaces and case do not matter; short ones never match."""

from __future__ import annotations

from frontmap.intake.stories import MIN_SENTENCE_WORDS, first_tellers, sentence_key

LONG = "The governor’s office said the insurgents had entered the city from three directions overnight."


def test_quotes_spaces_and_case_do_not_change_a_sentence():
    assert sentence_key(LONG) == sentence_key(LONG.replace("’", "'").replace(" ", "  ").upper())
    assert sentence_key(LONG) != sentence_key(LONG.replace("three", "two"))


def test_a_short_sentence_is_never_compared():
    assert sentence_key(" ".join(["word"] * (MIN_SENTENCE_WORDS - 1))) == ""
    told = first_tellers()
    assert [told("Kunduz fell.", "d-kdz", source) for source in "ab"] == ["a", "b"]


def test_the_first_teller_of_a_sentence_and_report_is_counted():
    told = first_tellers()
    assert told(LONG, ("d-hrt", "taliban"), "a") == "a"
    assert told(LONG, ("d-hrt", "taliban"), "b") == "a"
    assert told(LONG, ("d-hrt", "contested"), "b") == "b"  # another report read from it
    assert told(LONG.replace("the city", "Herat"), ("d-hrt", "taliban"), "c") == "c"
