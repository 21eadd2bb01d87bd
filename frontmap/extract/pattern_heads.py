"""Pattern heads: the first characters a regular expression's match can open with, so that a large
alternation is tried only with the alternatives that can match where it stands.

A table of alternatives (`frontmap.extract.triggers`) tried at many positions spends most of its
time entering alternatives that fail at their first letters. `heads` reads a pattern's syntax and
returns every string of the first `length` characters one of its matches can open with (or None
when it cannot tell: a class such as \\w, a back-reference, a change of case); `HeadTable` then
tries at a position only the alternatives that can open with its head, in their order, so it
finds there exactly what the whole alternation finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_MAX_HEADS = 5000  # more heads than this tell too little to be worth listing
# what \s matches in a pattern of text: the characters str.isspace() calls space (tests check the
# whole of Unicode), so "was\s+with" opens with "was" and one of them, not with anything at all
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def heads(pattern: str, length: int) -> frozenset[str] | None:
    """Return the strings of `length` characters the text at a match of `pattern` (compiled without
    flags) can open with (a look-ahead ending the pattern reads on past the match: "go(?=\\s+was)"
    opens with "go "), or None when that text may be shorter or the pattern holds what is not read here."""
    parsed = parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:  # "(?i)" for the whole pattern
        return None
    found = _sequence(list(parsed), length, at_end=True)
    if found is None or any(len(head) < length for head in found):
        return None
    return frozenset(found)


class HeadTable:
    """Alternatives tried in order at a position, only those that can open with the `length`
    characters after `opening` there (`heads`): the first that matches is the one the whole
    alternation `opening(?:a0|a1|...)` would take there."""

    def __init__(self, alternatives: Sequence[str], length: int, opening: str = ""):
        self._patterns = [re.compile(opening + "(?:" + alternative + ")") for alternative in alternatives]
        self._skip, self._length = len(opening), length
        known = [heads(alternative, length) for alternative in alternatives]
        self._unknown = tuple(i for i, h in enumerate(known) if h is None)  # tried at every position
        every = set().union(*(h for h in known if h is not None))
        self._by_head = {head: tuple(i for i, h in enumerate(known) if h is None or head in h) for head in every}

    def match(self, text: str, at: int) -> tuple[int, re.Match[str] | None]:
        """Return (index, match) of the first alternative matching `text` at `at`, or (-1, None)."""
        head = text[at + self._skip : at + self._skip + self._length]
        for i in self._by_head.get(head, self._unknown):
            found = self._patterns[i].match(text, at)
            if found is not None:
                return i, found
        return -1, None


def _sequence(items: list, length: int, at_end: bool = False) -> set[str] | None:
    """Return the heads of `items` matched one after another (None: unknown); `at_end`: nothing of
    the pattern follows them."""
    found = {""}
    for place, (op, av) in enumerate(items, 1):
        shortest = min(len(head) for head in found)
        if shortest >= length:
            break
        item = _item(op, av, length - shortest, at_end and place == len(items))  # no head needs more of it ("\\s+" not listed three deep)
        if item is None:
            return None
        found = _joined(found, item, length)
        if len(found) > _MAX_HEADS:
            return None
    return found


def _joined(first: set[str], then: set[str], length: int) -> set[str]:
    """Return the heads of a match of `first` followed by one of `then`, cut to `length`."""
    return {head if len(head) >= length else (head + more)[:length] for head in first for more in then}


def _item(op: object, av: object, length: int, at_end: bool = False) -> set[str] | None:
    """Return the heads of one parsed item (None: unknown); `at_end`: nothing of the pattern follows it."""
    if op is sre.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is sre.IN:
        return _characters(av)  # type: ignore[arg-type]
    if op is sre.ASSERT and at_end and av[0] == 1:  # type: ignore[index]
        return _sequence(list(av[1]), length) or {""}  # type: ignore[index]  # the text after the match opens with it
    if op in _ZERO_WIDTH:
        return {""}  # a look-around or a boundary only narrows the match
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av  # type: ignore[misc]
        return None if add_flags else _sequence(list(items), length, at_end)
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            heads_of = _sequence(list(alternative), length, at_end)
            if heads_of is None:
                return None
            found |= heads_of
        return found
    if op in _REPEATS:
        return _repeated(*av, length)  # type: ignore[misc]
    return None


def _repeated(low: int, high: int, items: object, length: int) -> set[str] | None:
    """Return the heads of `items` repeated `low` to `high` times (None: unknown)."""
    once = _sequence(list(items), length)  # type: ignore[call-overload]
    if once is None or low > length:
        return None
    found, run = ({""} if low == 0 else set()), {""}
    for times in range(1, min(high, length) + 1):  # past `length` repeats every head is complete
        run = _joined(run, once, length)
        if times >= low:
            found |= run
    return found


def _characters(members: list) -> set[str] | None:
    """Return the characters a class [...] matches (None: a negated class or a category other than \\s)."""
    found: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            found.add(chr(av))
        elif op is sre.RANGE:
            found.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            found.update(_SPACES)
        else:
            return None
    return found
