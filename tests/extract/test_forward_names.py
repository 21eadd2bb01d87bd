"""Tests for a capture of an unnamed border crossing whose name the next sentence gives (over the
real gazetteer)."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract import forward_names


def test_only_sentences_with_an_unnamed_crossing_are_candidates():
    text = "Fighters took a border town on Monday. They held the Torkham crossing. Nothing else happened."
    sentences = [(0, 38), (39, 71), (72, len(text))]
    assert forward_names.forward_sentences(text, sentences) == {0}
    assert forward_names.forward_sentences("Fighters took the town.", [(0, 23)]) == set()


@pytest.mark.parametrize("text, expected", [
    (("The Taliban said they had captured a strategic border crossing with Turkmenistan. "
      "Pictures showed the group's flag above the Torghundi crossing."), ("Torghundi", "claimed")),
    (("Militants overran a busy border town on the Tajik frontier. "
      "Traders said Taliban fighters now ran the border town of Sher Khan Bandar."), ("Shir Khan Bandar", "taliban")),
])
def test_the_next_sentence_names_the_crossing_taken(finder, text, expected):
    found = statuses(finder, text)
    assert any(place.startswith(expected[0][:4]) and status == expected[1] for place, status in found), found


@pytest.mark.parametrize("text", [
    "Militants seized a remote border town on Friday. The Torkham crossing stayed open to traffic.",
    "Militants seized a remote border town on Friday. Taliban fighters also attacked Jalalabad and Torkham.",
])
def test_a_crossing_named_otherwise_is_not_the_one_taken(finder, text):
    assert ("Torkham", "taliban") not in statuses(finder, text)
