"""Splitting: one file's text into its articles, each starting at its headline.

Never by line numbers:
1. Repeated header: when the file's first non-blank line is short (a label such as ``Categories``,
   not a sentence) and the same line recurs at the start of a paragraph later on, every occurrence
   starts a new article.
2. Otherwise, separator lines (three or more of one of ``= - * _ ~ #``, optionally spaced, as in
   ``* * *``; or ``End of Document``) and form feeds split the file, but only when every
   resulting piece opens with a headline-like line, so a section break inside one article does
   not split it.
Pieces without enough text to be an article (under MIN_ARTICLE_CHARS) are joined to the one before.
A hard-wrapped article (lines cut at a fixed width, as plain-text wire feeds and mail print them)
gets each paragraph back on one line.

Each article's text starts at its headline: header labels and breadcrumb lines before it (the
repeated header, ``-Top News ...``, ``News / Afghanistan``) are dropped, and so are navigation lines
such as ``ALSO READ: ...`` anywhere in it (they quote other articles' headlines).
``article_id_for`` is the first 16 hex digits of the SHA-256 of the article text (NFC, line ends
and trailing spaces normalised), so the same text always gets the same id wherever it is stored.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MIN_ARTICLE_CHARS = 200
_MAX_LABEL_CHARS = 40
_MAX_TITLE_CHARS = 200
# "=====", "-----", "* * *", ... and the "End of Document" line of database exports.
_SEPARATOR_BODY = r"[ \t]*(?:([=\-*_~#])(?:[ \t]*\1){2,}|(?i:end of document))[ \t]*"
_SEPARATOR = re.compile(rf"^{_SEPARATOR_BODY}$", re.MULTILINE)
# The same line test for a whole text with a "\n" put in front: opening with a literal line break
# instead of ^ lets the regex engine jump from line to line instead of trying every character.
_SEPARATOR_LINE = re.compile(rf"\n{_SEPARATOR_BODY}(?=\n|\Z)")
# Whole lines removed from an article's text: navigation ("ALSO READ: ...", "Also Read - ...") and separators.
_DROPPED_LINES = re.compile(
    rf"^(?:\s*(?:also read|read also|read more|see also|related)\s*[:|\-–—].*|{_SEPARATOR_BODY})(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
# A link glued to the end of a paragraph ("... in Afghanistan.Also Read - India Won't ..."): the rest of the line
_GLUED_LINK = re.compile(r"(?<=[.!?”\"])[ \t]*(?:Also Read|ALSO READ|Read More|READ MORE)[ \t]*[:|\-–—].*$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n(?:[ \t\v\u00a0]*\n)+")
_LEADING_MARK = re.compile(r"^\s*[-–•>»|]")
_CRUMB_SPLIT = re.compile(r"\s[/|»>]\s")
_SENTENCE_END = (".", ",", ";", ":")
# a hard-wrapped text: its longest line (characters), how far below it a wrapped line may stop,
# and how many lines must reach that far
_WRAP_WIDTHS, _WRAP_SLACK, _MIN_WRAPPED_LINES = (40, 100), 12, 1  # one full line: a short report's paragraph of two lines
_PARAGRAPH_END = (".", "!", "?", '"', "”", "’", ")")  # a line that may end a paragraph (";" and ":" go on)
_ABBREVIATION_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos)\.$")  # "on Aug." / "6. Sheberghan"
_NEW_ITEM = re.compile(r"[-–—•*>·]|\d{1,2}[.)]\s|[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*\s*(?:,|\()")  # a list item, a dateline


def _clean_lines(text: str) -> list[str]:
    """Return the lines of `text` with NFC, unified line ends and no trailing spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip(" \t\v\u00a0") for line in text.split("\n")]  # keep form feeds: they separate


def _is_label(line: str) -> bool:
    """Return True for a short header label (``Categories``), not a sentence."""
    s = line.strip()
    return 0 < len(s) <= _MAX_LABEL_CHARS and not s.endswith(_SENTENCE_END) and any(c.isalpha() for c in s)


def _is_headline(line: str) -> bool:
    """Return True for a line that reads like a headline: short, several words, not a sentence."""
    s = line.strip()
    return (
        0 < len(s) <= _MAX_TITLE_CHARS
        and len(s.split()) >= 2
        and not s.endswith(_SENTENCE_END)
        and not _is_breadcrumb(s)
        and any(c.isalpha() for c in s)
    )


def _is_breadcrumb(line: str) -> bool:
    """Return True for a section line (``-Top News Asia``, ``News / Afghanistan``), not a headline."""
    if _LEADING_MARK.match(line):
        return True
    parts = _CRUMB_SPLIT.split(line)
    return len(parts) > 1 and all(len(part.split()) <= 2 for part in parts)


def _first_content(lines: list[str]) -> str:
    """Return the first non-blank line of `lines` ('' if none)."""
    return next((line for line in lines if line.strip()), "")


