"""The group's word in a participle of its own subject ("the Taliban pressed on after announcing that
they had captured X") and the Taliban's fighters or forces as speakers (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.participle_claims import participle_claims
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "found"), [
    ("Taliban militants pressed on after announcing that they had taken the town.", True),
    ("The insurgents, while claiming they have overrun the base, kept attacking.", True),
    ("Afghan forces retook the town after announcing that they had sent commandos.", False),
    ("Taliban fighters took the town after announcing an offensive.", False),
    ("The Taliban attacked the town, and officials said after announcing that they had won.", False),
])
def test_a_participle_of_reported_speech_with_a_taliban_subject(sentence, found):
    assert bool(participle_claims(" " + text_view(sentence))) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban militants kept up their push after announcing that they had overrun Almar and Gizab.",
     {("Almar", CL), ("Gizab", CL)}),
    ("The Taliban military also said it had seized Khakrez district.", {("Khakrez", CL)}),
    ("Taliban forces said on Friday they had captured Darqad district.", {("Darqad", CL)}),
    # near misses: the group's deed told by an official, the army's participle
    ("Taliban fighters overran Khakrez district on Friday after announcing an offensive, police said.", {("Khakrez", T)}),
    ("Afghan forces retook Gizab district on Friday after announcing that they had sent commandos.", {("Gizab", G)}),
])
def test_participle_and_named_forces_claims(finder, text, expected):
    assert statuses(finder, text) == expected
