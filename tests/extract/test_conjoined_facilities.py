"""A place listed with facilities as the subject of a plural taking verb is taken itself; a name
that only fronts the clause is not. Sentences of our own, in the style of May 2021 reports."""

from __future__ import annotations

from frontmap.extract.facility_subjects import conjoined_with_facilities


def test_a_place_listed_with_its_facilities_is_one_of_the_subjects():
    assert conjoined_with_facilities(", its police compound and a big army base there were all ", "The district centre of ")
    assert conjoined_with_facilities(" and the intelligence department have all been ", "")
    assert conjoined_with_facilities(" in Wardak province, the police headquarters and the bazaar were ", "")


def test_a_fronting_name_a_singular_verb_or_other_things_are_not():
    assert not conjoined_with_facilities(", the police headquarters and the bazaar were ", "In ")
    assert not conjoined_with_facilities(", the police headquarters was ", "")  # no list, one subject
    assert not conjoined_with_facilities(", the governor and his deputy were ", "")  # people, not facilities
