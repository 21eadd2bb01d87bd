"""Headline passives: a bare past participle after a place, with no "was" before it.

Headlines drop the auxiliary: "Mazar-e-Sharif, Asadabad, Gardez captured", "Officials say Nerkh
seized". An active "captured" or "seized" always takes its object after it, so a participle
that ends its clause (the line's end, a comma, a colon, a dash or the time it happened) with the
place before it is a passive: the place is what was taken, and a side before it is no agent
("Army base in X captured"). Who says it stays the speaker's ("Taliban say X captured": a claim),
and an agent after it ("captured by Taliban") is read by the usual steps.
"""

from __future__ import annotations

import re

from frontmap.extract.gaps import is_subject_gap

# a participle, not a past tense that needs its subject and object ("took"); not "overrun", which
# headlines use of a part ("X gate overrun", "X largely overrun"), nor "retaken", whose headline the
# report often goes on to qualify ("Army says X retaken", then fighting goes on)
_PARTICIPLE = re.compile(r"(?:captured|seized|taken)", re.IGNORECASE)
# what may follow the participle when it has no object: the end, a stop, or the time
_CLAUSE_END = re.compile(
    r"\s*(?:[.!:;,\u2013\u2014]|\s-\s|$)"
    r"|\s+(?:on|late|early|overnight|after|amid|as|in\s+(?:fierce|heavy|a|an)\b|\w+day\b|yesterday|today)\b",
    re.IGNORECASE,
)


def bare_participle(sentence: str, start: int, end: int) -> bool:
    """Return True when the word at [start, end) of `sentence` is a capture participle with no
    object after it: the passive of a headline that dropped its "was" ("Kunduz captured")."""
    return _PARTICIPLE.fullmatch(sentence, start, end) is not None and _CLAUSE_END.match(sentence, end) is not None


def passive_of_place(view: str, place_end: int, start: int, end: int) -> bool:
    """Return True when the bare participle at [start, end) follows the place ending at `place_end`
    with only its list or auxiliaries between: "X, Y, Z captured" (not "X, which the army seized on
    Sunday", whose subject is the army)."""
    return 0 <= place_end <= start and bare_participle(view, start, end) and is_subject_gap(view[place_end:start])
