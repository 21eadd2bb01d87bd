"""Counted ranks: the words that make a place one of the units a verb counts ("X was one of three
districts that fell", "X is among the capitals taken", "X - one of several cities taken -", "X was
among the latest cities to be captured", "X, among the latest to fall").

A place so counted is the verb's subject. A passive infinitive ("to be captured", "to have been
taken") counts it as an active one does ("to fall"); after a rank word ("the latest", "the first")
the noun may be left out ("among the latest to be captured"): the rank still counts the place.
"""

from __future__ import annotations

import re

__all__ = ["is_one_of_counted"]

_RANK = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|newest|\d+(?:st|nd|rd|th))"
_UNITS = r"(?:districts|cities|capitals|towns|provinces|areas|places|(?:district\s+|provincial\s+)?cent(?:er|re)s)"
_TO = r"\s+to(?:\s+(?:be|have\s+been))?"  # "to (fall)", "to be (captured)", "to have been (taken)"
_ONE_OF_COUNTED = re.compile(
    r"^(?:\s*,?\s*(?:and\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*)*"  # the rest of a list: "X, Y and Z are among"; "X is the third of four capitals"
    r"(?:\s*,?\s*(?:was|is|were|are|became|becomes)\s+|\s*(?:,|\s[-–—])\s*)(?:(?:now|still|also)\s+)?(?:the\s+only\s+)?"
    r"(?:(?:(?:one|(?:the\s+)?" + _RANK + r")\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _UNITS
    + r"(?:\s+(?:still|now|already))?(?:\s+(?:of|in)\s+[A-Z][\w'’-]*(?:\s+province)?)?(?:\s+(?:still|now|already))?(?:\s+not|" + _TO + r")?"
    # the noun left out after a rank: "among the latest to be captured", "one of the first to fall"
    r"|(?:one\s+of|among)\s+the\s+(?:very\s+)?(?:latest|last|first|newest|most\s+recent)" + _TO + r")\s*$",
    re.IGNORECASE,
)
# an aside on the place before the rank: "X, the capital of Y province, was among", "X, in Y, was among"
_LEADING_ASIDE = re.compile(r"^\s*,[^,;:()\"“”]{1,70}(?=,)")


def is_one_of_counted(gap: str) -> bool:
    """Return True when `gap`, between a place and a control verb, makes the place one of the units
    the verb counts ("was among the latest cities to be", ", one of three districts"), after an
    aside on the place too (", the capital of Y province, was among the latest to")."""
    return _ONE_OF_COUNTED.match(gap) is not None or _ONE_OF_COUNTED.match(_LEADING_ASIDE.sub("", gap, count=1)) is not None
