"""Tests for frontmap.extract.relative_lists: the fighting of a "where" clause is at the place named
right before it, not at an earlier place joined to it by a preposition."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.relative_lists import belongs_to_later_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Families reached Kabul from Ghazni, where clashes went on.", {("Ghazni", C)}),
    ("The convoy reached Mazar-i-Sharif from Sheberghan, where fighting raged on Friday.", {("Sheberghan", C)}),
    ("Families fled Kunduz and Takhar provinces, where fighting raged.", {("Kunduz", C), ("Takhar", C)}),
    ("Commandos joined the defence of Kandahar city on Monday, where fighting reached the suburbs.", {("Kandahar", C)}),
])
def test_a_where_clause_belongs_to_the_place_before_it(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_closed_where_clause_or_no_other_name_leaves_the_place_its_verb():
    sentence = "Kabul, where the talks were held, came under attack"
    assert not belongs_to_later_place(sentence, len("Kabul"), sentence.index("attack"))
    sentence = "Kabul from Ghazni, where clashes"
    assert belongs_to_later_place(sentence, len("Kabul"), sentence.index("clashes"))



@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("Control was limited to Kabul, and Jalalabad also fell", "fell", True),
    ("Kabul, while the northern city of Mazar too had fallen", "fallen", True),
    ("Kabul and Jalalabad also fell", "fell", False),
    ("Kabul, Gardez and Jalalabad fell", "fell", False),
])
def test_a_name_with_also_is_its_verbs_own_subject(sentence, verb, expected):
    end = sentence.index("Kabul") + len("Kabul")
    assert belongs_to_later_place(sentence, end, sentence.index(verb)) is expected
