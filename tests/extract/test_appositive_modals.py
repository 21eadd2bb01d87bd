"""A noun of capture weighed by a conditional modal past an aside on its places is no event; the
same aside before a verb of fact, or a future "will", leaves it as it is."""

from __future__ import annotations

import pytest

from frontmap.extract.appositive_modals import modal_past_aside


def _after_noun(sentence: str, noun: str) -> tuple[str, int]:
    return sentence, sentence.index(noun) + len(noun)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The loss of Kunduz and Taloqan, the two biggest northern towns, would cut the road.", True),
    ("The fall of Sharana, a small capital near the border, could open the way east.", True),
    ("The loss of Kunduz and Taloqan, the two biggest towns after Mazar, would cut the road.", True),  # a clause in the aside
    ("The loss of Qalat and Tarinkot, two southern capitals, came on Friday.", False),
    ("The fall of Kunduz, the biggest prize yet, will embolden the insurgents.", False),
    ("The loss of Kunduz would hurt, officials said, and fighting went on.", False),  # no aside before the modal
])
def test_a_conditional_modal_past_an_aside(sentence, expected):
    noun = "loss of" if "loss of" in sentence else "fall of"
    assert modal_past_aside(*_after_noun(sentence, noun)) is expected
