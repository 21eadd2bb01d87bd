"""Tests for frontmap.extract.claimed_sites: the Taliban's word that they took a site of a town
(its airport, prison, police headquarters) is their claim, whether the site comes before the place
or after it (invented sentences)."""

from __future__ import annotations

import pytest
from test_rules import C, CL, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.claimed_sites import names_a_site, owned_site_after
from frontmap.extract.text import text_view


def _site(sentence: str, place: str, verb: str) -> bool:
    """Return what names_a_site says of `place` and the control `verb` in `sentence`."""
    view = text_view(sentence)
    start, trigger = sentence.index(place), sentence.index(verb)
    return names_a_site(view, trigger, trigger + len(verb), start + len(place))


@pytest.mark.parametrize(("sentence", "place", "verb", "expected"), [
    ("The police headquarters in Maimana was captured.", "Maimana", "captured", True),
    ("The prison of Farah has been taken.", "Farah", "taken", True),
    ("The Taliban seized the airport of Kunduz.", "Kunduz", "seized", True),
    ("The Taliban seized Kunduz's airport.", "Kunduz", "seized", True),
    ("Parts of Maimana were captured.", "Maimana", "captured", False),
    ("Maimana was captured.", "Maimana", "captured", False),
])
def test_a_site_named_before_or_after_the_place(sentence, place, verb, expected):
    assert _site(sentence, place, verb) is expected


@pytest.mark.parametrize(("sentence", "place", "expected"), [
    ("They took Herat's police headquarters.", "Herat", True),
    ("They took Kunduz's airport.", "Kunduz", True),
    ("They took Herat's outskirts.", "Herat", False),
    ("They took Herat on Friday.", "Herat", False),
])
def test_a_site_the_place_owns(sentence, place, expected):
    end = sentence.index(place) + len(place)
    assert owned_site_after(sentence, end) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"The police headquarters in Maimana has been captured," a Taliban spokesman said.', {("Maimana", CL)}),
    ("The Taliban said their fighters had seized Kunduz's airport.", {("Kunduz", CL)}),
    # an official's word is fighting in the town; a claim to its outskirts is a fight there
    ("The police headquarters in Maimana was captured, a council member said.", {("Maimana", C)}),
    ("The Taliban said they had taken Herat's outskirts.", {("Herat", C)}),
])
def test_the_group_s_word_on_a_site_is_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected
