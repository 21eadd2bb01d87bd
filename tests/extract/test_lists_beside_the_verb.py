"""Tests for lists that stand apart from their verb: an outcome noun told of a side's forces over a
list of places, a list set off by dashes or brackets between a count and its verb, places added to
a subject by "as well as" or "together with", and what only a few places "remain in" (over the
real gazetteer)."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract import gaps


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The rout followed the surrender of government troops in Kajaki, Sangin and Musa Qala on Sunday.",
         {"Kajaki", "Sangin", "Musa Qala"}),
        ("After the collapse of Afghan forces at Daman and Panjwai overnight, residents fled to the city.",
         {"Daman", "Panjwai"}),
        ("Officials blamed surrenders of local police in Logar and Wardak provinces on unpaid salaries.",
         {"Logar", "Wardak"}),
        ("The loss of Gelan, Andar and Jaghatu on Monday shook the provincial capital.", {"Gelan", "Andar", "Jaghatu"}),
    ],
)
def test_an_outcome_noun_over_a_list_is_each_place_s_loss(finder, text, places):
    assert statuses(finder, text) >= {(p, "taliban") for p in places}


def test_soldiers_captured_in_a_place_are_no_capture_of_the_place(finder):
    assert ("Sangin", "taliban") not in statuses(finder, "The militants captured government soldiers in Sangin on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Three districts--Almar in Faryab, Kohistanat in Sar-e Pul, Darzab in Jowzjan--have once again fallen to the Taliban.",
        "Three districts \u2014 Almar in Faryab, Kohistanat in Sar-e Pul and Darzab in Jowzjan \u2014 fell to the Taliban on Monday.",
        "Three of them (Almar in Faryab, Kohistanat in Sar-e Pul, Darzab in Jowzjan) were swiftly overrun by the insurgents.",
    ],
)
def test_a_list_between_dashes_or_brackets_takes_the_verb_after_it(finder, text):
    found = statuses(finder, text)
    assert {("Almar", "taliban"), ("Kohistanat", "taliban"), ("Darzab", "taliban")} <= found
    assert not {place for place, _ in found} & {"Faryab", "Sar-e Pul", "Jowzjan"}  # they only locate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only two big cities aside from Kabul remain in government hands - Herat and Jalalabad.",
         {("Kabul", "government"), ("Herat", "government"), ("Jalalabad", "government")}),
        ("Only two big cities apart from Kabul were in control of the government\u2014Herat and Jalalabad in the east.",
         {("Kabul", "government"), ("Herat", "government"), ("Jalalabad", "government")}),
        ("Only two cities are still in control of the government: Herat and Jalalabad.",
         {("Herat", "government"), ("Jalalabad", "government")}),
        ("Jaghori remained in control of the government on Monday.", {("Jaghori", "government")}),
    ],
)
def test_what_remains_in_government_hands(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_sweep_that_leaves_a_place_out_still_leaves_it_to_the_other_side(finder):
    found = statuses(finder, "Every district apart from Jaghori has fallen to the Taliban.")
    assert ("Jaghori", "taliban") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Forty districts, as well as Spin Boldak, fell to the Taliban in July.",
        "Arghandab, along with Spin Boldak, has fallen to the Taliban.",
        "Qala-i-Zal, together with Spin Boldak, was overrun by the insurgents on Monday.",
    ],
)
def test_a_place_added_to_the_subject_shares_its_verb(finder, text):
    assert ("Spin Boldak", "taliban") in statuses(finder, text)


@pytest.mark.parametrize(
    ("gap", "subject"),
    [
        (", as well as Y, ", True),  # the gap runs up to the verb: "X, as well as Y, fell"
        (" have once again ", True),
        (" was swiftly ", True),
        ("--have ", True),
        (" partly ", False),  # a part, not the place
        (" said the army ", False),
    ],
)
def test_words_between_a_subject_and_its_verb(gap, subject):
    assert gaps.is_subject_gap(gap) is subject


@pytest.mark.parametrize(
    ("gap", "nominal", "kind"),
    [
        (" of government forces in ", False, gaps.WHOLE),  # "the surrenders of government forces in X"
        (" Afghan troops at ", True, gaps.WHOLE),  # "the collapse of Afghan troops at X"
        (" government soldiers in ", False, gaps.OTHER),  # "captured government soldiers in X"
    ],
)
def test_forces_between_an_outcome_noun_and_the_place(gap, nominal, kind):
    assert gaps.object_kind(gap, nominal) == kind
    assert gaps.forces_after(gap, 0, nominal) is (kind == gaps.WHOLE)


def test_provinces_that_hold_counted_districts_are_no_listed_places(finder):
    text = ("Nine districts were overrun by the Taliban on Monday \u2013 five districts in Badakhshan, two in Ghor, "
            "one in Logar and one in Zabul.")
    assert not {place for place, _ in statuses(finder, text)} & {"Badakhshan", "Ghor", "Logar", "Zabul"}


def test_a_long_run_of_located_names_stays_the_verb_s_object(finder):
    text = ("The insurgents captured the districts of Nahrin and Burka in Baghlan in the north, Shahjoy in Zabul in the "
            "south, Qarqin and Khamyab in Jowzjan in the north, Chora in Uruzgan and Chahar Dara in Kunduz province.")
    found = statuses(finder, text)
    assert {(p, "taliban") for p in ("Nahrin", "Shahjoy", "Qarqin", "Chora", "Chahar Dara")} <= found
    assert gaps.object_kind(" the districts of A and B in P in the north, C in Q in the south, D and E in R in the east, F in ") == gaps.WHOLE
    assert gaps.object_kind(" weapons, ammunition and vehicles that the retreating army had abandoned on the road to the city of ") == gaps.OTHER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurgents are attacking other capitals, such as Taloqan and Ghazni.", {("Taloqan", "contested"), ("Ghazni", "contested")}),
        ("Fighters overran several districts, such as Arghistan and Khan Abad.", {("Arghistan", "taliban"), ("Khanabad", "taliban")}),
        ("Officials fear that capitals such as Aybak and Taloqan could fall soon.", set()),
    ],
)
def test_a_list_opened_by_such_as_is_the_verbs_as_including_is(finder, text, expected):
    assert statuses(finder, text) == expected
