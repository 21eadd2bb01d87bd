"""Where a hold or a fight is told by "there" or "it": the place named just before.

"An attack on Khwaja Bahauddin failed, and troops remained in control there", "soldiers still hold
it", "they are still fighting there": "there" right after a word of holding or fighting, and "it"
as the object of a verb of holding, stand for the town or district named in the sentence or the one
before (`references.resolve_pronoun`). Not an existential "there" ("held, there were reports"), nor
"hold it responsible", nor a hold that is only wished or denied ("could hold it", "never held it").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from frontmap.extract.triggers import FIGHT, HOLD, Trigger

_THERE = re.compile(
    r"\s+(?:(?:still|firmly|now|also|fully|securely|again)\s+)?(?P<word>there)\b"
    r"(?!\s+(?:is|was|were|are|has|have|had|will|would|may|might|could|seems?|appears?)\b)"
)
_IT = re.compile(
    r"\s+(?P<word>it)\b(?!['’]s)(?!\s+(?:responsible|accountable|liable|for|to|against|as|up|back|in\s+check|together|off)\b)"
)
_HOLD_VERB = re.compile(r"(?:hold|holds|holding|held|control|controls|controlled|controlling)$", re.IGNORECASE)
# "could hold it", "failed to hold it", "never held it": no hold to tell
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:might|could|would|may|will|can|shall|cannot|never|not|n't|unable|fail(?:s|ed)?\s+to|managed\s+to|tried\s+to|trying\s+to"
    r"|plan(?:s|ned)?\s+to|hope(?:s|d)?\s+to|vow(?:s|ed)?\s+to|(?:predicted|expected|likely|able|poised|set)\s+to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def held_references(sentence: str, triggers: Sequence[Trigger]) -> Iterator[int]:
    """Yield where each "there" or "it" stands that a hold or fight word of `triggers` (the
    sentence's) tells the place of: "there" right after either, "it" right after a verb of holding."""
    for trigger in triggers:
        if trigger.kind not in (HOLD, FIGHT):
            continue
        match = _THERE.match(sentence, trigger.end) or (_held_it(sentence, trigger) if trigger.kind == HOLD else None)
        if match is not None:
            yield match.start("word")


def _held_it(sentence: str, trigger: Trigger) -> re.Match[str] | None:
    """Return the match of "it" right after a verb of holding (`trigger`), unless the hold is only
    wished or denied; else None."""
    if not _HOLD_VERB.search(trigger.text) or _NOT_HELD_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start):
        return None
    return _IT.match(sentence, trigger.end)


# a cheap filter over a whole text: the words a hold or fight trigger ends on, then "there" or "it";
# told first the letters those words open with, the engine passes over every other position at once
# (about three times as fast over a whole text)
_CANDIDATE = re.compile(
    r"(?=[HhOoCcFfBb])(?:hold|holds|holding|held|on|control|controls|controlled|controlling|fight|fights|fighting|battle|battling|clashes)"
    r"\s+(?:(?:still|firmly|now|also|fully|securely|again)\s+)?(?:there|it)\b",
    re.IGNORECASE,
)


def candidates(text: str) -> Iterator[int]:
    """Yield where "there" or "it" may tell the place of a hold or a fight in `text` (a filter for
    the sentences worth reading; `held_references` decides)."""
    for match in _CANDIDATE.finditer(text):
        yield match.end() - 2
