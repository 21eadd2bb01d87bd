"""Text normalisation shared by the gazetteer and mention finding.

`normalize` folds a place name to the form the gazetteer indexes: decomposed and stripped of
diacritics, casefolded, apostrophes and quotes removed, hyphens/underscores/dots/commas turned into
spaces, whitespace collapsed. `normalize_with_offsets` does the same over a whole article and keeps,
for every output character, the index of the input character it came from, so a span found in the
normalised text maps back to the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Removed outright: ASCII and typographic apostrophes/quotes, modifier letters used for ayn/hamza.
_DROP = frozenset("'\"`´‘’‚‛“”„‟′″ʹʻʼʽʾʿˈ")
# Become a space: hyphens and dashes of every kind, underscore, dot, comma.
_TO_SPACE = frozenset("-_.,‐‑‒–—―−﹣－")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Return what one input character becomes (possibly '', possibly several characters)."""
    if char in _DROP:
        return ""
    if char in _TO_SPACE or char.isspace():
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part):
            continue
        if part in _DROP:
            continue
        if part in _TO_SPACE or part.isspace():
            out.append(" ")
        else:
            out.append(part.casefold())
    return "".join(out)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return (normalised text, offsets): offsets[i] is the index in `text` of output char i.

    Runs of whitespace collapse to one space, which maps to the first input character of the run;
    leading and trailing whitespace is dropped.
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = -1  # index of the input char that opened a run of spaces, -1 when none
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for out in folded:
            if out == " ":
                if pending_space < 0:
                    pending_space = index
                continue
            if pending_space >= 0:
                if chars:
                    chars.append(" ")
                    offsets.append(pending_space)
                pending_space = -1
            chars.append(out)
            offsets.append(index)
    return "".join(chars), offsets


_ASCII_TABLE = str.maketrans({**{c: None for c in _DROP if c.isascii()},
                               **{c: " " for c in _TO_SPACE if c.isascii()}})


def normalize(text: str) -> str:
    """Return `text` folded for matching: no diacritics, casefolded, punctuation-light, single-spaced."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    if text.isascii():
        return " ".join(text.translate(_ASCII_TABLE).lower().split())  # fast path, same result
    # normalize_with_offsets without the offsets: every whitespace character folds to " ", so
    # splitting the folded text on whitespace and joining with single spaces collapses the same runs.
    return " ".join("".join(map(_fold_char, text)).split())
