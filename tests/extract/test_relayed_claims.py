"""Relayed claims: an official who only passes on what the Taliban say confirms nothing; one who
states or confirms the loss himself still makes it a fact (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.relayed_claims import only_through_the_taliban, relays
from frontmap.status import CLAIMED as L


@pytest.mark.parametrize(("text", "expected"), [
    # the official closes the sentence as the writer's source for the Taliban's word
    ("The Taliban say they captured Qaisar district on Friday, the provincial police chief said.", {("Qaisar", L)}),
    ("The insurgents said they had overrun Ghormach district overnight, the governor of Faryab told reporters.",
     {("Ghormach", L)}),
    ("The militants announced they had seized Shirin Tagab district, according to the provincial police chief.",
     {("Shirin Tagab", L)}),
    (("The Taliban said they took Kohistan district on Monday, a police spokesman said, adding that clearing "
      "operations were planned."), {("Kohistan", L)}),
])
def test_an_official_relaying_the_taliban_word_leaves_a_claim(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # the official states the loss, or confirms it
    ("Qaisar district fell to the Taliban on Friday, the provincial police chief said.", {("Qaisar", T)}),
    ("The Taliban said they captured Qaisar district on Friday, and the police chief confirmed the fall.", {("Qaisar", T)}),
    ("The Taliban say they took Ghormach district, the governor said, adding that the district had fallen.", {("Ghormach", T)}),
])
def test_an_official_who_states_the_loss_makes_it_a_fact(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text


def test_only_a_source_after_the_taliban_word_relays():
    padded = " the taliban say they captured x  the police chief said "
    assert relays(padded, padded.index(" police"), 0)
    padded = " the police chief said the district had fallen "
    assert not relays(padded, padded.index(" police"), 0)


@pytest.mark.parametrize(("padded", "source", "expected"), [
    # named in the Taliban's statement, or relaying it: no source of its own
    (" the taliban said the governor and his guards had surrendered to them ", " governor", True),
    (" the taliban say they captured x  the police chief said ", " police", True),
    # a verb of its own after the Taliban's word, or no Taliban statement before it: a source
    (" the taliban said they took x  which the governor denied on friday ", " governor", False),
    (" the governor said the district had fallen ", " governor", False),
])
def test_a_source_only_through_the_taliban_word(padded, source, expected):
    assert only_through_the_taliban(padded, padded.index(source), 0) is expected
