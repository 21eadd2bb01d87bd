"""Claim speakers: the Taliban (or one of their bodies) as the subject of a reporting verb with words of time or manner between.

Wire reports often put the day or the channel between the speaker and its verb: "The Taliban on
Tuesday said they had captured X", "the insurgents yesterday claimed ...", "The Taliban, in a
statement on Sunday, said ...", "the armed group late on Friday announced ...". The claim cues of
`frontmap.extract.cues` want the verb right after the speaker; here the words between may only be
such adverbials (a day, a time of day, "in a statement", "on social media", "also"), so "the
Taliban on Tuesday captured X, officials said" is no claim: "captured" is not one of them.

The reporter's hedge ("the Taliban reportedly took X", "allegedly") marks a report as unverified.
A Taliban denial is their word too: "the Taliban denied the district had been retaken, saying
their fighters held it" tells only their claim.

A confirmation is the speaker's too: "Taliban spokesman Zabihullah Mujahid confirmed that X had
fallen" is the group's word, a claim, where "the governor confirmed" makes a claim a fact.

Also the Taliban named as a kind of group ("the armed group", "the hardline Islamist movement"):
the actor of a claim, and the owner of "its forces".
"""

from __future__ import annotations

import re

from frontmap.extract.claim_channels import channel_claims
from frontmap.extract.hedges import hedged_statements
from frontmap.extract.participle_claims import participle_claims

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
_MONTHS = "june|july|august|september|jun|jul|aug|sept?"
# a group the reports name by its kind: "the armed group", "the hardline Islamist movement" (a headline or
# a sentence after a dateline drops the article: "Armed group says ...")
GROUP_BY_KIND = r"(?:(?:the|an?) +|(?<=^ )|(?<=  ))(?:(?:armed|militant|insurgent|islamist|hardline|hard +line|rebel|extremist|radical|sunni|pashtun) +){1,3}(?:group|movement|outfit|organi[sz]ation)"
# the group's bodies speak for it: "the Taliban's military commission said", "the group's leadership
# council announced" (named so only before a verb of saying: "fighters loyal to the Taliban leadership" speak not)
_BODY = r"(?: +s)?(?: +(?:military|political|leadership|cultural|media|central|supreme|leading))? +(?:commission|council|shura|committee|leadership|office)"
# "the movement", "the Taliban movement", "the organisation": the reports' other names for the group
_SPEAKER = (r"(?:taliban(?:" + _BODY + r"| +(?:movement|military|militants|forces|members))?|(?:the +group|the +movement)" + _BODY + "|insurgents|militants|the +group|the +(?:movement|organi[sz]ation)|islamic +emirate|mujahid|"
            + GROUP_BY_KIND + ")")
_ADVERBIAL_WORD = (
    r"(?:on|in|at|via|through|by|late|early|earlier|later|also|however|meanwhile|then|now|itself|themselves|separately|officially|had|has|have"
    r"|a|an|the|its|their|separate|brief|short|written|statement|tweet|tweets|twitter|message|audio|video|post|website|social|media"
    r"|online|telegram|whatsapp|voice|sent|shared|to|reporters|journalists|night|morning|afternoon|evening|day|week|weekend|this|last|\d+|" + _DAYS + "|" + _MONTHS + ")"
)
_VERB = r"(?:said|says|say|claimed|claims|claim|confirmed|confirms|announced|announces|declared|declares|tweeted|posted|insisted|asserted|boasted|stated|wrote)"
# "the taliban in afghanistan announced", "militants in northern badakhshan said": the named place the
# group is in does not change who speaks (one or two words after "in"; not "in the west", a region)
_WHERE = r"in +(?!the\b)\w+(?: +\w+)?"
_INTERLEAVED = re.compile(r" " + _SPEAKER + r"(?P<gap>(?: +(?:" + _WHERE + "|" + _ADVERBIAL_WORD + r")){0,8} +)" + _VERB + r"\b")
# the reporter's own hedge: "the Taliban reportedly captured X" (a source that a named official in
# the clause still outweighs); only on a control verb: "has reportedly reached 18 capitals,
# including X" hedges a count, not X's fall
_HEDGE = re.compile(
    r" (?:reportedly|allegedly|purportedly|supposedly|apparently)(?: +(?:been|have|has|had|also|now|already))*"
    r" +(?:(?:re)?(?:captured|seized|took|taken|gained|claimed)|overran|overrun|fell|fallen|entered|stormed|controls?|controlled|raised|hoisted"
    r"|in +(?:full +|complete +|total +)?control|under +(?:\w+ +)?control|in +(?:taliban +)?hands)\b"  # "were reportedly in control of X"
)
# "the Taliban denied that X had been retaken": what they deny of their loss, they claim to hold
_DENIAL = r"(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)"
_DENYING = re.compile(r" " + _SPEAKER + r"(?: +" + _ADVERBIAL_WORD + r"){0,8} +" + _DENIAL + r"\b")
#: A verb of confirming ("confirmed", "confirms").
CONFIRM = re.compile(r" confirm(?:ed|s|ing)?\b")


