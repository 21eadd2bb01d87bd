"""Entries under a section heading of a factbox: a heading line that tells the state of the places
listed under it ("Provincial capitals captured by the Taliban", "Cities contested as of August
12"), then one entry a paragraph, each opening on its place and a colon ("Aug. 12 - Herat:
Afghanistan's third-largest city.") or on its name alone in capitals ("- Aug. 13 - QALAT. Capital
of Zabul."). An entry that gives no verb of its own tells what its heading
says of its place, on the entry's date (or the date in force, as the heading's "as of" sets it).
So does a paragraph that lists its entries parted by semicolons ("Obe and Farsi in Herat; Shahrak
in Ghor; Charkh in Logar"), each part that gives no verb of its own: every place it lists but the
provinces that only locate them.

Only the place before the entry's colon is the heading's: the rest of the entry describes it
("Capital of Helmand in the south"). The heading is the nearest line above the entry that ends
without a full stop, the headline excepted (a report's headline is no section's); a heading that
states no state ("Background", "What happened next"), or one that mixes two ("capitals that have
fallen to, or are contested by, the Taliban"), gives nothing.
"""

from __future__ import annotations

import re

from frontmap.extract import rules
from frontmap.extract.text import text_view
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

_UNITS = r"(?:the\s+)?(?:\d+\s+|\w+\s+)?(?:provincial\s+)?(?:capitals?|cities|towns|districts?|district\s+cent(?:re|er)s|provinces|(?:capital\s+)?cities)"
_TIME = r"(?:\s+(?:so\s+far|to\s+date|now|as\s+of\s+\w+\.?\s+\d{1,2}|as\s+of\s+\d{1,2}\s+\w+|this\s+week))?"
_TALIBAN_SIDE = r"(?:the\s+)?(?:taliban|insurgents|militants)"
# what a heading says of its entries, each with the status it gives them
_STATES = (
    (TALIBAN, r"(?:(?:now\s+)?(?:captured|seized|taken(?:\s+over)?|overrun|held|occupied|controlled)\s+by\s+" + _TALIBAN_SIDE
              + r"|(?:that\s+(?:have|had)\s+)?(?:fallen|falling|fell)(?:\s+to\s+" + _TALIBAN_SIDE + r")?"
              + r"|(?:now\s+)?under\s+(?:taliban\s+control|(?:the\s+)?control\s+of\s+" + _TALIBAN_SIDE + r")|in\s+taliban\s+hands)"),
    (CONTESTED, r"(?:(?:being\s+)?contested|under\s+(?:attack|siege)|besieged)"),
    (GOVERNMENT, r"(?:still\s+)?(?:(?:held\s+by|in)\s+(?:the\s+)?government(?:\s+(?:hands|control))?|under\s+government\s+control)"),
)
_HEADINGS = tuple((status, re.compile(r"^[\s\-–—•*]*" + _UNITS + r"\s+" + state + _TIME + r"\s*:?\s*$", re.IGNORECASE))
                  for status, state in _STATES)
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
# "Aug. 12 - Herat:", "Herat, August 12:", "Herat:": the entry's place before its colon
_ENTRY_HEAD = re.compile(
    r"^[\s\-–—•*]*(?:" + _MONTH_DAY + r"\s*[-–—,:]+\s*)?(?P<name>[A-Z][\w’'.-]*(?:[\s-]+[A-Z][\w’'.-]*){0,3})"
    r"(?:,\s*" + _MONTH_DAY + r")?\s*:\s")
# "- Aug. 13 - QALAT.": the place's name alone in capitals, its entry's words in the sentences after
_CAPS_ENTRY = re.compile(r"^[\s\-–—•*]*(?:" + _MONTH_DAY + r"\s*[-–—:,]+\s*)?[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}\s*\.?\s*$")
_LINE_END = re.compile(r"[.!?\"”’')]\s*$")
_REACH_LINES = 40  # lines above an entry in which its heading may stand


def entry_verdict(text: str, s_start: int, sentence: str, triggers: list[rules.Trigger]) -> rules.Verdict | None:
    """Return the verdict the section heading above gives the entry opening at `s_start` of the
    article `text` (the entry's first sentence is `sentence`), or None: the sentence has a verb
    of its own, opens no paragraph (nor a part of a list paragraph, `list_part`), is no entry, or no
    heading that states a state is above it."""
    opens = not text[text.rfind("\n", 0, s_start) + 1 : s_start].strip()  # the entry opens its paragraph
    if triggers or not ((opens and (_ENTRY_HEAD.match(sentence) or _CAPS_ENTRY.match(sentence))) or list_part(text, s_start, sentence)):
        return None
    if _CAPS_ENTRY.match(sentence) and _told_after(text, s_start + len(sentence)):
        return None  # "- Aug. 12 - GHAZNI. The insurgents take over the city": its own verb (`headings`)
    heading = _heading_above(text, s_start)
    if heading is None:
        return None
    status = next((status for status, pattern in _HEADINGS if pattern.match(heading)), None)
    return None if status is None else rules.Verdict(status, heading.strip(" :"), 0, 0.7)


def list_part(text: str, s_start: int, sentence: str) -> bool:
    """Return True when the sentence at `s_start` of `text` is an entry of a list paragraph that
    parts its entries by semicolons ("Obe and Farsi in Herat; Shahrak in Ghor; Charkh in Logar"):
    it opens the paragraph and holds one, or what comes before it in the paragraph ends on one."""
    before = text[text.rfind("\n", 0, s_start) + 1 : s_start].rstrip()
    return before.endswith(";") or (not before and ";" in text[s_start : s_start + len(sentence)])  # as written: the reading folds ";" to ","


def _told_after(text: str, position: int) -> bool:
    """Return True when the rest of the line from `position` of `text` holds a control verb."""
    end = text.find("\n", position)
    rest = text[position : len(text) if end < 0 else end]
    return bool(rest.strip()) and bool(rules.find_triggers(rest, text_view(rest)))


def in_entry_head(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of an entry sentence stands before the entry's colon
    (the entry's own place), or the sentence is no entry at all."""
    head = _ENTRY_HEAD.match(sentence)
    return head is None or start < head.end("name")  # "- QALAT.": the name is all the sentence


def _heading_above(text: str, position: int) -> str | None:
    """Return the nearest line above `position` of `text`, below its headline, that ends without a
    full stop (the section's heading), or None when none stands within reach."""
    lines = text[:position].split("\n")[1:-1]  # the headline heads the report, no section of it
    for line in reversed(lines[-_REACH_LINES:]):
        if line.strip() and not _LINE_END.search(line):
            return line
    return None
