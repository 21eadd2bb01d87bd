"""A day written with a hyphen before its month ("17-June", "19-Jun", a UN form) is a date; a
number joined to a word that only starts like a month ("17-Marines", "3-Mayors") is not."""

from __future__ import annotations

import pytest

from frontmap.extract.date_expressions import find_date_expressions


@pytest.mark.parametrize(("text", "found"), [("fighting that began on 17-June", "17-June"), ("On 19-Jun, the centre fell", "19-Jun")])
def test_a_hyphened_day_is_a_date(text, found):
    assert [e.text for e in find_date_expressions(text)] == [found]


@pytest.mark.parametrize("text", ["17-Marines arrived", "a 3-Mayors meeting", "a 2-Decker bus"])
def test_a_word_that_only_starts_like_a_month_is_none(text):
    assert find_date_expressions(text) == []
