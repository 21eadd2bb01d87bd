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


def test_space_class_and_a_closing_look_ahead_are_read():
    import sys

    from frontmap.extract.pattern_heads import _SPACES

    assert set(_SPACES) == set(re.findall(r"\s", "".join(map(chr, range(sys.maxunicode + 1)))))
    assert heads(r"was\s+with", 4) == {"was" + space for space in _SPACES}
    assert heads(r"(?<=to )go\b(?=\s+(?:was|were)\b)", 3) == {"go" + space for space in _SPACES}
    assert heads(r"(?:go(?=\s))\s", 3) == {"go" + space for space in _SPACES}  # not closing: it only narrows
    assert heads(r"in(?=\s|$)", 3) is None  # the text after may end there


def test_each_head_of_three_letters_finds_what_the_whole_alternation_finds():
    alternatives = [triggers._branch(row[0]) for row in triggers._TRIGGER_TABLE]
    table = HeadTable(alternatives, 3, " ")
    whole = re.compile(" (?:" + "|".join(f"(?P<g{i}>{a})" for i, a in enumerate(alternatives)) + ")")
    sentences = [
        "The plan to go was dropped, and the town came back into government hands by the evening.",
        "Fighters were now inside the governor's compound while others roamed through the main streets of the city.",
        "Residents said the district is now with the insurgents, whose flags flew over the police station.",
        "Insurgents are at the gates of the capital, and troops were at the doorstep of the airport.",
        "Militants stood outside the main gates of the governor's residence as the garrison went into hiding.",
    ]
    for sentence in sentences:
        padded = " " + text_view(sentence)
        for at in (i for i, c in enumerate(padded) if c == " "):
            row, found = table.match(padded, at)
            expected = whole.match(padded, at)
            assert (found and (found.span(), f"g{row}")) == (expected and (expected.span(), expected.lastgroup))
