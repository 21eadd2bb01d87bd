"""A "use" aside between a place and its verb tells a habit or a purpose, no event.

"Jalrez district in Wardak province, long used by militants to launch attacks on Kabul, fell on
Saturday", "Nerkh, which the insurgents have long used as a staging ground for attacks on the
capital, fell", "Wardak, long a route for militants launching attacks on the capital": the aside
says what the place has served for ("Marjah, once the scene of a major offensive, fell": what it
saw). The place before it is still the verb's subject (`without_use_aside`; the verb past the
aside is its own, `use_aside_end`), and a place named inside it ("Kabul", "the capital") is what the
attacks would aim at, neither fought over nor taken (`in_use_aside`). An aside that names the day of the attack it served ("served as the base for
Saturday's attack on X", "... for the attack on X on Monday") tells that attack, not a habit: X
was fought over that day.
"""

from __future__ import annotations

import functools
import re

from frontmap.extract.text import has_any

# how the aside opens: "long used", "which the Taliban have long used", "a province militants often use",
# "used for years", "known as a staging ground"
_HABIT = r"(?:(?:long|often|frequently|regularly|repeatedly|routinely|historically|traditionally)\s+)?"
# or what the place is for: "long a route for militants", "a staging ground for attacks on"
_ROLE_NOUN = r"(?:route|base|launch\s*pad|launching\s+pad|staging\s+(?:ground|post|area)|springboard|corridor|conduit|haven|sanctuary)"
_OPENING = (
    r",\s*(?:(?:(?:which|that|a\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:have|has|had)\s+)?" + _HABIT
    + r"(?:been\s+)?(?:used|use|served|known)\b"
    + r"|(?:long\s+|for\s+years\s+)?an?\s+(?:[\w-]+\s+){0,2}?" + _ROLE_NOUN + r"\s+(?:for|to|from)\b"
    # what the place once saw: "once the scene of a major offensive", "the site of a battle in 2010" (not "the scene of
    # street battles since Tuesday": a fight of now)
    + r"|(?:once|formerly)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:scene|site)\s+of\b|(?:the|a)\s+(?:[\w-]+\s+)?(?:scene|site)\s+of\b(?=[^,;:()]{0,120}?\b(?:19|20)\d\d\b))"
)
_ASIDE = re.compile(_OPENING + r"[^,;:()]{2,160},", re.IGNORECASE)
_OPEN_BEFORE = re.compile(_OPENING + r"[^,;:()]{0,160}$", re.IGNORECASE)
_CLOSE_AFTER = re.compile(r"[^,;:()]{0,160}(?:,|[.!?\"”’']*\s*$)")  # a comma, or the sentence's end
# an aside right after the place, past a short locating phrase ("Sayedabad district in Wardak province, long used ...")
_ASIDE_AFTER_PLACE = re.compile(
    r"(?:\s+(?:district|province|city|town))?(?:\s+(?:in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+province)?)?\s*"
    + _OPENING + r"[^,;:()]{2,160}(?=,)", re.IGNORECASE)
_REACH = 200  # characters before a place in which its aside may open
_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # a day told in the aside: one attack, no habit
_CUES = ("used", " use ", "served", "known", "route", "base", "pad", "staging", "springboard", "corridor", "conduit", "haven", "sanctuary",
         "scene of", "site of")


def without_use_aside(gap: str) -> str:
    """Return `gap` (the words between a place and a verb after it) without the first use aside in
    it ("district in Wardak province, long used ... Kabul, "), or `gap` itself when it holds none."""
    if "," not in gap or not has_any(gap, _CUES):
        return gap
    aside = _ASIDE.search(gap)
    return gap if aside is None else gap[: aside.start()] + " " + gap[aside.end() :].lstrip()


@functools.lru_cache(maxsize=64)  # asked once per place of a sentence: the cues are listed once
def _cues_in(sentence: str) -> tuple[str, ...]:
    """Return the cues of `sentence` (a window of it holds no other: most sentences hold none)."""
    return tuple(cue for cue in _CUES if cue in sentence)


def use_aside_end(sentence: str, end: int) -> int | None:
    """Return where the comma closing a use aside right after the place ending at `end` stands
    (the place's own verb comes after it), else None."""
    cues = _cues_in(sentence)
    if not cues or not any(cue in sentence[end : end + 240] for cue in cues):
        return None
    aside = _ASIDE_AFTER_PLACE.match(sentence, end)
    return None if aside is None else aside.end()


def in_use_aside(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at [start, end) of `sentence` lies inside a use aside that a
    comma or the sentence's end closes after it ("..., long used by militants to launch attacks on
    Kabul, fell", "Wardak, long a route for militants launching attacks on the capital.")."""
    before = sentence[max(0, start - _REACH) : start]
    if not has_any(before, _CUES):
        return False
    opened, closed = _OPEN_BEFORE.search(before), _CLOSE_AFTER.match(sentence, end)
    return opened is not None and closed is not None and _DAY.search(opened.group() + sentence[end : closed.end()]) is None
