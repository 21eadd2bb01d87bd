"""Surrender nouns: "the surrender of more than 200 soldiers in Shirin Tagab" takes the district.

The verb is read already ("200 soldiers in X surrendered to the Taliban": a district whose defenders
give up is lost). Told as a noun, the defenders stand between the noun and their place ("followed
the surrender of the garrison at X last week"); the people alone ("the surrender of 20 Taliban
fighters to the army in X") are not X's defenders, nor is a surrender someone only calls for.

Told with the verb and the place after it ("hundreds of Afghan forces surrendered to the Taliban in
X", "soldiers surrendered at X on Wednesday"), the defenders are the subject and X is their post.
"""

from __future__ import annotations

import re

__all__ = ["defenders_surrendered", "defenders_surrendered_at"]

_SURRENDER_NOUN = re.compile(r"\bsurrender$", re.IGNORECASE)
_DEFENDERS = (r"(?:forces|troops|soldiers|garrisons?|defenders|policemen|police|militiamen|militias?|commandos|personnel"
              r"|security\s+forces|army\s+units?)")
# " of more than 200 soldiers and militiamen in ", " of the garrison at ", " of the police in "
_DEFENDERS_IN = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:more\s+than|over|about|around|nearly|some|at\s+least)\s+)?(?:\d[\d,]*\s+|hundreds\s+of\s+|dozens\s+of\s+|scores\s+of\s+)?"
    r"(?:(?:government|afghan|pro-government|security|army|national|local|border)\s+){0,2}" + _DEFENDERS
    + r"(?:\s+and\s+(?:(?:pro-government|local)\s+)?" + _DEFENDERS + r")?\s+(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)

# a surrender asked for, offered or refused is not one: "demanded the surrender of the garrison in X"
_ASKED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|offer(?:s|ed|ing)?|refus(?:es|ed|ing)|"
    r"reject(?:s|ed|ing)?|negotiat(?:e|es|ed|ing)|talks\s+on|terms\s+for|seek(?:s|ing)?|sought)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)


def defenders_surrendered(trigger_text: str, gap: str, before: str) -> bool:
    """Return True when `gap`, the words between the noun "surrender" (`trigger_text`) and a place,
    makes the place the post of defenders who surrendered ("the surrender of 200 soldiers in X");
    `before` is the sentence up to the noun ("called for the surrender of ...": no surrender)."""
    if not _SURRENDER_NOUN.search(trigger_text) or _DEFENDERS_IN.fullmatch(gap) is None:
        return False
    return _ASKED_BEFORE.search(before[-60:]) is None


_SURRENDER_VERB = re.compile(r"\bsurrender(?:ed)?$", re.IGNORECASE)
# the subject just before the verb: "hundreds of Afghan forces", "more than 200 soldiers have"; not
# "Taliban fighters" (no defenders) nor one of a list of other subjects
_DEFENDERS_BEFORE = re.compile(
    r"(?<!taliban\s)(?<!insurgent\s)(?<!militant\s)\b(?:(?:government|afghan|pro-government|security|army|national|local|border)\s+){0,2}"
    + _DEFENDERS + r"(?:\s+and\s+(?:(?:pro-government|local)\s+)?" + _DEFENDERS + r")?"
    r",?\s+(?:(?:have|has|had|reportedly|also|all|then|finally)\s+){0,2}$",
    re.IGNORECASE,
)
_WHEN = r"(?:(?:on|late|early)\s+\w+\s+|(?:last|this)\s+week\s+)?"
# " to the Taliban in ", " in ", " on Wednesday at ": to the winners (or no one) at their post
_TO_WINNERS_IN = re.compile(
    r"\s+" + _WHEN + r"(?:(?:en\s+masse|with\s+their\s+weapons)\s+)?(?:to\s+(?:the\s+)?(?:taliban|insurgents|militants|group)\s+)?" + _WHEN
    + r"(?:in|at)\s+(?:the\s+(?:city|town|district|provincial\s+capital)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def defenders_surrendered_at(trigger_text: str, gap: str, before: str) -> bool:
    """Return True when the verb "surrendered" (`trigger_text`), its subject defenders at the end of
    `before`, is followed by `gap` that leads to their post ("forces surrendered to the Taliban in X")."""
    if not _SURRENDER_VERB.search(trigger_text) or _TO_WINNERS_IN.fullmatch(gap) is None:
        return False
    return _DEFENDERS_BEFORE.search(before[-80:]) is not None
