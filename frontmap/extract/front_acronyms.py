"""A resistance front named by the letters the report gave it.

Translated copy often names the front once in full and then only by its own letters, which need
not be the English ones: "the anti-Taliban National Resistance Front (FTS) ... On September 3, FTS
announced that it had taken control of Charikar". The actors of a sentence are read from its view
(`frontmap.extract.roles`), which knows the front's English letters; here the letters a report
defines for the front are written as those in the view of each of its sentences (same length, so
every offset stays).
"""

from __future__ import annotations

import re

# the front's full name, then its letters in brackets
_DEFINED = re.compile(
    r"\b(?:National\s+Resistance\s+Front|Resistance\s+Front|Northern\s+Alliance)(?:\s+of\s+Afghanistan)?\s*\(\s*([A-Z]{3,6})\s*\)"
)
_KNOWN = "nrf"  # the letters the actor pattern knows


def defined_in(text: str) -> tuple[str, ...]:
    """Return the letters (lower case) `text` defines for the resistance front, other than the known ones."""
    if "Front" not in text and "Alliance" not in text:
        return ()  # the name's last word, which most reports never write: no scan of the whole text
    found = {m.group(1).lower() for m in _DEFINED.finditer(text)}
    return tuple(sorted(letters for letters in found if not letters.startswith(_KNOWN)))


def as_front(view: str, letters: tuple[str, ...]) -> str:
    """Return the sentence `view` with each of the front's `letters` written as the known ones."""
    for own in letters:
        view = re.sub(rf"\b{own}\b", _KNOWN.ljust(len(own)), view)
    return view
