"""The district a report is about, for "the district" after a district named only on the side.

A report about one district's change ("Officials said Atghar district has fallen") may name
another district on the side: where troops or an outpost were moved ("moved the outpost to the
neighbouring district of Shinkai"), an earlier loss in an "after" clause ("days after Narkh district
was overrun") or a plan ("preparing to retake Seyah Gerd"). "The district" in a later sentence
still means the report's district: the nearest district before it that a control word governs.
A later plain naming of a side district ("the outpost in Shinkai district") keeps it on the side
until a control word governs it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import controlled, mention_kind
from frontmap.extract.topic_districts import DISTRICT_KINDS, topic_district

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_SIDE_BEFORE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?)\s+after\s+(?:the\s+)?$"  # "just days after Narkh district was overrun"
    r"|\b(?:mov\w+|shift\w*|relocat\w+|transferr?\w*|redeploy\w*)\s+(?:[\w-]+\s+){0,8}?to\s+(?:its|the|a)\s+"
    r"(?:neighbou?ring|nearby|adjacent)\s+(?:district\s+of\s+)?$"  # "shift the outpost from X to its neighbouring district of Y"
    r"|\b(?:prepar\w+|plan\w*|aim\w*|intend\w*|vow\w*)\s+to\s+(?:retake|recapture|reclaim|take|capture|seize|clear)\s+"
    r"(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent)\s+)?(?:district\s+of\s+)?$",  # "preparing to retake the adjacent district of X"
    re.IGNORECASE,
)
_SIDE_REACH = 80  # characters before a name in which its side phrase stands
_TOPIC_REACH = 200  # mentions back to look for the report's district (keeps long articles linear)
# "Khak-e Afghan district of Zabul fell": the words that only locate a district, between it and its verb
_LOCATED = re.compile(r"(?:\s+district)?\s+(?:of|in)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+[Pp]rovince)?")


def report_district(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], i: int) -> Mention | None:
    """Return the nearest district mention before mention `i` (of `ordered`, the article's mentions
    by position, in `text` cut into `sentences`) that a control word governs and that names another
    place, when mention `i` names a district only on the side (see the module notes); else None."""
    if not _on_side(text, sentences, ordered, i):
        return None
    place = ordered[i].place.key
    for j in range(i - 1, max(0, i - _TOPIC_REACH) - 1, -1):
        other = ordered[j]
        if other.place.key != place and mention_kind(other) in DISTRICT_KINDS and _governed(text, sentences, other) \
                and not _side_phrase(text, sentences, other):
            return other
    return None


def _on_side(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], i: int) -> bool:
    """Return True when mention `i` stands in a side phrase, or is a plain naming (no control word
    governs it) of a district an earlier mention named in one."""
    mention = ordered[i]
    if _side_phrase(text, sentences, mention):
        return True
    if _governed(text, sentences, mention):
        return False
    return any(m.place.key == mention.place.key and _side_phrase(text, sentences, m) for m in ordered[:i])


def _side_phrase(text: str, sentences: Sequence[tuple[int, int]], mention: Mention) -> bool:
    """Return True when a side phrase ends right before the mention, within its sentence."""
    s_start = sentences[mention.sentence_index][0]
    return bool(_SIDE_BEFORE.search(text, max(s_start, mention.start - _SIDE_REACH), mention.start))


def _governed(text: str, sentences: Sequence[tuple[int, int]], mention: Mention) -> bool:
    """Return True when a control word of its sentence governs the mention (`reference_choice`)."""
    s_start, s_end = sentences[mention.sentence_index]
    located = _LOCATED.match(text, mention.end, s_end)
    ends = (mention.end, located.end()) if located else (mention.end,)
    return any(controlled(text[s_start:s_end], mention.start - s_start, end - s_start) for end in ends)


def governed_district_before(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention], count: int,
                             position: int) -> Mention | None:
    """Return the last district mention among the first `count` of `ordered` that a control word
    governs ("took Nerkh district"), or None: what "the district" at `position` means paragraphs on,
    when only a city has been named since ("Kabul has been on high alert ... The fall of the
    district"). A district the text only looked back at in an earlier paragraph ("On June 4, the
    Taliban claimed Deh Yak district.") gives way to the report's own (`topic_district`)."""
    for j in range(count - 1, max(0, count - _TOPIC_REACH) - 1, -1):
        other = ordered[j]
        if mention_kind(other) in DISTRICT_KINDS and _governed(text, sentences, other) and not _side_phrase(text, sentences, other):
            return topic_district(text, sentences, ordered, j, position) or other
    return None
