"""A place troops left from is no destination: "left their base in X" tells of X, "arrived in X" does not."""

from __future__ import annotations

import pytest

from frontmap.extract.references import place_role


def _role(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    return place_role(sentence, start, start + len(name))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Soldiers left their last base in Obe district on Sunday.", "Obe"),
    ("The police left their checkpoints in Ghormach overnight, a councillor said.", "Ghormach"),
    ("Troops withdrew their heavy weapons in Khakrez before dawn.", "Khakrez"),
])
def test_leaving_a_base_in_a_place_is_no_destination(sentence, name):
    assert _role(sentence, name) != "destination"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The convoy arrived in Kabul on Monday after the district fell.", "Kabul"),
    ("Officials relocated temporarily in Mazar-i-Sharif, the governor said.", "Mazar-i-Sharif"),
    ("Hundreds of soldiers withdrew to Taloqan on Tuesday.", "Taloqan"),
    ("The district governor left for Kabul before the attack.", "Kabul"),
])
def test_arriving_in_or_leaving_for_a_place_is_a_destination(sentence, name):
    assert _role(sentence, name) == "destination"
