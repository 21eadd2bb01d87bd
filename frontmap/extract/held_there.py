"""Where a hold or a fight is told by "there" or "it": the place named just before.

"An attack on Khwaja Bahauddin failed, and troops remained in control there", "soldiers still hold
it", "they are still fighting there": "there" right after a word of holding or fighting, and "it"
as the object of a verb of holding, stand for the town or district named in the sentence or the one
before (`references.resolve_pronoun`); such a fight or hold is no event of a place named before
that one ("X lies west of Y, where they have been fighting there"), and "fighting there was
continuing" is the fight's own verb, as "fighting there had started late on Sunday" is. A fight
that began there tells it too: "Fighting had broken out there late on Sunday", "clashes began there". Not an existential "there" ("held, there were reports"), nor "hold it responsible", nor a hold that is only wished or denied
("could hold it", "never held it").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from frontmap.extract.clauses import day_follows
from frontmap.extract.text import has_any
from frontmap.extract.triggers import FIGHT, HANDOVER, HOLD, LEAVE, Trigger
from frontmap.status import CONTESTED

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents
    from frontmap.extract.rules import Verdict
    from frontmap.extract.targets import Target

# "fighting went on in the town", "clashes continued inside the city": a fight word, then the place it is in
_FIGHT_IN = re.compile(r"\b(?:fighting|clashes|battles?|gunfights?)\s+(?:\w+\s+){0,3}?(?:in|inside|around)\s+$", re.IGNORECASE)
_PLACE_NOUN = re.compile(r"the\s+(?:(?:provincial|district)\s+)?(?:town|city|district|capital|cent(?:re|er))\b", re.IGNORECASE)
# "fighting there was continuing": the fight's own verb after "there", not an existential "there was"
_GOING_ON = r"(?:\s+been)?\s+(?:still\s+)?(?:continuing|going\s+on|raging|ongoing|intensifying|escalating|under\s+way|underway)\b"
_THERE = re.compile(
    r"\s+(?:(?:still|firmly|now|also|fully|securely|again)\s+)?(?P<word>there)\b"
    r"(?!\s+(?:is|was|were|are|has|have|had|will|would|may|might|could|seems?|appears?)\b(?!" + _GOING_ON + "))"
)
_IT = re.compile(
    r"\s+(?P<word>it)\b(?!['’]s)(?!\s+(?:responsible|accountable|liable|for|to|against|as|up|back|in\s+check|together|off)\b)"
)
# "Fighting had broken out there", "clashes began there": the fight noun's start, then the place
_STARTED_THERE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:broken\s+out|broke\s+out|begun|began|started|erupted|flared(?:\s+up)?|raged|resumed)"
    r"\s+(?P<word>there)\b"
)
_FIGHT_NOUN = re.compile(r"(?:fighting|clashes|battles?|gunfights?)$", re.IGNORECASE)
_NOUN_THERE = re.compile(r"\s+(?P<word>there)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:broken\s+out|begun|began|started|erupted|flared|raged|resumed|continued|heavy|fierce)\b")
# "ten days after troops there had surrendered", "the soldiers there fled": the forces of the place
# named before, giving it up ("there" right after the forces, then the verb)
_FORCES_THERE = re.compile(
    r"\b(?:troops|soldiers|forces|garrison|police|policemen|defenders|commandos)\s+(?P<word>there)\s+"
    r"(?:(?:had|have|has|were|was|all|also|then|quickly|reportedly|simply|later|eventually|finally|soon)\s+){0,2}$",
    re.IGNORECASE,
)
_FORCES_END = re.compile(r"(?:troops|soldiers|forces|garrison|police|policemen|defenders|commandos)\Z", re.IGNORECASE)
_LONGEST_FORCES = len("policemen")
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
        if trigger.kind in (LEAVE, HANDOVER) and not trigger.nominal:
            given_up = _FORCES_THERE.search(sentence, max(0, trigger.start - 60), trigger.start)
            if given_up is not None:
                yield given_up.start("word")
        if trigger.kind not in (HOLD, FIGHT):
            continue
        match = _THERE.match(sentence, trigger.end) or (_held_it(sentence, trigger) if trigger.kind == HOLD else _fight_began_there(sentence, trigger))
        if match is not None:
            yield match.start("word")


def _fight_began_there(sentence: str, trigger: Trigger) -> re.Match[str] | None:
    """Return the match of "there" where a fight noun (`trigger`) started ("Fighting had broken out
    there", "fighting there had started"), else None."""
    if not _FIGHT_NOUN.search(trigger.text):
        return None
    return _STARTED_THERE.match(sentence, trigger.end) or _NOUN_THERE.match(sentence, trigger.end)


def _held_it(sentence: str, trigger: Trigger) -> re.Match[str] | None:
    """Return the match of "it" right after a verb of holding (`trigger`), unless the hold is only
    wished or denied; else None."""
    if not _HOLD_VERB.search(trigger.text) or _NOT_HELD_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start):
        return None
    return _IT.match(sentence, trigger.end)


