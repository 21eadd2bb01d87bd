"""Captions: dated photo captions ("Taliban fighters stand guard in Kunduz, July 23, 2021.") and
captions of archive or file pictures ("FILE PHOTO:", "(File)", "pictured in 2019"), which tell no
news; and where a text writes the words captions use (for `frontmap.extract.dates`).
"""

from __future__ import annotations

import re

_CAPTION_END = re.compile(
    r",\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+(?:19|20)\d\d\.?\s*(?:\([^)]*\))?\s*$"
)
_CAPTION_START = re.compile(r"^\s*(?:In\s+)?(?:this|the|a)\s+(?:file\s+)?(?:picture|photo|photograph|image)\b", re.IGNORECASE)
_ARCHIVE_CAPTION = re.compile(
    r"^\W*(?:file\s+(?:photo|picture|image)|photo|picture|image|archive(?:\s+photo)?)\s*[:|/-]"
    r"|\((?:file|archive|file\s+photo|file\s+picture)\)|\[(?:file|archive)\]"
    r"|\b(?:file|archive)\s+(?:photo|picture|image|footage)\b"
    r"|\b(?:pictured|photographed|taken|shown)\s+(?:here\s+)?in\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def is_caption(sentence: str) -> bool:
    """Return True when `sentence` reads like a dated photo caption."""
    return bool(_CAPTION_END.search(sentence, max(0, len(sentence) - 80)) or _CAPTION_START.match(sentence))


def is_archive_caption(sentence: str) -> bool:
    """Return True when `sentence` captions an archive or file picture (it tells no news)."""
    return bool(_ARCHIVE_CAPTION.search(sentence))


_PICTURE_WORDS = ("photo", "pictur", "image", "file", "archive", "footage")


def picture_word_positions(low: str) -> list[int]:
    """Return the sorted positions in lower-cased text of the words a picture's caption uses
    ("photo", "file", ...)."""
    found = []
    for word in _PICTURE_WORDS:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)
