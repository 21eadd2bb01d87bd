"""A comma between the group and a speaker word parts a passive's agent from the speaker."""

import pytest

from frontmap.extract.cues import SentenceCues
from frontmap.extract.text import text_view


def _claimed(sentence: str) -> bool:
    return SentenceCues(text_view(sentence), sentence).claimed(0, len(sentence) + 1)


@pytest.mark.parametrize("sentence", [
    "Khakrez district was overrun by the Taliban, sources said on Friday.",
    "Ghormach was seized by the insurgents, army spokesman Hanif Rezai said.",
    "Washer district was captured by the insurgents, said Attaullah Afghan, head of the council.",
])
def test_the_speaker_after_the_comma_is_not_the_group(sentence):
    assert not _claimed(sentence)


@pytest.mark.parametrize("sentence", [
    "Taliban sources said that Arghandab district had been taken.",
    "Almar fell on Thursday, the insurgents' spokesman said.",
    "Kang district fell on Thursday to the Taliban, their spokesman said.",
    "Washer district fell on Sunday, said the Taliban in a statement.",
])
def test_the_groups_own_speakers_stay_claims(sentence):
    assert _claimed(sentence)
