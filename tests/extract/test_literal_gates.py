"""Literal gates: the words every match of a pattern holds, and the sentence test built on them."""

from __future__ import annotations

import re

from frontmap.extract import cues, origins
from frontmap.extract.literal_gates import GatedPattern, LiteralGate, required_literals


def test_literals_of_runs_alternations_and_repeats():
    assert required_literals(re.compile(r" (?:regularly|often) +(?:been +)?$")) == {"regularly", "often"}
    assert required_literals(re.compile(r"\w+ +(?:seized|took) +the +city")) == {"city"}  # the longest run wins
    assert required_literals(re.compile(r"(?:march)+ on")) == {"march"}
    assert required_literals(re.compile(r"(?i)Fall of")) == {"fall of"}


def test_no_literals_when_a_match_may_lack_them():
    assert required_literals(re.compile(r"(?:plans? +)?\w+")) is None  # optional: no word is required
    assert required_literals(re.compile(r"a|\d+")) is None  # one alternative holds no literal
    assert required_literals(re.compile(r" +")) is None  # spaces alone: a padded window's own
    assert required_literals(re.compile("\u017fate", re.IGNORECASE)) is None  # folds to an ASCII "s"


def test_gate_follows_the_search_on_windows_of_a_sentence():
    pattern = re.compile(r" (?:regularly|often) +$")
    gated = GatedPattern(pattern)
    sentences = [
        "the two sides regularly clashed near the city",
        "the town was irregularly supplied before it fell",  # a window may cut "irregularly" to "regularly"
        "the district fell on sunday after a short fight",
    ]
    for sentence in sentences:
        for a in range(len(sentence)):
            for b in range(a, len(sentence) + 1, 7):
                window = " " + sentence[a:b]
                assert bool(gated.search(sentence, window)) == bool(pattern.search(window))


def test_gate_ignoring_case_reads_letters_outside_ascii_as_the_pattern_does():
    gate = LiteralGate(re.compile(r"districts", re.IGNORECASE))
    assert gate.admits("Three DISTRICTS fell")
    assert gate.admits("three di\u017ftricts fell")  # the long s is an "s" to the pattern
    assert not gate.admits("three towns fell")


def test_readers_keep_their_readings():
    view = "the taliban could soon capture the city"
    assert cues.intended(view, 0, view.index("capture"), view.index("capture") + 7)
    view = "the taliban captured the city on sunday"
    assert not cues.intended(view, 0, view.index("captured"), view.index("captured") + 8)
    sentence = "Insurgents attacked Charikar from Gulbahar (Parwan Province) on Monday."
    assert origins.is_origin(sentence.lower().replace("(", " ").replace(")", " "), sentence.index("Parwan"), sentence)
