"""Speaker clauses: the clause whose source speaks for a clause that has no speaker of its own.

A clause's claim cues are read in the clause itself. Some clauses take their speaker from before:
- a clause a colon or "saying" ("announcing", "claiming" ...) opens is what the clause before it
  says ("Mujahid said: ...", "the Taliban posted a video, saying ..."); one "adding" opens goes on
  in the voice of whoever spoke last ("a Taliban spokesman said ..., adding that they took X"; "X
  fell, the governor said, adding ...": the governor's tag);
- a reporting verb whose subject a relative clause cut off from it ("Zabihullah Mujahid, who speaks
  for the group, said on Tuesday that ..."): the subject stands in the clause before the relative
  clause (or clauses);
- a clause inside a quotation the sentence opens with speaks with the words of the tag after it
  ("'X is under our control and the soldiers who stayed gave up,' a Taliban spokesman wrote"),
  however many clauses the quotation holds;
- a tag closing the sentence as a clause of its own speaks for every main clause before it that
  only subordinate clauses separate from it ("took X on Monday after militias had held it for
  three days, a Taliban spokesman said");
- a clause of time ("after taking X", "before they entered Y") that follows a clause whose subject
  says what comes after it ("the Taliban say they now hold ten districts after taking X") is part
  of what is said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.clauses import SAYING_PARTICIPLES

# the close of a quotation a speaker's tag follows: '...," the spokesman said'
_TAGGED_CLOSE = re.compile(r",[\"”’'] +(?=\w)")
_OPENING_QUOTE = ("\"", "“", "‘")
_OPENING_SINGLE = re.compile(r"(?:^|(?<=\s))'(?=[A-Z])")  # 'X fell,' as many South Asian outlets print it
_REPORTING_START = re.compile(
    r" *(?:(?:also|later|then|further|separately|meanwhile) +)?(?:said|says|told|claimed|claims|added|announced|tweeted|wrote|posted|declared|insisted|confirmed)\b"
)

# a clause of time goes on with what the clause before it reports ("they say they hold ... after taking X")
_TIME_START = re.compile(r"\s*(?:after|before|when|since)\b")
_REPORTED_COMPLEMENT = re.compile(r" (?:say|says|said|claim|claims|claimed) +(?:that +)?(?:they|it|the +group|its|their|fighters)\b")
# (or a headline's bare "say" after a comma, of the same subject: "Taliban take X, say they hold Y")
_PARTICIPLE_START = re.compile(r"\s*(?:" + SAYING_PARTICIPLES + r"\b|(?:say|says|claim|claims)(?= +(?:they|it)\b))")
# "..., a claim the governor's spokesman denied, saying ...": the appositive's subject says what follows
_DENIED_APPOSITIVE = re.compile(
    r"  +(?:a|an|the|which|that) +(?:(?:claim|report|account|assertion|statement)s? +(?:that +|which +)?)?"
    r"(?P<denier>(?:[\w'’]+ +){1,6}?(?:denied|rejected|disputed|dismissed|refuted)) *$"
)
# "a Taliban spokesman said ..., adding that they took X" goes on in the voice of whoever spoke last
_ADDING_START = re.compile(r"\s*adding\b")
# a speaker's tag: a few words, the verb of saying, at most a day after it ("the governor said on Sunday")
_TAG_VERBS = r"said|says|told +\w+|added|wrote|tweeted|confirmed"
_TAG = r"(?:[\w'’-]+ +){{1,8}}?(?:{verbs})(?: +\w+){{0,3}} *$"
# a clause that is only a tag: "..., a Taliban spokesman said." (not a relative clause whose pronoun is
# the subject: "captured by the group which has also claimed control in Y" tells the group's claim to Y)
_BARE_TAG = re.compile(r"\s*(?!(?:which|who|that) +(?:(?:has|have|had|also) +)*(?:claimed|claims|said|says)\b)" + _TAG.format(verbs=_TAG_VERBS + "|claimed"))
# "..., the governor said, adding ...": the tag that closes the clause before is the last voice
_CLOSING_TAG = re.compile("  " + _TAG.format(verbs=_TAG_VERBS))


def opens_with_participle(view: str, start: int) -> bool:
    """Return True when the clause at `start` of `view` opens with a participle of saying ("saying",
    "announcing"): it tells what the subject of the clause before it says."""
    return _PARTICIPLE_START.match(view, start) is not None


def speaker_clause(sentence: str, view: str, clauses: Sequence[tuple[int, int, bool]], i: int) -> tuple[int, int, bool] | None:
    """Return the clause that speaks for clause `i` of the sentence (see the module notes), or None
    when clause `i` has its own speaker or none."""
    start = clauses[i][0]
    tag = _quotation_tag(sentence, clauses, i)
    if tag is not None or (tag := _closing_tag_for(view, clauses, i)) is not None:
        return tag
    if i <= 0:
        return None
    if sentence[max(0, start - 4) : start].rstrip().endswith(":") or opens_with_participle(view, start):
        return _denier_of_appositive(view, clauses[i - 1]) or clauses[i - 1]
    if _ADDING_START.match(view, start):
        return _last_voice(view, clauses[i - 1], start)
    if _TIME_START.match(view, start) and _REPORTED_COMPLEMENT.search(view, clauses[i - 1][0], start):
        return clauses[i - 1]
    if not clauses[i - 1][2] or not _REPORTING_START.match(view, start):
        return None
    j = i - 1
    while j > 0 and clauses[j][2]:  # past the relative clauses to the subject's own
        j -= 1
    return None if clauses[j][2] else clauses[j]


def _closing_tag_for(view: str, clauses: Sequence[tuple[int, int, bool]], i: int) -> tuple[int, int, bool] | None:
    """Return the sentence's closing tag ("..., a Taliban spokesman said.") when it is a clause of
    its own and only subordinate clauses stand between clause `i`, a main clause, and it ("took X
    on Monday after militias had held it for days, a Taliban spokesman said"). What a subordinate
    clause tells ("two days after seizing the city") is taken as known, not as the speaker's word."""
    last = len(clauses) - 1
    if last <= i or clauses[i][2] or clauses[last][2] or not _BARE_TAG.match(view, clauses[last][0], clauses[last][1]):
        return None
    return clauses[last] if all(clause[2] for clause in clauses[i + 1 : last]) else None


def _denier_of_appositive(view: str, clause: tuple[int, int, bool]) -> tuple[int, int, bool] | None:
    """Return the words of the denier when `clause` closes on an appositive that denies what it
    told ("X was taken, the Taliban claimed, a claim the governor's spokesman denied, saying ..."):
    the participle after it says what the denier says, not the claimant; else None."""
    found = _DENIED_APPOSITIVE.search(view, clause[0], clause[1])
    return None if found is None else (found.start("denier"), clause[1], clause[2])


def _quotation_tag(sentence: str, clauses: Sequence[tuple[int, int, bool]], i: int) -> tuple[int, int, bool] | None:
    """Return the clause of the tag after the quotation clause `i` lies in, when the quotation opens
    the sentence and a tag (after ',"') closes it in a later clause; else None."""
    start, end = clauses[i][0], clauses[i][1]
    if not any(q in sentence[: start + 1] for q in _OPENING_QUOTE) and not _OPENING_SINGLE.search(sentence, 0, start + 2):
        return None
    close = _TAGGED_CLOSE.search(sentence, start)
    if close is None or close.start() < end - 2:
        return None  # the clause holds the close itself, so it holds its tag
    return next((c for c in clauses[i + 1 :] if c[0] <= close.end() < c[1]), None)


def _last_voice(view: str, before: tuple[int, int, bool], start: int) -> tuple[int, int, bool]:
    """Return the part of the clause `before` whose voice goes on after "adding" at `start`: the
    tag that closes it ("X fell, the governor said, adding ...": the governor's), else all of it."""
    tag = _CLOSING_TAG.search(view, before[0], start)
    return (tag.start(), before[1], before[2]) if tag is not None else before

