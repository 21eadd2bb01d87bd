"""Relayed claims: an official who passes on what the Taliban say does not confirm it.

"The Taliban say they captured X on Friday, the provincial police chief said": the police chief
is the writer's source for the Taliban's word, not a witness that X fell, so X is only claimed.
A source stands behind a capture (`frontmap.extract.cues`: a Taliban source stands unless an
official also speaks) only when it is not such a relay: named after the Taliban's own verb of
saying, in the attribution that closes the sentence ("..., the governor said", "..., police chief
Abdul Karim told reporters"). The official who confirms ("..., which the governor confirmed")
still makes it a fact (`cues.SentenceCues` reads "confirmed" first).
"""

from __future__ import annotations

import re

# the Taliban as the subject of their own verb of saying: "the taliban say", "the insurgents said"
TALIBAN_SAY = re.compile(
    r" (?:the +)?(?:taliban(?: +fighters)?|insurgents|militants|the +group|taliban +spokes\w+)"
    r"(?: +(?:had|have|has|also|earlier|later))* +(?:say|says|said|announced|declared)\b"
)
# the closing attribution after the source: a few words (rank, name, place) then a verb of saying
_ATTRIBUTION_AFTER = re.compile(r"(?: +[a-z]+){0,5}? +(?:said|says|told|added)\b(?:(?: +[a-z]+){0,3} *$| +adding\b)")
# "..., according to the provincial police chief": the source that closes the sentence
_ACCORDING_BEFORE = re.compile(r" according +to(?: +[a-z]+){0,6} *$")
_CLOSES = re.compile(r"(?: +[a-z]+){0,6} *$")


def relays(padded: str, source_at: int, clause_start: int) -> bool:
    """Return True when the source at `source_at` of the padded view closes the sentence as the
    writer's source for a Taliban statement earlier in the clause from `clause_start` ("the
    taliban say they captured x  the police chief said"): a relay, not a confirmation."""
    said = TALIBAN_SAY.search(padded, clause_start, source_at)
    if said is None:
        return False
    if _ATTRIBUTION_AFTER.match(padded, source_at) is not None:
        return True
    return _ACCORDING_BEFORE.search(padded, max(0, source_at - 70), source_at + 1) is not None and _CLOSES.match(padded, source_at) is not None
