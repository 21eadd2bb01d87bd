"""Shortcuts: each cheap test run before a pattern (or in place of a per-hit loop) agrees with the
pattern alone, on text stitched together from the words the patterns look for."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import chain

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontmap.extract import locators, persons, place_roles, references, rules
from frontmap.extract.dates import ArticleDates
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.targets import sentence_targets
from frontmap.extract.text import split_sentences, text_view
from frontmap.extract.triggers import find_triggers
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer
from geodata.names import normalize

PIECES = [
    " ", "  ", ", ", ",", "\u00a0", "\n", "'s ", "’s ", " said", " Said", " ſaid", " told", " a lawmaker", " the",
    " and ", " in ", " of ", " for ", " to ", " from ", " districts ", " district ", " province", " officials",
    " governor", " fled", " Kabul", " Herat", " Lashkar Gah", " Lashkar-Gah", " Sar-e Pul", " Ghazni", " Nawa",
    " five", " 3 ", " road to", " İn ", "x", ".", "-",
]
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@FAST
@given(TEXTS, st.integers(min_value=0, max_value=40))
def test_person_after_agrees_with_its_pattern(text, end):
    end = min(end, len(text))
    assert persons._person_after(text, end) == bool(persons._PERSON_AFTER.match(text, end, end + 60))


@FAST
@given(TEXTS, st.integers(min_value=0, max_value=40))
def test_locators_agree_with_their_patterns(text, at):
    at = min(at, len(text))
    after = locators._LOCATOR_AFTER.match(text, at, at + 160)
    before = locators._LOCATOR_BEFORE.search(text, max(0, at - 30), at)
    fast_after = locators.after(text, at)
    assert (fast_after is None) == (after is None)
    assert fast_after is None or fast_after.span() == after.span()
    fast_before = locators.before(text, at)
    assert (fast_before is None) == (before is None)
    assert fast_before is None or fast_before.span() == before.span()


@FAST
@given(TEXTS)
def test_role_patterns_need_the_words_they_are_gated_on(text):
    before = " " + text_view(text)
    tail = before.rstrip(" ")
    if references._DESTINATION_BEFORE.search(before):
        assert tail.endswith(references._DESTINATION_ENDS)
    if references._SAID_IN_BEFORE.search(before):
        assert tail.endswith(" in")
    if place_roles._TITLE_BEFORE.search(before):
        assert any(word in before for word in place_roles._TITLE_PREPOSITIONS)
    if rules._UNITS_BEFORE_PLACE.search(before):
        assert "districts" in before


def _provinces_named_hit_by_hit(gazetteer: Gazetteer, text: str) -> Counter:
    """The count as the gazetteer made it before: one Python step per automaton hit."""
    automaton, marked = gazetteer._context_index()
    norm = normalize(text)
    words = "".join(c if c.isalnum() else " " for c in norm)
    return Counter(chain.from_iterable(
        codes for end, (alias, codes) in automaton.iter(f" {words} ")
        if alias not in marked or norm[end - 1 - len(alias) : end - 1] == alias))


@FAST
@given(TEXTS)
def test_provinces_named_counts_as_hit_by_hit(gazetteer, text):
    assert gazetteer.provinces_named(text) == _provinces_named_hit_by_hit(gazetteer, text)


def test_a_run_of_names_reads_the_same_first_targets(gazetteer):
    # One long sentence naming far more places than a sentence is read for.
    names = ["Herat", "Kunduz", "Ghazni", "Farah", "Taloqan", "Zaranj", "Aybak", "Maimana"]
    sentence = "Insurgents overran " + ", ".join(names * 5) + " on Monday."
    article = Article("a1", "run.txt", None, "", "", "", "", dt.date(2021, 8, 14), "text", sentence)
    sentences = split_sentences(sentence)
    found = MentionFinder(gazetteer).find(article, sentences, text_view(sentence))
    dates = ArticleDates(sentence, sentences, article.published)
    antecedents = references.Antecedents(sentence, sentences, found, None)
    triggers = find_triggers(sentence)
    whole = sentence_targets(sentence, 0, 0, found, triggers, dates, antecedents)
    for limit in (1, 5, 24, 100):
        assert sentence_targets(sentence, 0, 0, found, triggers, dates, antecedents, limit=limit) == whole[:limit]
