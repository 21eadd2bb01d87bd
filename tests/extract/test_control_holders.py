"""'Under the control of the Afghan government' (an adjective before the holder) holds for the
government as 'under the control of the government' does; 'no longer' under it is the Taliban's
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Guzara district is still under the control of the Afghan government, officials said.", {("Guzara", G)}),
    ("Chaghcharan remains under the control of the central government, the governor said.", {("Chaghcharan", G)}),
    ("Obe district is no longer under the control of the Afghan government, officials said.", {("Obe", T)}),
])
def test_an_adjective_before_the_holder_still_names_it(finder, text, expected):
    assert statuses(finder, text) == expected
