""""The city" inside a quote whose speaker is placed after it means the speaker's own city
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ('Fighters took Sheberghan. "Clashes go on at the edge of the city," a Kunduz councillor said.', {("Sheberghan", T), ("Kunduz", C)}),
    ("Fighters took Sheberghan. “Clashes go on inside the city,” said a police officer in Kunduz.", {("Sheberghan", T), ("Kunduz", C)}),
    ('Fighters took Sheberghan. "The city fell without a shot," a resident said.', {("Sheberghan", T)}),
    ('Clashes went on in Kunduz. "Fighters are inside the city," he said.', {("Kunduz", C)}),
])
def test_the_city_of_the_quoted_speaker(finder, text, expected):
    assert statuses(finder, text) == expected
