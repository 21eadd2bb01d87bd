"""Later names of a list of destinations: "fled to nearby villages and to X", "headed for Y, Z and
X". A name coordinated after a destination shares its verb of going, so it is where people went,
no place of fighting, unless the name opens a clause of its own ("fled to Kabul, and X fell"):
the name must end the list (a full stop, a comma, "and", or a preposition after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontmap.extract.text import text_view

_IGNORE_CASE = re.IGNORECASE
# the separator right before a later conjunct, with the preposition and article it may repeat
_SEPARATOR_END = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:(?:to|for|towards?|into)\s+)?(?:the\s+)?$", _IGNORE_CASE
)
_WORD = re.compile(r"[\w'’-]+")
# the name ends the list: no verb of its own after it ("and X fell" is X's own clause)
_ENDS_LIST_AFTER = re.compile(
    r"(?:\s+(?:districts?|provinces?|cit(?:y|ies)|towns?|villages?|areas?))?\s*"
    r"(?:$|[.,;:)\u2013\u2014-]|\s+(?:in|on|at|where|after|before|as|while|when|since|over|during|amid|with|until|to|from|and|or|by|for|respectively"
    r"|last|this|earlier|yesterday|overnight|today|because|due|following|ahead)\b)",
    _IGNORE_CASE,
)
# a word that opens no conjunct: a preposition or a joint before the conjunct's own words
_NOT_CONJUNCT = re.compile(r"(?:from|to|for|into|towards?|in|at|of|by|with|on|and|or|but)$", _IGNORE_CASE)
_CONJUNCTS = 4  # conjuncts back to the first
_CONJUNCT_WORDS = 3  # words one conjunct may run to ("the nearby villages")


def listed_prefixes(sentence: str, lo: int, start: int, end: int) -> Iterator[str]:
    """Yield, for the place at sentence[start:end] named after a separator, the view of
    sentence[lo:start] cut before each earlier conjunct (with a leading space): the words a verb of
    going stands in when the list's first name is its destination. Yield nothing when the place
    is not a later name of a list or has a verb of its own after it."""
    cut = start
    if _SEPARATOR_END.search(sentence, lo, cut) is None or _ENDS_LIST_AFTER.match(sentence, end) is None:
        return
    for _ in range(_CONJUNCTS):
        separator = _SEPARATOR_END.search(sentence, lo, cut)
        if separator is None:
            return
        words = [word for word in _WORD.finditer(sentence, lo, separator.start())][-_CONJUNCT_WORDS:]
        stops = [i for i, word in enumerate(words) if _NOT_CONJUNCT.match(word.group())]  # "fled to Kabul from X and <Y>": X alone
        words = [word.start() for word in words[stops[-1] + 1 if stops else 0 :]]
        if not words:
            return
        cut = words[-1]
        for word_start in reversed(words):
            yield " " + text_view(sentence[lo:word_start])
            if _SEPARATOR_END.search(sentence, lo, word_start) is not None:
                cut = word_start
                break