def interleaved_claims(padded: str) -> list[int]:
    """Return the start of each Taliban speaker in the padded view whose reporting verb follows
    after words of time or manner only ("the taliban on tuesday said", "the insurgents  in a
    statement  claimed"), or denies ("the taliban denied": what they deny of their loss, they
    claim), of each "confirmed" the Taliban say ("the taliban confirmed that they had captured X"),
    of each hedge of the reporter's ("reportedly", "allegedly", "were said to have"), of each
    channel of the group's ("a tweet from mujahid": `frontmap.extract.claim_channels`) and of each
    participle of the group's speech ("after announcing that they had": `participle_claims`)."""
    found = [m.start() for m in _INTERLEAVED.finditer(padded) if _speaks(m.group("gap"))]
    found += [m.start() for pattern in (_DENYING, _HEDGE) for m in pattern.finditer(padded)]
    found += hedged_statements(padded) + channel_claims(padded) + participle_claims(padded)
    if " confirm" in padded:
        found += [m.start() for m in CONFIRM.finditer(padded) if confirmed_by_taliban(padded, m.start())]
    return sorted(found)


def _speaks(gap: str) -> bool:
    """Return True unless the words between the group and the verb end in a comma no earlier comma
    opens as an aside: "the Taliban, in a statement on Sunday, said" speaks; "cleared of the Taliban
    militants on Monday, said the army corps" or "taken from the Taliban, said the governor" closes
    the clause, and the corps speaks."""
    words = gap.rstrip()
    return gap != "  " and not (gap.endswith("  ") and words.strip() and "  " not in words)


# a Taliban speaker, its titles and names, right before "confirmed": "taliban spokesman zabihullah mujahid
# confirmed", "the group s spokesman on sunday confirmed", "mujahid also confirmed"
_TALIBAN_CONFIRMER = re.compile(
    r"(?:taliban|insurgents|militants|the +group|islamic +emirate|mujahid|shaheen|ahmadi|" + GROUP_BY_KIND + ")"
    r"(?: +(?:s|spokes(?:man|person|woman|men|people)|statement|official|officials|sources?|insiders?|commanders?|leaders?|zabih?ullah|zabiullah"
    # "the taliban released a statement confirming": the group's statement, its own word
    r"|mujahid|qari|yousuf|yusuf|yousaf|ahmadi|suhail|shaheen|for|the|taliban|group|has|have|had|released|issued|" + _ADVERBIAL_WORD + ")){0,8} +$"
)
# "government and taliban sources confirmed": both sides, so a fact
_ALSO_ANOTHER = re.compile(
    r"(?:afghan|government|provincial|local|security|district|police|officials?|authorities) +(?:and|as +well +as|,) +$"
)
_CONFIRMER_REACH = 80  # characters before "confirmed" in which its speaker is named


def confirmed_by_taliban(padded: str, position: int) -> bool:
    """Return True when the "confirmed" at `position` of the padded view has a Taliban speaker
    ("a taliban spokesman confirmed"): their own word, which confirms nothing."""
    found = _TALIBAN_CONFIRMER.search(padded, max(0, position - _CONFIRMER_REACH), position + 1)
    return found is not None and not _ALSO_ANOTHER.search(padded, max(0, found.start() - 40), found.start())


# an official who says nothing backs nothing: "officials have not yet commented", "officials could
# not be reached", "the ministry declined to comment", "police did not respond"; nor does the
# official's building ("took the governor's compound"), unless the office speaks ("the governor's
# office said")
_SILENT_AFTER = re.compile(
    r"(?: +(?:in +\w+|for +the +\w+|of +\w+))? +(?:(?:have|has|had|did|do|does|could|would|were|was)(?: +not| +n t)|haven t|hasn t|didn t|couldn t|weren t|wasn t)"
    r" +(?:yet +|immediately +)?(?:comment|commented|respond|responded|react|reacted|be +reached|been +reached|available|be +available|speak|spoken)\b"
    r"| +(?:declined|refused) +to +(?:comment|respond|speak)\b| +(?:were|was) +(?:not +)?(?:unavailable|silent)\b"
    r"| +s +(?:office|compound|residence|house|palace|headquarters|mansion|building)s?\b"
    r"(?! +(?:said|says|told|confirmed|announced|stated|added|spokes\w+|in +a +statement)\b)"
)


def says_nothing(padded: str, source_end: int) -> bool:
    """Return True when the source ending at `source_end` is said to have told nothing ("officials
    have not yet commented", "police could not be reached") or is only named as a building ("the
    governor's compound"), so it backs nothing the sentence says."""
    return bool(_SILENT_AFTER.match(padded, source_end))
