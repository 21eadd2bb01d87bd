"""Page chrome: the sentences of a saved web page that link to other stories, not the report's own.

A page pasted as its reader saw it carries, around the body, the site's links to other stories:
"RELATED: Taliban seize Kunduz", "Also read: ...", "Read more: ...", "More from Afghanistan: X | Y",
"Next article: ...", "Click here to read more on how ...", and lists under a heading of their own
("Trending", "Related stories", "Top stories", "MORE NEWS", "You may also like:") of headlines, one a
line. Those headlines tell other reports' news, on other days: the page's report tells none of it.

A sentence is chrome when it opens on a link label and its colon (or bar, chevron or spaced dash), or opens on
"click here"; and a run of lines under a bare heading line is chrome while it stays in the heading's
paragraph or its lines read as headlines (a short whole line with no closing stop). Past the wire's
sign-off ("Reporting by ...", "... contributed to this report", "All rights reserved") the lines that
read as headlines are other stories' too; a sentence of prose there is still the report's. The
headline (the text's first line) is never chrome: "Analysis: Taliban take X" heads its own report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LABEL = (
    r"related(?:\s+(?:stories|story|articles?|news|content|coverage|links|reading))?|also\s+read|read\s+(?:more|also|next)"
    r"|more\s+news|more\s+stories|see\s+also|watch|listen|recommended(?:\s+for\s+you)?|explained|opinion|analysis"
    r"|previous(?:\s+(?:article|story|post))?|next(?:\s+(?:article|story|post))?|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|top\s+(?:stories|news)|trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared)"
    r"|popular(?:\s+(?:now|today|stories))?|latest(?:\s+(?:news|stories))?"
    r"|editor'?s\s+picks?|further\s+reading|don'?t\s+miss|must\s+read|in\s+the\s+headlines|what\s+to\s+read\s+next"
)
# a label then its colon, bar or chevron: "RELATED: X", "More from Afghanistan: X | Y", "• Also read - X"
_LABELLED = re.compile(
    r"[^\w\n]{0,3}(?:" + _LABEL + r"|more\s+(?:(?:stories|news|articles)\s+)?(?:from|on|in)\s+[\w' -]{1,40}?)\s*(?::|\||»|>|\s[-–—]\s)"
    r"|[^\w\n]{0,3}click\s+here\b",
    re.IGNORECASE,
)
# a heading alone on its line, over a list of other stories' headlines
_HEADING = re.compile(r"[^\w\n]{0,3}(?:" + _LABEL + r"|more\s+(?:(?:stories|news|articles)\s+)?(?:from|on|in)\s+[\w' -]{1,40}?)\s*:?\s*\Z", re.IGNORECASE)
# the wire's sign-off that closes a report's body: "Reporting by ...", "AP writer X contributed to this report", "© AFP"
_SIGN_OFF = re.compile(
    r"[^\w\n]{0,3}(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|copyright\b|©|all\s+rights\s+reserved"
    r"|our\s+standards\s*:|(?:[\w.'’-]+\s+){1,10}contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article))",
    re.IGNORECASE,
)
_HEADLINE_LINE = 160  # characters: a longer line is a paragraph of prose
_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[•*·-])?\s*")  # what may stand before a listed headline on its line: "1.", "•"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def chrome_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """Return the indexes of the sentences of `text` (cut into `sentences`) that are page chrome: a link
    label's line or a headline listed under a links heading (see the module docstring)."""
    chrome: set[int] = set()
    listing = signed_off = told = False  # under a links heading; past the body's sign-off; past a sentence of prose
    for index, (start, end) in enumerate(sentences):
        if index == 0:
            continue
        if listing and _MARKER.fullmatch(text, start, end):
            chrome.add(index)  # "1." cut off its headline as a sentence of its own
            continue
        whole_line = _whole_line(text, start, end)
        gap = text[sentences[index - 1][1] : start]
        if listing and not (whole_line and (_BLANK_LINE.search(gap) is None or text[end - 1] not in ".!?")):
            listing = False
        if whole_line and end - start <= 60 and _HEADING.match(text[start:end]):
            listing = True
        if listing or _LABELLED.match(text, start, end) or (signed_off and whole_line and text[end - 1] not in ".!?"):
            chrome.add(index)
        elif _SIGN_OFF.match(text, start, end):
            chrome.add(index)
            signed_off = signed_off or told  # a credit line above the body ("© AFP" under a picture) closes nothing
        told = told or (end - start > 100 and text[end - 1] in ".!?")
    return chrome


def _whole_line(text: str, start: int, end: int) -> bool:
    """Return True when text[start:end] is a whole line of at most _HEADLINE_LINE characters."""
    if end - start > _HEADLINE_LINE:
        return False
    floor = max(0, start - 8)  # room for a list marker ("12. ") before the headline, no more
    line_start, line_end = text.rfind("\n", floor, start) + 1 or floor, text.find("\n", end, end + _HEADLINE_LINE)
    if line_start == floor and floor > 0 and text[floor - 1] != "\n":
        return False
    return _MARKER.fullmatch(text, line_start, start) is not None and not text[end : end + _HEADLINE_LINE if line_end < 0 else line_end].strip()