# the whole filter as one pattern (told first the letters its words open with, the engine passes over
# every other position at once): the fallback for a text lower() does not keep in step
_CANDIDATE = re.compile(
    r"(?=[HhOoCcFfBbSsEeRrUu])(?:hold|holds|holding|held|on|control|controls|controlled|controlling|fight|fights|fighting|battle|battling|clashes"
    r"|out|begun|began|started|erupted|flared|up|raged|resumed)"
    r"\s+(?:(?:still|firmly|now|also|fully|securely|again)\s+)?(?:there|it)\b"
    r"|(?:troops|soldiers|forces|garrison|police|policemen|defenders|commandos)\s+there\b",
    re.IGNORECASE,
)
# a cheap filter over a whole text: "there" or "it" after a space, then told by the word before it
# (a word a hold or fight trigger ends on, or one of the adverbs after such a word); the words are
# sought in the lower-cased text, the words before read only at each one found
_VERB_END = re.compile(
    r"(?=[HhOoCcFfBbSsEeRrUu])(?:hold|holds|holding|held|on|control|controls|controlled|controlling|fight|fights|fighting|battle|battling|clashes"
    r"|out|begun|began|started|erupted|flared|up|raged|resumed)\Z",
    re.IGNORECASE,
)
_ADVERB_END = re.compile(r"(?:still|firmly|now|also|fully|securely|again)\Z", re.IGNORECASE)
_LONGEST_VERB, _LONGEST_ADVERB = len("controlling"), len("securely")  # the longest of _VERB_END, of _ADVERB_END
_WORD = re.compile(r"\s(?:it|there)")
_READ_AS_I = ("\u0130", "\u0131")  # "İ", "ı": a pattern ignoring case reads them as "i", lower() does not


def candidates(text: str) -> Iterator[int]:
    """Yield where "there" or "it" may tell the place of a hold or a fight in `text` (a filter for
    the sentences worth reading; `held_references` decides)."""
    low = text.lower()
    if len(low) != len(text) or has_any(text, _READ_AS_I):
        yield from (match.end() - 2 for match in _CANDIDATE.finditer(text))
        return
    for word in _WORD.finditer(low):
        start, end = word.start() + 1, word.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # "items", "therefore"
        if _told_after_verb(text, _space_before(text, start)) or (end - start == 5 and _after_forces(text, _space_before(text, start))):
            yield end - 2


def _after_forces(text: str, end: int) -> bool:
    """Return True when a word naming forces ("troops", "the garrison") ends at `end`."""
    return _FORCES_END.search(text, max(0, end - _LONGEST_FORCES), end) is not None


def _space_before(text: str, position: int) -> int:
    """Return where the run of spaces that ends at `position` starts."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _told_after_verb(text: str, end: int) -> bool:
    """Return True when a word a hold or fight trigger ends on ends at `end`, or one of the
    adverbs after it ("held still", "fighting again")."""
    if _VERB_END.search(text, max(0, end - _LONGEST_VERB), end):
        return True
    adverb = _ADVERB_END.search(text, max(0, end - _LONGEST_ADVERB), end)
    if adverb is None or adverb.start() == 0 or not text[adverb.start() - 1].isspace():
        return False
    verb_end = _space_before(text, adverb.start())
    return _VERB_END.search(text, max(0, verb_end - _LONGEST_VERB), verb_end) is not None


def told_of_another(sentence: str, verdict: Verdict, target: Target, targets: Sequence[Target]) -> bool:
    """Return True when the fight or hold of `verdict` has its place told by a "there" right after
    it and another place is named between `target` and it ("X lies west of Y, where the Taliban
    have been fighting there for weeks": the fight is Y's, not X's); else False."""
    if target.anaphor or target.end > verdict.trigger_start or not sentence.startswith(verdict.trigger, verdict.trigger_start):
        return False
    if _THERE.match(sentence, verdict.trigger_start + len(verdict.trigger)) is None:
        return False
    return any(not t.anaphor and t.place.key != target.place.key and target.end <= t.start and t.end <= verdict.trigger_start
               for t in targets)


def past_another_province(antecedents: Antecedents, index: int, position: int, antecedent: Mention) -> bool:
    """Return True when a "there" at `position` (of sentence `index`) would reach back to `antecedent`,
    a town of an earlier sentence, past a province of another name that its own sentence names before
    it ("took Zaranj. Nimruz lies west of Helmand, where they have been fighting there for weeks": the
    fight is Helmand's, not Zaranj's; "officials in Nimroz said fighting there went on" is Zaranj's)."""
    if antecedent.sentence_index >= index:
        return False
    provinces = [m for m in antecedents.mentions_of(index) if m.end <= position and m.place.kind == "province"]
    return bool(provinces) and provinces[-1].place.province_code != antecedent.place.province_code


def goes_on_there(sentence: str, at: int, verdict: Verdict) -> bool:
    """Return True when the reference at `at` is a "there" telling a fight after the named one of the
    same sentence ("X was attacked on Monday, and fighting there was continuing on Wednesday": the
    fight's own event, with its own day; on the same day the two are one), or the place a fight word
    is "in" with a day of its own after it ("... and fighting went on in the town on Friday")."""
    if verdict.status != CONTESTED:
        return False
    if sentence.startswith("there", at):
        return True
    noun = _PLACE_NOUN.match(sentence, at)
    return noun is not None and _FIGHT_IN.search(sentence, max(0, at - 50), at) is not None and day_follows(sentence, noun.end())
