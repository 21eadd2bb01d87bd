"""Tests for a rank measured against a name ("the biggest city of the west after Kabul"): a phrase of
its clause, not a subordinate clause, and the name it measures against has no event."""

from __future__ import annotations

import pytest

from frontmap.extract.clauses import clause_spans, ranked_against


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters seized Mazar-i-Sharif, the biggest northern city after Kabul, and two districts on Saturday.",
        "Herat, the third largest city after Kabul and Kandahar, fell on Thursday.",
        "Insurgents entered Jalalabad, the most important eastern hub after Kabul, early on Sunday.",
    ],
)
def test_a_rank_after_a_name_cuts_no_clause_and_gives_the_name_no_event(sentence):
    assert len(clause_spans(sentence)) == 1
    assert ranked_against(sentence, sentence.index("Kabul"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kandahar fell hours after Herat, officials said.",
        "The second assault came after Kabul sent reinforcements, officials said.",
    ],
)
def test_after_a_name_without_a_rank_still_opens_a_clause(sentence):
    assert len(clause_spans(sentence)) > 1
