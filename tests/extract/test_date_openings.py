"""Date openings: the date pattern is spared only the words that can open no date."""

from __future__ import annotations

from project_scripts import load_project_module

from frontmap.extract import date_expressions
from frontmap.extract.date_openings import may_open_a_date
from frontmap.extract.text import split_sentences
from frontmap.intake.articles import read_corpus

scoring = load_project_module("benchmarks/challenge_scoring.py")


def test_openings_of_each_kind_of_date_are_tried():
    sentence = "Forces said on Sunday that mid-July, 12 August, last week and two days later were quiet"
    tried = {word for word in ("Sunday", "mid", "12", "last", "two") if may_open_a_date(sentence, sentence.index(word))}
    assert tried == {"Sunday", "mid", "12", "last", "two"}
    assert not may_open_a_date(sentence, sentence.index("Forces"))
    assert not may_open_a_date(sentence, sentence.index("quiet"))


def test_a_modifier_run_into_a_month_and_a_folded_letter_are_tried():
    assert may_open_a_date("fighting since midJuly", len("fighting since "))
    assert may_open_a_date("a report from \u017fince Monday", len("a report from "))  # long s folds onto "s"
    assert not may_open_a_date("the gunmen left", len("the "))


def test_an_anchor_inside_a_word_or_after_a_space_opens_no_date():
    sentence = "It fell today, a day after the siege"
    assert not may_open_a_date(sentence, sentence.index("oday"))
    assert not may_open_a_date(sentence, sentence.index(" day"))
    assert may_open_a_date(sentence, sentence.index("today"))


def test_no_place_a_date_opens_at_is_passed_over(sample_corpus):
    """Over the dev cases and the sample corpus, every place the date pattern matches at is tried."""
    texts = [case.text for case in scoring.load_cases(scoring.split_path("dev"))]
    texts += [article.text for article in read_corpus(sample_corpus).articles]
    passed_over = 0
    for text in texts:
        for a, b in split_sentences(text):
            sentence = text[a:b]
            for start in range(len(sentence)):
                if not may_open_a_date(sentence, start):
                    passed_over += 1
                    assert date_expressions._PATTERN.match(sentence, start) is None, sentence[start:]
    assert passed_over > 100_000
