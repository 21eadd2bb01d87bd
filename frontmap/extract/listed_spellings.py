"""Listed spellings: unlisted spellings of districts that the words around them place, without the
word "district" (`cued_names` reads that cue).

Translated wire copy lists a province's fallen districts in its own spellings among names the
gazetteer knows ("Kohsan, Gulran, Kashk-e-Kohna, Shindand and Pashtun Zarghoon fell"), or names a
district with its province right after it ("Zerok in Paktika"). Two cues make such a name worth a
loose lookup, restricted to one province so a near miss elsewhere is never taken:

- a list of three or more names in which two or more known districts all lie in one province;
- "<name> in|of (the) (northern ...) <province>": the province written right after the name or
  the list it ends ("Maimai, Nusai and Yawan in Badakhshan");
- a name as the subject of a verb in a sentence that names one province and no other ("Eshkashim
  fell on Tuesday, the fourth district of Badakhshan to collapse").

A person written so ("Ismail Khan of Herat") is skipped (`persons.names_a_person`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.persons import names_a_person
from geodata.names import normalize

if TYPE_CHECKING:
    from geodata.gazetteer import Place

# one unlisted name: up to three capitalised words, each maybe hyphenated ("Kashk-e-Kohna", "Khan Abad")
_WORD = r"[A-Z][a-z'’]{2,}(?:-[A-Za-z][a-z'’]*)*"
NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_LIST = re.compile(rf"(?<![\w'’-]){NAME}(?:{JOIN}{NAME}){{2,11}}")
# the name, then "in" or "of" and the province's own words, ending where the province's name starts
_LOCATED_BEFORE = re.compile(
    rf"(?=[A-Z])(?<![\w'’-])({NAME}(?:{JOIN}{NAME}){{0,11}})\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province\s+of\s+)?$"
)
# a name and the verb it is the subject of ("Eshkashim fell", "Kishem has been overrun")
_SUBJECT = re.compile(rf"(?<![\w'’-])({NAME})(?=\s+(?:fell|falls|has|had|was|were|is|came|collapsed|remained|remains|changed)\b)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_MIN_KNOWN = 2  # known districts of one province a list needs before its other names are looked up
# the same few names (a province's, its capital's) are folded for mention after mention: kept once folded
_folded = functools.lru_cache(maxsize=4096)(normalize)


def placed_groups(
    sentence: str, offset: int, taken: Sequence[tuple[int, int, Place]],
) -> list[tuple[tuple[int, int], set[str]]]:
    """Return (span in `sentence`, {province code}) for each run of names the sentence places in one
    province: a list holding two or more known districts of that province, or a name written
    right before a province (`taken`: the article's mentions as (start, end, place), offsets in the
    text; `offset`: where the sentence starts)."""
    here = [(s - offset, e - offset, p) for s, e, p in taken if offset <= s and e - offset <= len(sentence)]
    return _listed(sentence, here) + _located(sentence, here) + _subjects(sentence, here) if here else []


def _listed(sentence: str, here: Sequence[tuple[int, int, Place]]) -> list[tuple[tuple[int, int], set[str]]]:
    """Return the lists of names whose known districts all lie in one province, with that province."""
    if sum(1 for _s, _e, p in here if p.kind != "province" and p.district_id) < _MIN_KNOWN:
        return []  # no list of the sentence can hold enough known districts: the pattern need not run
    groups = []
    for match in _LIST.finditer(sentence):
        inside = [p for s, e, p in here if match.start() < e and s < match.end()]
        districts = [p for p in inside if p.kind != "province" and p.district_id]
        provinces = {p.province_code for p in inside}
        if len(districts) >= _MIN_KNOWN and len(provinces) == 1:
            groups.append((match.span(), provinces))
    return groups


def _located(sentence: str, here: Sequence[tuple[int, int, Place]]) -> list[tuple[tuple[int, int], set[str]]]:
    """Return the names, or the list of names, written right before a province ("Zerok in
    Paktika"), with that province, leaving out a person's name ("Ismail Khan of Herat")."""
    groups = []
    for start, end, place in here:
        if not _names_a_province(sentence[start:end], place):
            continue
        found = _LOCATED_BEFORE.search(sentence, max(0, start - 200), start)
        if found is None:
            continue
        before = _WORD_BEFORE.search(sentence, max(0, found.start(1) - 30), found.start(1))
        if not names_a_person(sentence, found.start(1), found.end(1), before.group(1) if before else ""):
            groups.append((found.span(1), {place.province_code}))
    return groups


def _names_a_province(written: str, place: Place) -> bool:
    """Return True when a mention names a province: read as one, or written as its province's name
    and read as the capital of the same name ("in Herat")."""
    return place.kind == "province" or _folded(written) == _folded(place.province)


def _subjects(sentence: str, here: Sequence[tuple[int, int, Place]]) -> list[tuple[tuple[int, int], set[str]]]:
    """Return the names that are a verb's subject in a sentence naming one province and no other,
    with that province ("Eshkashim fell ..., the fourth district of Badakhshan"), leaving out a
    person's name."""
    provinces = {p.province_code for s, e, p in here if _names_a_province(sentence[s:e], p)}
    if len(provinces) != 1:
        return []
    groups = []
    for found in _SUBJECT.finditer(sentence):
        before = _WORD_BEFORE.search(sentence, max(0, found.start(1) - 30), found.start(1))
        if not names_a_person(sentence, found.start(1), found.end(1), before.group(1) if before else ""):
            groups.append((found.span(1), provinces))
    return groups
