"""Entries under a factbox's section heading take the state the heading tells of them."""

from __future__ import annotations

import pytest

from frontmap.extract.section_heads import entry_verdict, in_entry_head
from frontmap.extract.triggers import Trigger

_ENTRY = "Aug. 12 - Ghazni: on the highway south of Kabul."


def _verdict(heading: str, entry: str = _ENTRY, triggers=()):
    text = f"Headline\n\n{heading}\n\nAug. 11 - Faizabad: capital of Badakhshan.\n\n{entry}\n"
    return entry_verdict(text, text.index(entry), entry, list(triggers))


@pytest.mark.parametrize("heading, status", [
    ("Provincial capitals captured by the Taliban", "taliban"),
    ("CAPITALS THAT HAVE FALLEN TO THE TALIBAN:", "taliban"),
    ("Cities now under Taliban control", "taliban"),
    ("Provincial capitals contested as of August 12", "contested"),
    ("Cities under siege", "contested"),
    ("Capitals still held by the government", "government"),
])
def test_a_heading_that_tells_a_state_gives_it_to_its_entries(heading, status):
    verdict = _verdict(heading)
    assert verdict is not None and verdict.status == status


@pytest.mark.parametrize("heading", [
    "Background",
    "Capitals the Taliban say they will target next",
    "Capitals that have fallen to, or are contested by, the insurgents",
])
def test_a_heading_without_one_state_gives_nothing(heading):
    assert _verdict(heading) is None


def test_an_entry_with_a_verb_of_its_own_is_read_as_it_is():
    own = [Trigger(20, 26, "seized", "taliban", 1.0, False)]
    assert _verdict("Provincial capitals contested as of August 12", triggers=own) is None


def test_a_sentence_that_opens_no_entry_gets_nothing():
    assert _verdict("Cities under siege", entry="Ghazni lies on the highway south of Kabul.") is None


def test_only_the_place_before_the_colon_is_the_entry_place():
    entry = "Lashkar Gah: capital of Helmand in the south."
    assert in_entry_head(entry, 0)
    assert not in_entry_head(entry, entry.index("Helmand"))


def test_the_headline_is_no_section_heading():
    text = "Cities under siege\n\nKABUL, Aug 12 - Officials spoke on Thursday.\n\nGhazni: residents queued at the banks.\n"
    entry = "Ghazni: residents queued at the banks."
    assert entry_verdict(text, text.index(entry), entry, []) is None


def test_a_name_alone_in_capitals_is_an_entry_unless_its_line_tells_a_verb():
    heading = "PROVINCIAL CAPITALS CAPTURED BY THE TALIBAN:"
    bare = "- Aug. 13 - QALAT."
    text = f"Headline\n\n{heading}\n\n{bare} Capital of Zabul.\n\n- Aug. 12 - GHAZNI. The insurgents take over the city.\n"
    verdict = entry_verdict(text, text.index(bare), bare, [])
    assert verdict is not None and verdict.status == "taliban"
    told = "- Aug. 12 - GHAZNI."
    assert entry_verdict(text, text.index(told), told, []) is None
