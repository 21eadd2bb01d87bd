"""A rank before a place ("the third-largest city, X") leaves X the verb's object."""

from __future__ import annotations

import pytest

from frontmap.extract.gaps import OTHER, WHOLE, object_kind
from frontmap.extract.ranks import ranked_word


@pytest.mark.parametrize("word", ["third", "4th", "third-largest", "second-biggest", "second-", "fifth-most", "2nd-largest"])
def test_ranks_and_hyphenated_ranks(word):
    assert ranked_word(word)


@pytest.mark.parametrize("word", ["largest", "well-known", "pro-government", "-", "third-party", "north-western"])
def test_other_words_are_no_rank(word):
    assert not ranked_word(word)


@pytest.mark.parametrize("gap", [
    " the country's third-largest city, ",
    " Afghanistan's second-biggest city of ",
    " the second- and third-largest cities of the country, ",
    " the fourth-largest city ",
])
def test_a_ranked_city_before_the_name_is_the_place_itself(gap):
    assert object_kind(gap) == WHOLE


@pytest.mark.parametrize("gap", [
    " the third-largest cache of arms found in ",
    " the second-biggest haul of opium in ",
])
def test_a_ranked_thing_before_the_name_is_something_else(gap):
    assert object_kind(gap) == OTHER
