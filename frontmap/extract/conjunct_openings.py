"""Conjunct openings: where a list or a pair reference decides whether a new clause starts.

"..., the former retaken by commandos and the latter overrun by insurgents": "the former" and
"the latter" each open a conjunct of their own, the subject of the verb after them, so neither
verb reaches the other's place. "took Worsaj, then Farkhar, and finally Kalafgan": "then" before a
bare name is the next item of one list of objects, no clause of its own ("then attacked Farkhar"
is one).
"""

from __future__ import annotations

import re

from frontmap.extract import pair_references

# what opens a conjunct whose subject is "the former" or "the latter"
_PAIR_OPENING = re.compile(r"(?:,\s*|\band\s+)$")
_SEQUENCED_NAME = re.compile(r"[ ,]then\s+(?-i:[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2})(?=\s*(?:[,;]|$|\s+and\b))")


def pair_subject_cuts(sentence: str) -> list[int]:
    """Return where each conjunct that "the former" or "the latter" opens after a comma or "and"
    starts in `sentence` (at the "and", so the day before carries through `coordinate_carry`)."""
    if "former" not in sentence and "latter" not in sentence:
        return []
    openings = (_PAIR_OPENING.search(sentence, max(0, m.start() - 6), m.start()) for m in pair_references.PAIR_REFERENCE.finditer(sentence))
    return [o.start() if o.group().startswith("and") else o.end() for o in openings if o is not None]


def sequenced_name(sentence: str, at: int) -> bool:
    """Return True when the "then" at `at` of `sentence` opens the next bare name of a list."""
    return _SEQUENCED_NAME.match(sentence, at) is not None
