"""Speakers named again by their surname: "Ahmadi said" after "the movement's spokesman Qari Yousaf Ahmadi".

Agency copy introduces a Taliban spokesman once with his title and full name ("the Taliban
spokesman Qari Yousaf Ahmadi said on Friday", "Zabihullah Mujahid, a spokesman for the group,
said") and then quotes him by surname alone: "..., Ahmadi said in a statement, adding that the
Taliban have seized control of the province". The sentence rules know a few spokesmen by name;
any other surname reads as nobody's, and the gain as a fact. Here the surnames an article
gives a Taliban spokesman are collected, and a later sentence whose speaker is one of them
("Ahmadi said", "according to Ahmadi") tells the Taliban's word: its gains are claims, unless
that sentence also names an official source.

The best-known spokesmen ("Mujahid", "Karimi", "Shaheen") are known by surname even when the article never
titles them. A surname the article gives an official too ("Kandahar governor's spokesman Bahir Ahmadi") is
not taken: the same name would then speak for both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.pronoun_speakers import SAYS
from frontmap.extract.told_drafts import DraftT as _T, gains_spoken_as_claims
from frontmap.status import TALIBAN

# the Taliban's spokesman by title: "taliban spokesman", "the movement s spokesman", "a spokesman for the group"
_TALIBAN_TITLE = (r"(?:(?:taliban|movement|group|insurgents|militants)(?: +s)? +(?:(?:chief|main|official|senior) +)?spokes(?:man|person|woman)"
                  r"|spokes(?:man|person|woman) +(?:for|of) +the +(?:taliban|movement|group|insurgents|militants))")
# an official's spokesman ("the governor s spokesman", "spokesman for the ministry"): his surname is no Taliban voice
_OFFICIAL_TITLE = (r"(?:(?:governor|ministry|police|army|corps|interior|defen[cs]e|government|council|provincial|president)(?: +s)?"
                   r" +(?:\w+ +)?spokes(?:man|person|woman)|spokes(?:man|person|woman) +(?:for|of) +the +(?!taliban|movement|group|insurgents|militants)\w+)")
# how a spokesman first speaks: a verb of saying, or of announcing what he tells ("spokesman X
# announced the fall of Y", "spokesman X confirmed that Y fell")
_INTRODUCES = r"(?:" + SAYS + r"|announced|announces|confirmed|confirms|declared|declares)"
_NAME = r"(?P<name>(?:[a-z]+ +){0,3}?(?P<surname>[a-z]{4,}))"
# the movement's spokesmen of 2021 that copy quotes by surname with no title even once ("Mujahid said"):
# rare names, not common surnames such as Ahmadi, which officials share
_WELL_KNOWN = frozenset("mujahid karimi shaheen samangani".split())
_NOT_NAMES = frozenset("also said says told added claimed wrote tweeted stated that said the have has had later then further".split())


def _titled(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the two ways a view names a titled speaker: title then name then a verb of speaking
    ("taliban spokesman qari yousaf ahmadi said"), and name then title ("zabihullah mujahid a
    spokesman for the group said")."""
    before = re.compile(r"\b" + title + r" +" + _NAME + r" +(?:(?:also|later|further|then|on +\w+|in +a +\w+) +)?" + _INTRODUCES + r"\b")
    after = re.compile(_NAME + r" +(?:a|an|the) +(?:\w+ +)?" + title + r"\b")
    return before, after


_TALIBAN_NAMED = _titled(_TALIBAN_TITLE)
_OFFICIAL_NAMED = _titled(_OFFICIAL_TITLE)


def _surnames(views: Sequence[str], patterns: tuple[re.Pattern[str], re.Pattern[str]]) -> set[str]:
    """Return the surnames the views give a speaker with the title of `patterns`."""
    found = set()
    for view in views:
        if "spokes" not in view:  # every title names a spokesman: most sentences are passed over at once
            continue
        for pattern in patterns:
            found.update(m.group("surname") for m in pattern.finditer(view) if m.group("surname") not in _NOT_NAMES)
    return found


def taliban_surnames(views: Sequence[str]) -> set[str]:
    """Return the surnames the article (its sentences' views) gives a Taliban spokesman and no
    official."""
    return _surnames(views, _TALIBAN_NAMED) - _surnames(views, _OFFICIAL_NAMED)


def speaks_by_surname(view: str, surnames: set[str]) -> bool:
    """Return True when one of `surnames` is a speaker of the sentence ("ahmadi said", "ahmadi
    also claimed", "according to ahmadi")."""
    names = "|".join(sorted(surnames))
    pattern = rf"\b(?:{names}) +(?:(?:also|later|further|then|again) +)?{SAYS}\b|\baccording +to +(?:{names})\b"
    return re.search(pattern, view) is not None


def surname_spoken_as_claims(drafts: Sequence[_T], view_of: Callable[[int], str],
                             voices: tuple[Callable[[str], bool], Callable[[str], bool]]) -> list[_T]:
    """Return `drafts` with the Taliban gains of sentences a Taliban spokesman speaks by surname
    alone turned into claims; `voices` holds the test of a Taliban voice the sentence rules know
    (a sentence naming one was read by them: a gain left there was confirmed) and that of an
    official source (one in the sentence stands behind it). `view_of(i)` is sentence i's view;
    only the sentences up to the last gain's can have named the spokesman first."""
    gains = {d.index for d in drafts if d.status == TALIBAN}
    if not gains:
        return list(drafts)
    views = [view_of(i) for i in range(max(gains) + 1)]
    surnames = taliban_surnames(views) | (_WELL_KNOWN - _surnames(views, _OFFICIAL_NAMED))
    if not surnames:
        return list(drafts)
    return gains_spoken_as_claims(drafts, view_of, voices, lambda i: speaks_by_surname(view_of(i), surnames))
