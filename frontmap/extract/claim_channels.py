"""Claim channels: a Taliban tweet, post, video or statement named as the source of a report.

Reports name the channel instead of the speaker: "a tweet from Mujahid said X had fallen",
"according to a statement from the movement, X was captured", "in a video released by the
group, fighters said they held X". What the channel carries is the group's word, a claim, as
when its spokesman says it. An official's channel ("a statement from the defence ministry") is
a source, not a claim, and is not matched here.
"""

from __future__ import annotations

import re

_CHANNEL = r"(?:tweets?|posts?|statements?|messages?|videos?|footage|audio|recordings?|announcements?|accounts?|pages?)"
_ANY_CHANNEL = re.compile(_CHANNEL)
# the group and its spokesmen by name, with "the" optional before the group's names
_VOICE = (
    r"(?:(?:the +)?(?:taliban(?: +movement)?|insurgents|militants|islamic +emirate)|the +(?:group|movement|organi[sz]ation)"
    r"|(?:(?:taliban|group s|movement s) +spokes\w+ +)?(?:zabih?ullah +|zabiullah +)?mujahid|(?:qari +)?(?:yousuf|yusuf|yousaf) +ahmadi"
    r"|suhail +shaheen|bilal +karimi|(?:the +)?(?:taliban|group s|movement s|insurgents) +spokes\w+)"
)
_BY_VOICE = re.compile(
    r" " + _CHANNEL + r"(?: +(?:on +)?(?:twitter|telegram|whatsapp|social +media|online))?"
    r" +(?:(?:posted|released|shared|published|issued|put +out|sent|circulated|distributed) +)?(?:by|from|of) +" + _VOICE + r"\b"
)
# "mujahid s tweet", "the taliban s statement", "the group s video"
_VOICE_OWNS = re.compile(r" " + _VOICE + r" +s +(?:(?:latest|own|new|brief|short|official|written) +)?" + _CHANNEL + r"\b")


def channel_claims(padded: str) -> list[int]:
    """Return the start of each Taliban channel named in the padded view ("a tweet from mujahid",
    "a statement by the movement", "the group s video"), each the cue of a claim."""
    if not _ANY_CHANNEL.search(padded):
        return []
    return sorted(m.start() for pattern in (_BY_VOICE, _VOICE_OWNS) for m in pattern.finditer(padded))
