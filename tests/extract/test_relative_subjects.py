"""Relative subjects: the men named before "who" do what the relative clause says, though the
main clause acts on them; and the men a verb of capture or killing acts on are not the subject "they"
goes back to (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.relative_subjects import relative_subject
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "actor", "verb", "expected"), [
    ("Commandos beat back fighters who overran the town.", "fighters", "overran", True),
    ("The army attacked the Taliban, who had taken the town.", "taliban", "taken", True),
    ("Police held the militants who had also recently seized the town.", "militants", "seized", True),
    ("Fighters said the army that they fought had seized the town.", "fighters", "seized", False),
])
def test_an_actor_opening_a_relative_clause(sentence, actor, verb, expected):
    view = text_view(sentence)
    end = view.index(actor) + len(actor)
    assert relative_subject(view, end, view.index(verb)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Commandos tried to beat back the Taliban fighters who overran Almar district.", {("Almar", T)}),
    ("Police arrested two militants who had seized Almar district.", {("Almar", T)}),
    ("The army shelled the insurgents, who had captured Almar district.", {("Almar", T)}),
    ("Taliban fighters ambushed the soldiers who retook Almar district.", {("Almar", G)}),
    ("Police detained three Taliban commanders who had seized Almar district.", {("Almar", T)}),
])
def test_the_relative_clause_names_who_won(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the men counted after a verb of capture or killing are its objects; "they" is its subject
    ("The militants captured some soldiers and said they had seized Almar district.", {("Almar", T)}),
    ("Insurgents killed and captured some members of the Afghan security forces, and said they had seized Almar district.",
     {("Almar", T)}),
    ("Commandos captured several Taliban fighters and said they had retaken Almar district.", {("Almar", G)}),
])
def test_the_men_a_side_captured_are_not_who_took_the_place(finder, text, expected):
    assert statuses(finder, text) == expected
