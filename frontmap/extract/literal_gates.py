"""Literal gates: the words one of which every match of a pattern holds, tested once per sentence.

Most readers of a place run a pattern on a short window of its sentence ("plans to" before a verb,
"regularly" before it), and most sentences hold none of the words the pattern needs, so the search
fails after trying every position. `required_literals` reads a pattern's syntax and returns
strings one of which any match must contain (or None when it cannot tell); a `LiteralGate` tests
a sentence for them once, and a reader runs its pattern only on a sentence that passes: a match
in a window of the sentence is a match of text the sentence holds, so skipping the others finds
exactly what the search would.

Spaces at either end of a literal are dropped: readers pad a window with a space of their own
(" " + view[a:b]), which is no character of the sentence.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_KEPT = 256  # sentences whose answer is kept (a sentence is asked about for each of its places)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return non-empty strings one of which every match of `pattern` holds (lower case for a
    pattern ignoring case), or None when its syntax does not say."""
    parsed = parser.parse(pattern.pattern, pattern.flags)
    found = _sequence(list(parsed))
    if found is None:
        return None
    if not pattern.flags & re.IGNORECASE:
        return found
    # ignoring case, a letter outside ASCII may match one inside it ("\u017f" an "s"): no gate then
    return frozenset(literal.lower() for literal in found) if all(literal.isascii() for literal in found) else None


class LiteralGate:
    """The test a sentence passes when a pattern may match in it (`required_literals`)."""

    def __init__(self, pattern: re.Pattern[str]):
        self._literals = required_literals(pattern)
        self._ignoring_case = bool(pattern.flags & re.IGNORECASE)
        self._answers: dict[str, bool] = {}

    def admits(self, text: str) -> bool:
        """Return False when `text` holds none of the pattern's literals (no window of it can hold
        a match); True otherwise, and always when the pattern's literals are unknown."""
        answer = self._answers.get(text)
        if answer is None:
            if len(self._answers) >= _KEPT:
                self._answers.clear()
            answer = self._answers[text] = self._holds_one(text)
        return answer

    def _holds_one(self, text: str) -> bool:
        """Return True when `text` may hold a literal (letters outside ASCII: the case folding of
        a pattern ignoring case is not `str.lower`'s, so they always may)."""
        if self._literals is None:
            return True
        if self._ignoring_case:
            if not text.isascii():
                return True
            text = text.lower()
        for literal in self._literals:  # a loop, not any(): asked once per sentence and pattern
            if literal in text:
                return True
        return False


def _sequence(items: list) -> frozenset[str] | None:
    """Return the best literal set of items matched one after another (None: none known): a run of
    plain characters, or the set of a group, an alternation or a repeat that must match once."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run and (literal := "".join(run).strip(" ")):
            candidates.append(frozenset({literal}))
        run = []
        if op is not None and (inner := _item(op, av)) is not None:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))


def _item(op: object, av: object) -> frozenset[str] | None:
    """Return the literal set of one parsed item that must match (None: none known)."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av  # type: ignore[misc]
        return None if add_flags else _sequence(list(items))
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            literals = _sequence(list(alternative))
            if literals is None:
                return None
            found |= literals
        return frozenset(found)
    if op in _REPEATS:
        low, _high, items = av  # type: ignore[misc]
        return _sequence(list(items)) if low >= 1 else None
    return None


class GatedPattern(LiteralGate):
    """A pattern run only on text of a sentence that passes its `LiteralGate` (the kept answer
    is read here first: a call less for each place, where the gate saves a search or two)."""

    def __init__(self, pattern: re.Pattern[str]):
        super().__init__(pattern)
        self.pattern = pattern

    def search(self, sentence: str, text: str, *bounds: int) -> re.Match[str] | None:
        """Return `pattern.search(text, *bounds)`, `text` being `sentence` or a window of it
        (padded with spaces or not); None at once when `sentence` holds none of its literals."""
        admitted = self._answers.get(sentence)
        if admitted is None:
            admitted = self.admits(sentence)
        return self.pattern.search(text, *bounds) if admitted else None

    def match(self, sentence: str, text: str, *bounds: int) -> re.Match[str] | None:
        """Return `pattern.match(text, *bounds)` (see `search`)."""
        admitted = self._answers.get(sentence)
        if admitted is None:
            admitted = self.admits(sentence)
        return self.pattern.match(text, *bounds) if admitted else None
