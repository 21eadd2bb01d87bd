"""Negative subjects: "no district has fallen" denies the fall (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.negative_subjects import negative_subject
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No district, including Almar, has fallen", True),
    ("None of the districts of Faryab have yet fallen", True),
    ("Not a single town, not even Almar, was captured", True),
    ("The district has fallen", False),
    ("No Taliban fighters reached the town, but the district has fallen", False),
    ("Aid agencies have no access to areas captured", False),  # the "no" counts the access
    ("There is no power in parts of the town captured", False),
])
def test_a_negative_subject_before_the_verb(sentence, expected):
    view = text_view(sentence)
    position = max(view.rfind(" fallen"), view.rfind(" captured")) + 1
    assert negative_subject(view, 0, position) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No district, including Almar, has fallen, the governor said.", {("Almar", G)}),
    ("None of the districts of Faryab, including Almar, is under Taliban control, officials said.", {("Almar", G)}),
    ("The Taliban captured Almar district, where no soldiers were left.", {("Almar", T)}),
])
def test_no_district_fell(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid agencies have no access to villages under Taliban control in Badghis province.", {("Badghis", C)}),
    ("There is no electricity in parts of Kunduz city held by the Taliban, residents said.", {("Kunduz", C)}),
])
def test_no_before_another_noun_denies_nothing(finder, text, expected):
    assert statuses(finder, text) == expected
