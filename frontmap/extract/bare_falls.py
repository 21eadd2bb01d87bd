"""Bare forms of "fall": a timeline's bare plural, a fall only after a list of names, and the
progressive "is falling", a fall under way.

"Lashkar Gah, Qalat and Tarinkot fall.", "Jalalabad and Kabul fall on Sunday": the places joined by
"and" are what fell (`BARE_PLURAL_FALL`, a row of the trigger table: the word with no noun's
determiner, modal or negation before it, its clause ending or a day following it). "Capitals near
Kabul fall" or "Districts around Kandahar city fall" name the place only as where others lie, and
"Ghazni and Uruzgan districts fall" does not say which districts: there the word is no trigger
(`is_an_unlisted_bare_fall`). "The city would later fall on Aug 10" is a fall told in a narrative
(`achieved_modals`), whatever stands before it; so is "the city would fall two days later", a
fall counted on from a day already told (`COUNTED_LATER`).

"The city is falling as we speak", "as Herat was falling (collapsing) on Thursday": a fall still
under way, with no "to" naming a winner, is fighting for the place, not its loss (`FALLING_NOW`,
`under_way`); so is one place's "X was falling to the Taliban as they stormed its posts": the winner
is named, the fall is still going on (a plural "districts are falling to the Taliban" tells of falls).
"""

from __future__ import annotations

import re

from frontmap.extract.gapped_days import MONTHS, WEEKDAYS

#: a time counted on from a told day: "two days later", "a few hours later", "the next day"
COUNTED_LATER = (
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?)\s+later"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week))\b"
)
# no noun's determiner ("the fall", "Kunduz's fall on Sunday": the possessive's own row), modal, negation or "to"
_NOT_BEFORE = "".join(
    f"(?<!\\b{w} )" for w in "the a an this that its their in of last next free will would could may might not to t s districts provinces".split()
)
BARE_PLURAL_FALL = r"(?<=[a-z0-9] )" + _NOT_BEFORE + r"fall\b(?=\s*$|\s\s|\s+(?:on|late|early|overnight|within|in\s+quick|one\s+after)\b)"
_BARE = re.compile(BARE_PLURAL_FALL)
# "is falling", "was collapsing": not "falling to" (a winner named: `triggers`), "falling apart", "falling back"
FALLING_NOW = (
    r"\b(?:falling|collapsing)\b(?:(?<= is falling)|(?<= are falling)|(?<= was falling)|(?<= were falling)"
    r"|(?<= is collapsing)|(?<= are collapsing)|(?<= was collapsing)|(?<= were collapsing))"
    r"(?!\s+(?:to|into|apart|back|behind|short|silent|quiet|victim|prey|under|off|down|out|asleep|ill|for|over|through|from|below|sharply|steadily)\b)"
)
# "with Qala-i-Naw falling on Friday", "Kunduz falling overnight": a participle with a day of its own
# tells a fall that happened (not "is falling": `FALLING_NOW`; not "falling on Kabul": no day follows;
# not "on the verge of falling on Wednesday", "close to falling", "kept X from falling": a fall not come)
DATED_FALLING = (
    r"(?<! is )(?<! are )(?<! was )(?<! were )(?<! been )(?<! of )(?<! from )(?<! to )(?<! about )\bfalling\b(?=\s+(?:(?:late|early)\s+)?(?:on\s+(?:(?:late|early)\s+)?(?:" + WEEKDAYS + r"|" + MONTHS + r")\b"
    r"|overnight|yesterday|last\s+(?:night|week)|without\s+a\s+(?:fight|shot)))"
)
_REACH = 60  # characters before the word in which its list of names lies
_JOINED = re.compile(r"\band\b")
# a word that places the names beside others ("near Kabul", "around Kandahar city")
_PLACING = re.compile(r"\b(?:near|around|outside|across|of|in|from|beyond|towards?|close)\b")


def is_an_unlisted_bare_fall(view: str, start: int) -> bool:
    """Return True when the word at `start` of `view` (a sentence's padded lower-case view) is a bare
    plural "fall" after no list of names joined by "and", or after one placed beside another place."""
    if not view.startswith("fall", start) or not _BARE.match(view, start):  # the pattern's word: most triggers are others
        return False
    before = view[max(0, start - _REACH) : start]
    if before.endswith((" later ", " eventually ")):  # "would later fall on Aug 10": a narrated fall
        return False
    return _JOINED.search(before) is None or _PLACING.search(before) is not None


def under_way(view: str, start: int, text: str) -> bool:
    """Return True when the fall trigger `text` at `start` of `view` is the bare progressive "is
    falling" or "was collapsing" (`FALLING_NOW`), or one place's "was falling to": the place is fought
    for, not lost ("claims of X falling are false" is the claimed fall)."""
    word = text.lower()
    return (word in ("falling", "collapsing") and view.endswith((" is ", " are ", " was ", " were "), 0, start)) or (
        word == "falling to" and view.endswith((" is ", " was "), 0, start))
