"""A participle with its agent that only describes the subject of the verb after it ("the three
districts captured by the militias have been retaken by the Taliban") is no trigger of its own
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.reduced_relatives import is_a_reduced_relative, without_participle


def test_the_participle_is_told_from_the_verb():
    view = " the districts captured by the militias have been retaken by the taliban."
    assert is_a_reduced_relative(view, view.index("captured"))
    view = " nawur was captured by militias and has been retaken by the taliban."
    assert not is_a_reduced_relative(view, view.index("captured"))
    assert without_participle(" captured by the militias on friday have been ") == " have been "


@pytest.mark.parametrize(("text", "expected"), [
    ("Nawur district, seized by militias, has been retaken by the Taliban.", {("Nawur", T)}),
    ("Commandos retook Nawur and Malistan on Thursday. The two districts captured by commandos were retaken by the Taliban.",
     {("Nawur", G), ("Malistan", G), ("Nawur", T), ("Malistan", T)}),
    ("Nawur was seized by militias on Thursday and retaken by the Taliban on Friday.", {("Nawur", G), ("Nawur", T)}),
])
def test_the_verb_after_the_participle_decides(finder, text, expected):
    assert statuses(finder, text) == expected
