"""Time phrases skipped before a passive's agent (frontmap.extract.passive_agent_times)."""

from __future__ import annotations

from frontmap.extract.passive_agent_times import past_time_phrase


def test_time_phrases_are_skipped():
    for phrase in (" a couple of days back", " two days ago", " late on friday", " last week", " earlier this week"):
        view = " was seized" + phrase + " by the front "
        start = len(" was seized")
        assert view[past_time_phrase(view, start):].startswith(" by the front")


def test_other_words_are_not():
    view = " was seized by the front "
    assert past_time_phrase(view, len(" was seized")) == len(" was seized")
    view = " was seized along with two villages by the front "
    assert past_time_phrase(view, len(" was seized")) == len(" was seized")
