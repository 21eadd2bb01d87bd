"""A place named as one of a captured set, and a place sharing a predicate through "as is"."""

from frontmap.extract.as_ellipses import shared_start
from frontmap.extract.gaps import is_subject_gap
from frontmap.extract.one_of_sets import inverted_member


def _member(sentence: str, verb: str, name: str) -> bool:
    view = sentence.lower()
    at = view.index(verb)
    return inverted_member(view, at, sentence[at + len(verb) : sentence.index(name)])


def test_one_of_a_set_after_a_copula_shares_its_verb():
    assert _member("One of the capitals seized earlier in the day was Farah.", "seized", "Farah")
    assert _member("Among the districts overrun on Sunday were Khwaja Ghar and Yangi Qala.", "overrun", "Khwaja")


def test_a_set_not_captured_or_only_wanted_names_no_member():
    assert not _member("One of the few capitals not yet captured is Herat.", "captured", "Herat")
    assert not _member("The city captured on Monday was hit by an airstrike near Herat.", "captured", "Herat")


def test_an_apposition_ranking_the_place_among_a_set_keeps_it_the_subject():
    assert is_subject_gap(" - one of several provincial capitals ")
    assert is_subject_gap(", one of the capitals ")


def test_as_is_shares_the_predicate_before_it():
    assert shared_start("Kunduz is the scene of heavy fighting, as is ") is not None
    assert shared_start("Zaranj fell on Friday, as did the city of ") is not None
    assert shared_start("Fighting raged in Kunduz, as officials in ") is None
