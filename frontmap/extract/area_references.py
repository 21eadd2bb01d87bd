"""Area references: "the area" as the object of a control verb stands for the place named before.

Reports name a district, then tell its fall with a plain noun: "attacked the district of X from
four sides ... before seizing full control of the area", "said they had taken back control of the
area", "the insurgents had captured the area on Tuesday". Such an "area" is read as "it" is
(`references.resolve_pronoun`: the last town or district named in its sentence or the one before).
An area the words after it place elsewhere ("the area around the airport", "the area of Sheikh
Ali", "the area's main market") or that is only where something happens ("fighting in the area")
is none. "The area" as the subject of a state ("the area is not under government control") or of a
change ("two weeks after the area fell") is read as a subject "it" is (a state past the sentence
before too, `sole_districts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontmap.extract import participles

_AREA = re.compile(
    r" the area\b(?!['’]s|\s+(?:around|near|surrounding|between|outside|close|along|beyond|where|which|that|of\s+[A-Z]))"
)
# "the area is not under government control", "the area fell": "the area" as the subject of a state or a
# change, up to where its trigger starts
_AREA_SUBJECT = re.compile(r"\b[Tt]he area\s+(?:(?:is|was|remains|remained|has|had|been|still|now|not|no\s+longer|finally|soon)\s+)*")
# the word before "the area" ends as a control verb or "control of" does (as for an object "it")
_VERB_ENDINGS = ("ed", "ok", "an", "un", "st", "of")
AREA_SPAN = len("the area")


def area_objects(text: str) -> Iterator[int]:
    """Yield where each "the area" stands that a control verb before it may govern ("captured the
    area", "took back control of the area", ", seizing the area")."""
    if "the area" not in text:
        return
    for match in _AREA.finditer(text):
        if text.endswith(_VERB_ENDINGS, 0, match.start()) or participles.governs_it(text, match.start()):
            yield match.start() + 1


def area_subjects(text: str) -> Iterator[tuple[int, int]]:
    """Yield where each "the area" stands that may open a state or a change ("the area is not under
    government control", "the area fell"), with where the words after it that may start a control
    phrase begin."""
    if "he area" not in text:
        return
    for match in _AREA_SUBJECT.finditer(text):
        yield match.start(), match.end()
