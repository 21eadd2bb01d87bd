"""A round-up's long list keeps its verb to the last name: items parted by semicolons, each told
with its province ("X, capital of the southern province of Y; Z, ..."), an item described before
its name ("the northern provincial capital of X"), and "in the province of the same name"
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.list_reach import _LIST

_SEMICOLONS = (
    "Mujahid said fighters had taken Farah, capital of the western province of Farah; Aybak, capital of northern Samangan province;"
    " Taloqan, capital of northeastern Takhar province; Kunduz, capital of the north-eastern province of Kunduz;"
    " Faizabad, capital of northeastern Badakhshan province; and Sheberghan, capital of the north-western province of Jowzjan."
)
_DESCRIBED = (
    "The insurgents had taken Zaranj in the western province of Nimroz, Sar-e-Pul, in the province of the same name,"
    " and Aybak, in northern Samangan province, the northern provincial capital of Kunduz and Farah, capital of the western province of Farah."
)


def test_one_list_across_semicolons():
    match = _LIST.search(_SEMICOLONS)
    assert match is not None and match.group().endswith("Sheberghan")


@pytest.mark.parametrize(("text", "expected"), [
    (_SEMICOLONS, {(p, CL) for p in ("Farah", "Aybak", "Taloqan", "Kunduz", "Faizabad", "Sheberghan")}),
    (_DESCRIBED, {(p, T) for p in ("Zaranj", "Sar-e Pul", "Aybak", "Kunduz", "Farah")}),
])
def test_the_verb_reaches_the_last_name(finder, text, expected):
    assert statuses(finder, text) == expected
