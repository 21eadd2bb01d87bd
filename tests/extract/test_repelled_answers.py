"""A claim answered by "the attack" repelled, after a contrast in the claim's sentence or in the
next sentence naming no other place: the claimed place was fought over and is held, besides
claimed. Sentences of our own."""

from __future__ import annotations

from test_rules import C, CL, G, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.repelled_references import repels_the_attack
from frontmap.extract.text import text_view


def test_the_attack_repelled():
    for sentence in ("Officials said the attacks of the Taliban were pushed back.", "Police repelled the attack before dawn.",
                     "The assault has been beaten back, the governor said."):
        assert repels_the_attack(text_view(sentence)), sentence


def test_no_repelling_of_theirs():
    for sentence in ("Police failed to repel the attack.", "The attack was repelled by the Taliban.",
                     "The militants said they had repelled the attack of the commandos.", "An attack hit the city."):
        assert not repels_the_attack(text_view(sentence)), sentence


def test_a_claim_answered_by_a_repelled_attack(finder):
    expected = {("Sheberghan", CL), ("Sheberghan", C), ("Sheberghan", G)}
    assert statuses(finder, "The Taliban said they had captured Sheberghan, but officials said the assault had been beaten back.") == expected
    assert statuses(finder, "The Taliban claimed to have overrun Sheberghan. Officials said the attack was repelled.") == expected


def test_a_claim_without_a_contrast_keeps_its_reading(finder):
    assert statuses(finder, "The Taliban said they captured Sheberghan after they repelled the attack of the commandos.") == {("Sheberghan", CL)}
