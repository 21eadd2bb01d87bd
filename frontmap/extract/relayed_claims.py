"""Relayed claims: an official who passes on what the Taliban say does not confirm it.

"The Taliban say they captured X on Friday, the provincial police chief said": the police chief
is the writer's source for the Taliban's word, not a witness that X fell, so X is only claimed.
A source stands behind a capture (`frontmap.extract.cues`: a Taliban source stands unless an
official also speaks) only when it is not such a relay: named after the Taliban's own verb of
saying, in the attribution that closes the sentence ("..., the governor said", "..., police chief
Abdul Karim told reporters"). The official who confirms ("..., which the governor confirmed")
still makes it a fact (`cues.SentenceCues` reads "confirmed" first).

Nor is an official named inside what the Taliban say: "the Taliban said that the governor and the
police chief had surrendered to them" names the governor as who surrendered, not as a source, so
the surrender is only claimed. A source word after the Taliban's verb of saying speaks only when a
verb of saying, confirming or denying of its own follows it ("..., which the governor denied").

A source in a clause of its own after the Taliban's word ("the Taliban said they took X, where
officials said fighting went on", "..., while officials said forces held the airport") speaks of that
clause: it neither relays the Taliban's statement nor stands behind it.

A source whose own words are only what the Taliban tell relays them too, named first: "residents
said Taliban fighters were announcing over loudspeakers that X had fallen" has the residents hear
the announcement, not see the fall. The group's men telling it ("Taliban fighters announced", "the
insurgents were saying") are the group's voice (`TALIBAN_TELLING`, read as a claim cue).
"""

from __future__ import annotations

import re

# the Taliban as the subject of their own verb of saying: "the taliban say", "the insurgents said"
TALIBAN_SAY = re.compile(
    r" (?:the +)?(?:taliban(?: +fighters)?|insurgents|militants|the +group|taliban +spokes\w+)"
    r"(?: +(?:had|have|has|also|earlier|later))* +(?:say|says|said|announced|declared)\b"
)
#: The group or its men telling something in the progressive or through their fighters ("the Taliban were
#: announcing", "Taliban fighters declared"), or telling someone ("the Taliban told him they ..."; not "told
#: residents to leave"): a Taliban statement, as "the Taliban said" is.
TALIBAN_TELLING = (
    r"(?:taliban|insurgent|militant)s? +(?:fighters|gunmen) +(?:(?:had|have|has) +)?(?:also +)?(?:announc(?:e|ed|es)|declar(?:e|ed|es))"
    r"|(?:taliban|insurgents|militants)(?: +(?:fighters|gunmen))? +(?:were|are|was|is) +(?:also +)?(?:saying|announcing|declaring|claiming)"
    r"|(?:taliban|insurgents|militants) +(?:(?:had|have|has) +)?told +(?:[a-z]+ +){1,3}?(?:that|they|we)\b"  # "the taliban told a police officer they took x"
)
# the group, or one of its men, as the speaker of a that-clause: "the taliban had said", "a taliban commander had told
# him that", "one insurgent leader claimed" (a relay of their word); not "taliban fighters told them to leave" (an order)
_TALIBAN_VOICE = (
    r"(?:(?:a|an|one|their|its) +)?(?:taliban|insurgents?|militants?)(?: +(?:commander|spokes\w+|official|leader|source|member)s?)?"
    r" +(?:had +|have +|has +)?(?:said|claimed|announced|declared|tweeted|boasted|told +(?:him|her|them|us|me)(?: +by +(?:phone|telephone))? +that)"
)
# the source's own verb of saying with the Taliban's telling for all its content: "residents said the taliban were announcing"
_RELAYS_FIRST = re.compile(
    r"(?: +[a-z]+){0,5}? +(?:said|say|says|told +\w+|reported)(?: +(?:on|late|early|last) +\w+)?(?: +that)? +(?:the +)?(?:" + TALIBAN_TELLING
    + r"|" + _TALIBAN_VOICE + r")\b"
)
# the closing attribution after the source: a few words (rank, name, place) then a verb of saying
_ATTRIBUTION_AFTER = re.compile(r"(?: +[a-z]+){0,5}? +(?:said|says|told|added)\b(?:(?: +[a-z]+){0,3} *$| +adding\b)")
# "..., according to the provincial police chief": the source that closes the sentence
_ACCORDING_BEFORE = re.compile(r" according +to(?: +[a-z]+){0,6} *$")
_CLOSES = re.compile(r"(?: +[a-z]+){0,6} *$")
# the source's own verb of speaking, a few words (rank, name) after it
_OWN_WORD_AFTER = re.compile(
    r"(?: +[a-z]+){0,5}? +(?:(?:also|later|had|has|have) +)?(?:said|say|says|told|tells|added|confirm\w*|den(?:y|ies|ied)|reject\w*"
    r"|dismiss\w*|reported|stated|announced|insisted|acknowledged|admitted|according)\b"
)

# a relative or contrasting clause the source opens after the Taliban's word: ", where officials said ...";
# its verb of saying tells that clause, not the Taliban's statement ("which the governor confirmed" is read first)
_OWN_CLAUSE_BEFORE = re.compile(r"  (?:where|while|whereas|though|although)(?: +[a-z]+){0,2} *$")


def relays(padded: str, source_at: int, clause_start: int) -> bool:
    """Return True when the source at `source_at` of the padded view closes the sentence as the
    writer's source for a Taliban statement earlier in the clause from `clause_start` ("the
    taliban say they captured x  the police chief said"): a relay, not a confirmation."""
    return TALIBAN_SAY.search(padded, clause_start, source_at) is not None and _closes_as_attribution(padded, source_at)


def only_through_the_taliban(padded: str, source_at: int, clause_start: int) -> bool:
    """Return True when the source at `source_at` of the padded view says only what the Taliban
    tell ("residents said the taliban were announcing"), or follows a Taliban statement
    earlier in the clause from `clause_start` and either relays it (`relays`) or is only named in
    it, with no verb of saying, confirming or denying of its own ("the taliban said the governor
    surrendered"): no source standing behind what they say."""
    if _RELAYS_FIRST.match(padded, _word_end(padded, source_at + 1)) is not None:
        return True  # "residents said the taliban were announcing that x had fallen": heard, not seen
    if TALIBAN_SAY.search(padded, clause_start, source_at) is None:
        return False
    if _OWN_CLAUSE_BEFORE.search(padded, max(0, source_at - 40), source_at + 1) is not None:
        return True  # "took X, where officials said fighting went on": they speak of their own clause
    return _closes_as_attribution(padded, source_at) or _OWN_WORD_AFTER.match(padded, _word_end(padded, source_at + 1)) is None


def _closes_as_attribution(padded: str, source_at: int) -> bool:
    """Return True when the source at `source_at` is in the attribution that closes the sentence."""
    if _ATTRIBUTION_AFTER.match(padded, source_at) is not None:
        return True
    return _ACCORDING_BEFORE.search(padded, max(0, source_at - 70), source_at + 1) is not None and _CLOSES.match(padded, source_at) is not None


def _word_end(padded: str, at: int) -> int:
    """Return where the word starting at `at` ends."""
    stop = padded.find(" ", at)
    return len(padded) if stop < 0 else stop
