"""A coordinated clause of the other side's own doing ("... and Afghan forces were guarding the
cities, including X") is a clause of its own: the Taliban's verb before it does not reach X."""

from __future__ import annotations

import pytest

from frontmap.extract.clauses import clause_spans


def _clause_texts(sentence: str) -> list[str]:
    return [sentence[start:end].strip() for start, end, _sub in clause_spans(sentence)]


@pytest.mark.parametrize("sentence, second", [
    ("The Taliban were occupying more territory and in the meantime, Afghan security forces were strengthening "
     "their positions around the cities, including Kabul.",
     "and in the meantime, Afghan security forces were strengthening their positions around the cities, including Kabul."),
    ("Fighters took several villages and meanwhile the Afghan army was reinforcing Kunduz city.",
     "and meanwhile the Afghan army was reinforcing Kunduz city."),
    ("The Taliban seized Nahrin and government troops were retreating towards Pul-e Khumri.",
     "and government troops were retreating towards Pul-e Khumri."),
])
def test_the_other_sides_own_clause_starts_a_clause(sentence, second):
    assert _clause_texts(sentence)[-1] == second


@pytest.mark.parametrize("sentence", [
    "The Taliban seized Nahrin and Afghan forces withdrew from the district.",  # a simple past: one event told in two halves
    "The Taliban and Afghan forces were fighting over Nahrin.",  # the two sides as one subject
])
def test_no_clause_starts_without_the_other_sides_ongoing_doing(sentence):
    assert len(clause_spans(sentence)) == 1
