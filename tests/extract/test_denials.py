"""Who denies: a Taliban denial leaves their claim, an official's the government's hold, and
officials named only as deniers back no claim (invented sentences, shipped gazetteer, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import denials
from frontmap.extract.text import text_view
from frontmap.status import CONTESTED


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Taliban denied that the town had been retaken.", True),
    ("A spokesman for the Taliban on Friday rejected reports that the base had been cleared.", True),
    ("The governor denied that the town had fallen.", False),
    ("Officials rejected Taliban claims that the town had fallen.", False),
])
def test_who_speaks_the_denial(sentence, expected):
    view = text_view(sentence)
    assert denials.taliban_deny(view, 0, view.index(" town" if "town" in view else " base")) is expected


def test_a_denial_leaves_the_deniers_side():
    assert denials.denied_status(T, denier_is_taliban=False) == G
    assert denials.denied_status(G, denier_is_taliban=True) == CL
    assert denials.denied_status(CONTESTED, denier_is_taliban=False) is None


@pytest.mark.parametrize(("text", "expected"), [
    # the Taliban deny their loss: their word that they still hold it
    ("The Taliban denied that Khakrez district had been retaken by commandos.", {("Khakrez", CL)}),
    ("The insurgents rejected reports that troops had cleared Almar district.", {("Almar", CL)}),
    # an official denies their gain: the government's
    ("The governor denied that Khakrez district had fallen.", {("Khakrez", G)}),
    # officials who deny back no claim, nor do officials who only relay it (`relayed_claims`)
    ("The Taliban said they had taken Almar district, which local officials denied.", {("Almar", CL)}),
    ("The Taliban said they had taken Almar district, local officials said.", {("Almar", CL)}),
    ("The Taliban said they had taken Almar district, and local officials confirmed it.", {("Almar", T)}),
])
def test_the_denier_decides(finder, text, expected):
    assert statuses(finder, text) == expected
