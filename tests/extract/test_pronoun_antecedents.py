"""Pronoun subjects read as the side they stand for (frontmap.extract.pronoun_antecedents)."""

from __future__ import annotations

from frontmap.extract.pronoun_antecedents import pronoun_side
from frontmap.extract.roles import Actors
from frontmap.extract.text import text_view
from frontmap.status import GOVERNMENT, TALIBAN


def _side(sentence: str, verb: str) -> str | None:
    view = text_view(sentence)
    return pronoun_side(view, Actors(view)._found, view.index(verb))


def test_a_speakers_they_is_the_speakers_side():
    assert _side("Taliban spokesperson Zabihullah Mujahid said that they have retaken Nahrin.", "retaken") == TALIBAN
    assert _side("An army spokesman said they had recaptured Nahrin on Monday.", "recaptured") == GOVERNMENT


def test_a_speaker_joined_to_another_clause_leaves_the_pronoun_to_the_subject():
    assert _side("Insurgents killed several soldiers and said they had seized Nahrin.", "seized") is None


def test_it_is_the_last_singular_actor_even_after_against():
    sentence = "Militiamen took Nahrin, the first uprising against the group since it seized Kabul."
    assert _side(sentence, "seized") == TALIBAN
    assert _side("Forces held Nahrin, the district the army lost before it retook Khinjan.", "retook") == GOVERNMENT
    assert _side("The resistance claimed it controlled four districts.", "controlled") is None  # the subject decides


def test_no_pronoun_no_answer():
    assert _side("Taliban fighters seized Nahrin on Monday.", "seized") is None
