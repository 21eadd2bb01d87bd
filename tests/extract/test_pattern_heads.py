"""Pattern heads: the first letters a pattern's match opens with, and the alternation cut per head."""

from __future__ import annotations

import re

from frontmap.extract import triggers
from frontmap.extract.pattern_heads import HeadTable, heads
from frontmap.extract.text import text_view


def test_heads_of_literals_classes_and_optional_openings():
    assert heads(r"re ?took|captur(?:e|ed)", 2) == {"re", "ca"}
    assert heads(r"(?<= s )fall\b", 2) == {"fa"}  # a look-behind only narrows
    assert heads(r"(?:jan\s+)?fall", 2) == {"ja", "fa"}
    assert heads(r"[bc]at", 2) == {"ba", "ca"}
    assert heads(r"o(?:n|f)?", 2) is None  # "o" alone may be the whole match


def test_heads_unknown_for_what_is_not_read():
    assert heads(r"\w+ed", 2) is None
    assert heads(r"[^a]b", 2) is None
    assert heads(r"(?i:fall)", 2) is None  # a change of case
    assert heads(r"(?i)fall", 2) is None


def test_each_head_finds_what_the_whole_alternation_finds():
    alternatives = [triggers._branch(row[0]) for row in triggers._TRIGGER_TABLE]
    table = HeadTable(alternatives, 2, " ")
    whole = re.compile(" (?:" + "|".join(f"(?P<g{i}>{a})" for i, a in enumerate(alternatives)) + ")")
    sentences = [
        "Insurgents overran the district centre late on Monday after a week of clashes with police.",
        "The town changed hands twice this week, and government troops said they had retaken it.",
        "Officials said the garrison fell back to the hills while militants hoisted their flag over the square.",
        "A Taliban-appointed governor for the district now runs the office, residents reported.",
        "Cities now under the group's control include two provincial capitals, a spokesman claimed.",
        "Forces pushed the militants out of the market and were still fighting near the bridge.",
    ]
    for sentence in sentences:
        padded = " " + text_view(sentence)
        for at in (i for i, c in enumerate(padded) if c == " "):
            row, found = table.match(padded, at)
            expected = whole.match(padded, at)
            assert (found and (found.span(), f"g{row}")) == (expected and (expected.span(), expected.lastgroup))
