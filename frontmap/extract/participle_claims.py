"""Participle claims: the Taliban's word given in an adverbial participle of the sentence's subject.

Translated wire copy folds the group's statement into a participle hung on its subject: "Taliban
militants pressed on with their campaign after announcing that they had captured X and Y", "the
insurgents, while claiming they have overrun X, ...". What follows the participle is still the
group's word, a claim, as when it stands as "the Taliban announced that ...". Only reported speech
counts ("announcing that they had", "claiming it has"): "the Taliban took X after announcing an
offensive" announces no capture. Nor does a participle of someone else: "Afghan forces retook X
after announcing that ..." has no Taliban subject.
"""

from __future__ import annotations

import re

_PARTICIPLE = re.compile(
    r" (?:after|while|before|when|by) +(?:announcing|claiming|declaring|saying|boasting|asserting|tweeting|stating)"
    r"(?: +that)?(?: +(?:they|it|its +(?:fighters|forces|men)|their +(?:fighters|forces|men)|the +(?:group|movement|taliban)))?"
    r"(?: +(?:also|already|now))? +(?:had|have|has)\b"
)
# the group as the subject before the participle: "taliban militants", "the insurgents", "the armed group"
_SUBJECT = re.compile(
    r"(?:^|  | )(?:the +)?(?:taliban(?: +(?:militants|fighters|forces|insurgents|movement|military))?|insurgents|militants"
    r"|(?:the|an?) +(?:(?:armed|militant|insurgent|islamist|hardline|rebel|extremist|radical) +){1,3}(?:group|movement|outfit))\b"
)
# another actor named between the group and its participle takes the participle over: "the
# taliban attacked x, and officials said after announcing ..."
_OTHER_ACTOR = re.compile(
    r" (?:officials?|authorities|governor|ministry|police|army|forces|troops|soldiers|commandos|government|lawmakers?|council|residents|sources?)\b"
)
_REACH = 160  # characters before the participle in which its subject is looked for


def participle_claims(padded: str) -> list[int]:
    """Return the start of each participle of reported speech ("after announcing that they had")
    whose subject, earlier in the padded view, is the Taliban with no other actor between."""
    found = []
    for match in _PARTICIPLE.finditer(padded):
        before = padded[max(0, match.start() - _REACH):match.start()]
        subject = None
        for subject in _SUBJECT.finditer(before):
            break
        if subject is not None and not _OTHER_ACTOR.search(before, subject.end()):
            found.append(match.start())
    return found
