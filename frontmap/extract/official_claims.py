"""An official who "claims" a Taliban gain admits it: the verb is no doubt of the writer's.

"Claimed" marks a report as only a claim because the claimant is usually the side that gains
("the Taliban claimed they took X") or unnamed. When the government's own officials, whose side
loses, are the ones who "claimed" the fall ("security officials in Parwan also claimed that two
districts had slipped out of government control"), the report is an admission, as their "said"
would be. Taliban officials, residents and unnamed sources keep the verb's doubt.

So too the noun after a source's account that the group "also" gave the same word ("officials said the
Taliban had captured X, a claim the militants also made"): the claim echoes the account, it does not
doubt it.
"""

from __future__ import annotations

import re

# the official subject of the verb, then up to four words that are neither a clause break nor
# another speaker ("officials in Parwan also claimed", "the governor on Tuesday claimed")
_OFFICIAL_SUBJECT = re.compile(
    r" (?:(?P<who>officials?|authorities|governor|police +chiefs?|council +members?|councill?ors?|lawmakers?|mps?"
    r"|ministry|army +corps|corps +commander|spokes(?:man|person|woman) +for +the +(?:ministry|governor|police|army|province))"
    r"(?: +(?!(?:taliban|that|who|which|and|but|while|as|said|says|say|told|the +taliban)\b)[\w-]+){0,4}) *$"
)
_OWNED = re.compile(r"(?:taliban|group|insurgents?|militants?|emirate)(?: +s)?(?: +\w+)? *$")
_LOOK_BACK = 90


def admitted_by_official(padded: str, claim_at: int) -> bool:
    """Return True when the "claim" verb at `claim_at` in the padded view has a government
    official for its subject, not the Taliban's own ("Taliban officials claimed")."""
    if not padded.startswith(" claim", claim_at):
        return False
    before = padded[max(0, claim_at - _LOOK_BACK):claim_at]
    subject = _OFFICIAL_SUBJECT.search(before)
    return subject is not None and not _OWNED.search(before, 0, subject.start())


# "a claim the militants also made", "a claim that the Taliban also put out", "an account the group echoed"
_ECHOED = re.compile(
    r" (?:claim|account)(?: +(?:that|which))? +(?:the +)?(?:taliban|militants|insurgents|group|movement)(?: +s)?(?: +\w+)?"
    r" +(?:(?:also|too|later|themselves) +(?:made|gave|put +out|repeated|confirmed|echoed)|(?:echoed|repeated))\b"
)


def echoed_claim(padded: str, claim_at: int) -> bool:
    """Return True when the "claim" noun at `claim_at` in the padded view is the group's echo of an account
    told just before it ("..., a claim the militants also made"), not a doubt."""
    return padded.startswith(" claim", claim_at) and padded.endswith(" a", 0, claim_at) and _ECHOED.match(padded, claim_at) is not None
