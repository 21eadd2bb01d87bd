"""Additive pairs: "captured not only X but also Y" is a list of two, not a negation of X.

The "not" of "not only" / "not just" denies nothing: both places take the verb. Read as written,
the "not" negates the first place and the "but" opens a new clause that cuts the second off from
its verb. The sentence is read with the pair blanked to a plain list ("captured X and also Y").
"""

from __future__ import annotations

import re

# the "not only" with its "but" within the same clause run (no sentence stop between)
_PAIR = re.compile(r"\bnot +(?:only|just|merely|simply)\b([^.;:!?]{1,80}?)\bbut(?= +(?:also|too|even|as +well)\b)", re.IGNORECASE)


def as_plain_list(text: str, view: str) -> tuple[str, str]:
    """Return `text` and its same-length `view` with each "not only ... but also" pair read as
    "... and also": the "not only" blanked, its "but" an "and"."""
    if "not " not in view and "Not " not in text:
        return text, view  # most sentences: no "not" at all
    for m in _PAIR.finditer(text):
        a, b = m.span()
        head, but = m.start(1), b - 3
        text = text[:a] + " " * (head - a) + text[head:but] + "and" + text[b:]
        view = view[:a] + " " * (head - a) + view[head:but] + "and" + view[b:]
    return text, view
