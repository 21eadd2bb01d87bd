"""Tests for frontmap.extract.listed: a list sentence without a verb takes the outcome its head or
the next sentence tells, over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.listed import list_outcome, only_in_head
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.rules import find_triggers
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 7, 16)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def dated_events(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("sentence", "following", "kind", "borrowed"),
    [
        ("The fallen districts are Obe in Herat and Saghar in Ghor.", None, "fall", False),
        ("The districts include Kohistan and Zebak.", "They all fell on Thursday.", "fall", True),
        ("The districts were Saighan and Kahmard.", "All of them were retaken on Thursday.", "retake", True),
        ("The districts include Kohistan and Zebak.", "Officials gave no details.", None, False),
        ("Officials named Kohistan and Zebak.", "They all fell on Thursday.", None, False),
    ],
)
def test_the_outcome_a_list_takes(sentence, following, kind, borrowed):
    triggers, at = list_outcome(sentence, sentence.lower(), following, following and following.lower())
    assert [t.kind for t in triggers] == ([kind] if kind else [])
    assert (at is not None) is borrowed


def test_a_head_adjective_alone_does_not_tell_the_outcome():
    sentence = "The fallen districts are Obe and Saghar."
    assert only_in_head(sentence, find_triggers(sentence, sentence.lower()))
    sentence = "The fallen districts are Obe and Saghar, and the army retook Kohistan."
    assert not only_in_head(sentence, find_triggers(sentence, sentence.lower()))


def test_the_list_is_dated_by_the_sentence_that_tells_its_outcome(finder):
    found = dated_events(finder, "The districts include Kohistan and Zebak in Badakhshan. They all fell on Wednesday.")
    assert found == {("Kohistan", "taliban", "2021-07-14"), ("Zebak", "taliban", "2021-07-14")}
    found = dated_events(finder, "The districts are Saighan and Kahmard. All of them were retaken by the army on Thursday.")
    assert found == {("Sayghan", "government", "2021-07-15"), ("Kahmard", "government", "2021-07-15")}


def test_a_short_name_that_is_also_a_word_counts_in_a_list_of_districts(finder):
    found = dated_events(finder, "The districts include Argo and Zebak in Badakhshan. They all fell on Wednesday.")
    assert found == {("Argo", "taliban", "2021-07-14"), ("Zebak", "taliban", "2021-07-14")}
