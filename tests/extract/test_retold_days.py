"""A change retold by a noun with its day (`frontmap.extract.date_lookahead`, `frontmap.extract.date_retelling`)."""

from frontmap.extract.date_lookahead import retold_by_noun
from frontmap.extract.date_retelling import earlier_happening


def test_a_change_noun_with_its_day_retells_a_change_of_hands():
    assert retold_by_noun("The handover late on Friday came without a shot fired.", "taliban")
    assert retold_by_noun("The surrender on Tuesday followed talks with elders.", "taliban")
    assert not retold_by_noun("The handover late on Friday came without a shot fired.", "contested")


def test_a_neutral_noun_retells_any_event():
    assert retold_by_noun("The development early on Sunday alarmed officials in the capital.", "contested")
    assert retold_by_noun("This development on Monday left the road cut.", "taliban")


def test_a_noun_with_its_own_place_or_no_day_next_to_it_retells_nothing():
    assert not retold_by_noun("The fall of Andkhoy on Tuesday left the city exposed.", "taliban")
    assert not retold_by_noun("The handover, officials said, was agreed on Thursday.", "taliban")
    assert not retold_by_noun("Officials confirmed the handover on Friday.", "taliban")


def test_the_day_of_what_a_change_came_after_is_not_its_own():
    sentence = "The handover came after talks that broke down on Thursday."
    assert earlier_happening(sentence, sentence.index("Thursday"))
    sentence = "The handover came on Thursday after talks broke down."
    assert not earlier_happening(sentence, sentence.index("Thursday"))
