"""Digit groups: the comma of "a city of 370,000 people" is part of a number, not a clause's edge.

The rules read asides and clauses by their commas ("Kunduz, a city of 370000 people, fell"): a
thousands separator inside the aside cuts it in two, and the subject before it no longer reaches
its verb. The sentence the rules read has each such comma (a digit before it, exactly three
digits after it) turned into a space, keeping the text's length so offsets hold; the excerpt keeps
the text as written. A comma followed by a space ("August 8, 2021", "10, 12 and 14") is punctuation.
"""

from __future__ import annotations

import re

_GROUP_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def without_group_commas(text: str) -> str:
    """Return `text` with each thousands separator ("370,000") turned into a space, same length."""
    if "," not in text:
        return text
    return _GROUP_COMMA.sub(" ", text)
