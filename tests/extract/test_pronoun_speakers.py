"""Speakers carried by a pronoun: "He added that X fell" goes on in the voice of the sentence
before (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.pronoun_speakers import pronoun_speaks
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He also said the bazaar was quiet.", True),
    ("The road is open, she added.", True),
    ("The spokesman went on to say the base was empty.", True),
    ("According to him, the base was empty.", True),
    ("He fled to the capital on Friday.", False),
    ("The ministry spokesman said the base was empty.", False),
])
def test_a_speaker_named_by_a_pronoun(sentence, expected):
    assert pronoun_speaks(text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Taliban's spokesman named once, then "he": all claims
    ("A Taliban spokesman said on Saturday that Gizab had been overrun. He added that Khakrez was also theirs now.",
     {("Gizab", CL), ("Khakrez", CL)}),
    ("Mujahid wrote that Almar fell overnight. He said the fighters met no resistance. Ghormach fell too, he added.",
     {("Almar", CL), ("Ghormach", CL)}),
    # the official's "he" is the official's word
    ("The provincial governor said on Saturday that Gizab had been overrun. He added that Khakrez was also lost.",
     {("Gizab", T), ("Khakrez", T)}),
    # the building of an official is no source: still the spokesman's word
    (("Mujahid wrote that Almar fell overnight. He said the governor's office and police headquarters of Ghormach were "
      "under the control of the fighters."), {("Almar", CL), ("Ghormach", CL)}),
    ("Mujahid wrote that Almar fell overnight. He added that Ghormach had also been captured, along with three army posts.",
     {("Almar", CL), ("Ghormach", CL)}),
    # the spokesman's own "confirmed" is no official's confirmation: his "he" goes on claiming
    ("Taliban spokesman Zabihullah Mujahid confirmed the fall of Almar. He also said the fighters had overrun Ghormach.",
     {("Almar", CL), ("Ghormach", CL)}),
])
def test_a_pronoun_carries_the_voice_before(finder, text, expected):
    assert statuses(finder, text) == expected
