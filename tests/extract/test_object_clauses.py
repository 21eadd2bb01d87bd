"""Where a verb's object ends (`frontmap.extract.object_clauses`)."""

from frontmap.extract.object_clauses import crosses_into_clause


def test_a_second_verb_of_no_fight_takes_the_place_after_it():
    assert crosses_into_clause(" to Kandahar and Herat, and targeted the capital ")
    assert crosses_into_clause(" Herat and threatened ")


def test_a_list_after_one_verb_is_its_object():
    assert not crosses_into_clause(" Herat and ")
    assert not crosses_into_clause(" to Kandahar and the nearby town of ")
