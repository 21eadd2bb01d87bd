"""Lists a fall names before them, and provinces listed as those whose capitals fell."""

from frontmap.extract.capital_phrases import names_capitals_listed
from frontmap.extract.fallen_lists import listed_after_fall


def _fall_list(sentence: str, verb: str, name: str) -> bool:
    at = sentence.index(verb)
    return listed_after_fall(sentence, at, at + len(verb), sentence.index(name))


def test_a_list_after_capitals_that_fell_is_of_them():
    assert _fall_list("Capitals that have fallen so far - Zaranj, Sheberghan and Kunduz - lie in the north.", "fallen", "Kunduz")
    assert _fall_list("The towns that fell this week include Farah and Ghazni.", "fell", "Ghazni")


def test_a_list_of_provinces_whose_districts_fell_is_not():
    assert not _fall_list("Provinces whose districts have fallen - Logar and Wardak - sent families.", "fallen", "Wardak")
    assert not _fall_list("The district has fallen - a police officer in Kunduz said.", "fallen", "Kunduz")


def test_provinces_whose_capitals_stand_for_their_capitals():
    text = "Provinces whose capitals have fallen - Nimroz, Jowzjan and Samangan - are emptying."
    assert names_capitals_listed(text, text.index("Samangan"), text.index("Samangan") + 8)
    after = "the provinces of Farah and Badghis, whose capitals fell on Tuesday"
    assert names_capitals_listed(after, after.index("Farah"), after.index("Farah") + 5)
    other = "Provinces whose districts have fallen - Logar and Wardak - sent families."
    assert not names_capitals_listed(other, other.index("Wardak"), other.index("Wardak") + 6)
    named = "Nimroz province, whose capital Zaranj fell on Friday"
    assert not names_capitals_listed(named, 0, 6)
