"""Caption lines: the events a report first tells on a photo caption's line.

A caption shows a moment ("Taliban fighters entering Deh Yak", "Fighters enter Ghazni city on July
19, 2021. REUTERS/Jane Doe", "Insurgents ride into X (Photo: social media)"): an entry it pictures
says less than the body's "X fell on Monday", so it must not add fighting beside that fall
(`frontmap.extract.overruled.settle_entries`, which already settles a headline's entry the same way).

A caption stands on its own line, short, and either reads like a picture's caption
(`frontmap.extract.captions`) or has no finite verb and is a phrase of who, then a participle
("Taliban fighters entering X", "Residents fleeing Y"), or a scene dated with its year ("Fighters
enter X on July 19, 2021.": a report tells the past, "captured X on July 30, 2021").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from frontmap.extract.captions import captions_a_picture, credits_a_picture, is_caption

_LONGEST = 220  # characters: a longer line is a paragraph
# who (a few words), then a participle: "Taliban fighters entering X", "A convoy of insurgents rolling into Y"
_PARTICIPLE_PHRASE = re.compile(r"^\W*(?:[\w'’-]+\s+){1,5}?[a-z]{3,}ing\b")
# a finite verb makes it a sentence of the body ("Fighters entering X met no resistance")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|said|says|say|told|met|took|fell|came|went|made|found|won|lost|left|fled|overran)\b"
    r"|\b(?!armed\b)[a-z]{3,}ed\b"
)
# a picture's date ends the line with its year: "Fighters enter X on July 19, 2021."
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\W*$")


def pictured_ids(text: str, sentences: Sequence[tuple[int, int]], told_in: Mapping[str, int]) -> set[str]:
    """Return the ids (of `told_in`: event id -> index of the sentence that first tells it) of the
    events first told on a caption's line (see the module docstring)."""
    caption_lines: dict[int, bool] = {}
    found = set()
    for event_id, index in told_in.items():
        if index not in caption_lines:
            caption_lines[index] = 0 < index < len(sentences) and is_caption_line(_line_of(text, sentences[index]))
        if caption_lines[index]:
            found.add(event_id)
    return found


def is_caption_line(line: str) -> bool:
    """Return True when `line` (a whole line of the text) reads like a photo's caption: short, and
    a caption's words or a participle phrase with no finite verb."""
    line = line.strip()
    if not line or len(line) > _LONGEST:
        return False
    if is_caption(line) or captions_a_picture(line):
        return True
    return (_PARTICIPLE_PHRASE.match(line) is not None or _YEAR_END.search(line) is not None) and _FINITE.search(line) is None


def pictured_apart(text: str, sentences: Sequence[tuple[int, int]], index: int, position: int) -> bool:
    """Return True when sentence `index` (of `text` cut into `sentences`), past the headline, stands
    on a photo caption's line (`captions.credits_a_picture`) and `position` lies off that line: a
    place the picture shows is not what the body's "the city" or "it" means."""
    if not 0 < index < len(sentences):
        return False
    start, end = sentences[index]
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    off_line = position < line_start or (line_end >= 0 and position > line_end)
    return off_line and credits_a_picture(_line_of(text, sentences[index]))


def _line_of(text: str, span: tuple[int, int]) -> str:
    """Return the whole line holding text[span], or "" when the sentence is part of a longer line."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return "" if line_end - line_start > _LONGEST else text[line_start:line_end]