def _split_on_header(lines: list[str]) -> list[list[str]] | None:
    """Return the pieces started by a repeated first-line label, or None if there is none."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _is_label(lines[first]):
        return None
    label = lines[first].strip()
    starts = [first] + [
        i for i in range(first + 1, len(lines)) if lines[i].strip() == label and not lines[i - 1].strip()
    ]
    if len(starts) < 2:
        return None
    return [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]


def _split_on_separators(lines: list[str]) -> list[list[str]] | None:
    """Return the pieces between separator lines / form feeds if each opens with a headline."""
    pieces: list[list[str]] = [[]]
    for line in lines:
        parts = line.split("\f")
        for n, part in enumerate(parts):
            is_separator = _SEPARATOR.match(part) is not None
            if n > 0 or is_separator:
                pieces.append([])
            if not is_separator:
                pieces[-1].append(part)
    pieces = [p for p in pieces if any(line.strip() for line in p)]
    if len(pieces) < 2 or not all(_opens_with_headline(p) for p in pieces):
        return None
    return pieces


def _opens_with_headline(lines: list[str]) -> bool:
    """Return True if `lines` start with a headline standing alone (not the first line of a
    hard-wrapped paragraph: the next line is blank, short, or absent)."""
    first = next(i for i, line in enumerate(lines) if line.strip())
    if not _is_headline(lines[first]):
        return False
    following = lines[first + 1].strip() if first + 1 < len(lines) else ""
    return len(following) <= 80


def _merge_short(pieces: list[list[str]]) -> list[list[str]]:
    """Return `pieces` with those under MIN_ARTICLE_CHARS joined to the piece before them."""
    merged: list[list[str]] = []
    for piece in pieces:
        if merged and _chars(piece) < MIN_ARTICLE_CHARS:
            merged[-1].extend(piece)  # in place: joining thousands of short pieces stays linear
        else:
            merged.append(list(piece))
    if len(merged) > 1 and _chars(merged[0]) < MIN_ARTICLE_CHARS:
        merged[0:2] = [merged[0] + merged[1]]
    return merged


def _chars(lines: list[str]) -> int:
    """Return the characters of `lines` without their surrounding blanks."""
    return sum(len(line.strip()) for line in lines)


def split_articles(text: str) -> list[str]:
    """Return the article texts in decoded file `text` (one element when it holds one article).

    Each text starts at its headline and has navigation lines removed (see the module docstring).
    """
    lines = _clean_lines(text)
    label = None
    pieces = _split_on_header(lines)
    if pieces is not None:
        label = _first_content(lines).strip()
    elif "\f" in text or _SEPARATOR_LINE.search("\n" + "\n".join(lines)):
        pieces = _split_on_separators(lines) or [lines]
    else:
        pieces = [lines]
    if len(pieces) > 1:
        pieces = _merge_short(pieces)
    texts = [_article_body(piece, label) for piece in pieces]
    return [t for t in texts if t]


def _article_body(lines: list[str], label: str | None) -> str:
    """Return one article's text: from its headline on, navigation lines dropped, blank runs collapsed."""
    start = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or s == label or _is_breadcrumb(s):
            continue
        start = i
        break
    body = "\n".join(_unwrapped(lines[start:])).replace("\f", "")
    body = _GLUED_LINK.sub("", _DROPPED_LINES.sub("", body))
    return _BLANK_RUN.sub("\n\n", body).strip()


def _unwrapped(lines: list[str]) -> list[str]:
    """Return `lines` with each hard-wrapped paragraph on one line, as web pages and news databases
    print them (the readers read a line break as the end of a headline, a caption or a paragraph).

    A text is hard-wrapped when its longest line is short (40-100 characters), lines come within a
    few characters of it, and at least half the lines followed by another stop mid-sentence. A line
    joins the one before it when its first word would not have fitted there (a break where the
    word fitted was the writer's), unless it opens a new paragraph after a finished sentence, a
    list item or a dateline. The first line, the headline, stays on its own."""
    sizes = [len(line.strip()) for line in lines]
    if not _hard_wrapped(lines, sizes):
        return lines
    width = max(sizes)
    joined: list[str] = []
    last = 0  # the length of the last physical line joined
    for line, size in zip(lines, sizes):
        if len(joined) > 1 and last and size and last + 1 + len(line.split()[0]) > width and not _opens_paragraph(joined[-1], line):
            glue = "" if re.search(r"[^\W\d_]-$", joined[-1]) else " "  # "Mazar-i-" / "Sharif": a word broken at its hyphen
            joined[-1] = joined[-1].rstrip() + glue + line.strip()
        else:
            joined.append(line)
        last = size
    return joined


def _hard_wrapped(lines: list[str], sizes: list[int]) -> bool:
    """Return True when `lines` (of `sizes` characters) look cut at a fixed width (see `_unwrapped`)."""
    width = max(sizes, default=0)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return False
    if sum(1 for n in sizes if n >= width - _WRAP_SLACK) < _MIN_WRAPPED_LINES:
        return False
    followed = [line.strip() for line, nxt in zip(lines[1:], lines[2:]) if line.strip() and nxt.strip()]
    return bool(followed) and 2 * sum(1 for line in followed if not _ends_paragraph(line)) >= len(followed)


def _opens_paragraph(before: str, line: str) -> bool:
    """Return True when `line` starts a paragraph of its own: a list item or a dateline
    ("ZARANJ, Aug 16 - ..."), or a capital after a finished sentence (not after ";" or ":", which
    go on in the line after, nor a day's number after a month's abbreviation: "on Aug." / "6.")."""
    text, before = line.strip(), before.rstrip()
    if _NEW_ITEM.match(text):
        return not (text[:1].isdigit() and _ABBREVIATION_END.search(before))
    return _ends_paragraph(before) and text[:1].isupper()


def _ends_paragraph(line: str) -> bool:
    """Return True when `line` may end a paragraph: a sentence's end that is no abbreviation ("Aug.")."""
    return line.endswith(_PARAGRAPH_END) and _ABBREVIATION_END.search(line) is None


def article_id_for(text: str) -> str:
    """Return the article id of `text`: 16 hex digits of the SHA-256 of its normalised form."""
    normal = "\n".join(_clean_lines(text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def headline_of(text: str) -> str:
    """Return the article's headline (its first line if headline-like, else '')."""
    first = _first_content(text.split("\n")).strip()
    return first if _is_headline(first) else ""
