"""Participles that govern an object of their own.

"Attacked X from three sides, seizing it by nightfall", "laid siege to X for a week before capturing
it": the participle tells a change as a finite verb would when a comma or a word of sequence opens
it; "the possibility of the militants overrunning it" or "a plan for retaking it" tells none.

"Captured Herat and Kandahar, encircling the capital": a participle right after a place's comma that
takes an object of its own acts on that object, not on the place before it (which is the main verb's).
"""

from __future__ import annotations

import re

# ", seizing", "before capturing", "and then retaking": the participle opens its own phrase
_OPENED_PARTICIPLE = re.compile(
    r"(?:,|\b(?:before|after|while|then|and|eventually|finally|later|soon|quickly))\s+[a-z]+ing$", re.IGNORECASE
)


def governs_it(text: str, at: int) -> bool:
    """Return True when the word ending at `at` (right before " it") is a participle that opens its
    own phrase after a comma or a word of sequence, and so may govern the "it" as its object."""
    return text.endswith("ing", 0, at) and _OPENED_PARTICIPLE.search(text, max(0, at - 40), at) is not None


# ", encircling the capital", ", besieging Kabul": an -ing word after the comma, then its object (not
# "Kunduz, falling to the insurgents": a preposition after it leaves the place its subject)
_PARTICIPLE_WITH_OBJECT = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*"  # the rest of a list
    r"(?:\s+(?:on|over|by|late|early|last|this|during|overnight|in)\b(?:\s+[\w-]+){0,3}?)?"  # "... over the weekend"
    r",\s+(?:(?:also|further|thereby|effectively|now|steadily)\s+)?[a-z]+ing\s+"
    r"(?!(?:to|into|in|on|under|back|by|for|from|with|at|around|near|after|before|since|as|again)\b)[\w’']"
)


def acts_on_its_own_object(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the verb at `trigger_start` is a participle opened by the comma after the
    place ending at `end` (or after the list it ends or goes on) and followed by an object of its
    own ("X and Y, encircling Kabul")."""
    opened = _PARTICIPLE_WITH_OBJECT.match(sentence, end)
    return opened is not None and opened.end() > trigger_start
