"""An attack on people gathered for an occasion ("during a flag day celebration in X", "on a funeral
ceremony in X") contests no place; an attack on the district centre during the night does
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two civilians were killed in a Taliban attack during a flag day celebration in Khost province on Saturday.", set()),
    ("A Taliban attack on a funeral ceremony in Khogyani district killed four people on Saturday.", set()),
    ("Insurgents attacked a wedding gathering in Gizab on Friday, police said.", set()),
    # near misses: the attack is on the town or its centre, whatever the hour
    ("Taliban fighters attacked the Khogyani district centre during the night but were repelled, police said.",
     {("Khogyani", C), ("Khogyani", G)}),
    ("Taliban fighters attacked Gizab on Friday, police said.", {("Gizab", C)}),
])
def test_attacks_on_gatherings(finder, text, expected):
    assert statuses(finder, text) == expected
