"""Ingest: read a corpus folder into articles (decode, split multi-article files, attach metadata).

Decoding: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, else cp1252. A file with NUL
bytes, with many control characters, that is empty or that none of these decode is skipped with a
reason naming it; the rest of the corpus is still read. So is a file over MAX_FILE_BYTES. An HTML
page saved as .txt is read as its visible text (scripts and styles dropped, entities decoded).

Splitting a file into articles (never by line numbers):
1. Repeated header: when the file's first non-blank line is short (a label such as ``Categories``,
   not a sentence) and the same line recurs at the start of a paragraph later on, every occurrence
   starts a new article.
2. Otherwise, separator lines (three or more of one of ``= - * _ ~ #``, optionally spaced, as in
   ``* * *``; or ``End of Document``) and form feeds split the file, but only when every
   resulting piece opens with a headline-like line, so a section break inside one article does
   not split it.
Pieces without enough text to be an article (under 200 characters) are joined to the one before.

Each article's text starts at its headline: header labels and breadcrumb lines before it (the
repeated header, ``-Top News ...``, ``News / Afghanistan``) are dropped, and so are navigation lines
such as ``ALSO READ: ...`` anywhere in it (they quote other articles' headlines).

Metadata: the manifest row of the article (``item``), else the file's row; publication date from
the article's row, else a date in the article's opening lines, else the file's row, else undated.
``article_id`` is the first 16 hex digits of the SHA-256 of the article text (NFC, line ends and
trailing spaces normalised), so the same text always gets the same id wherever it is stored.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from frontmap.extract.dates import MONTHS
from frontmap.intake.manifest import Manifest, check_files, empty_manifest, manifest_path_for, parse_manifest

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 200
#: Larger files are skipped: no news file is this big, and one would hold up the whole build.
MAX_FILE_BYTES = 64 * 2**20
_MAX_LABEL_CHARS = 40
_MAX_TITLE_CHARS = 200
_DATE_SEARCH_LINES = 12
_DATE_SEARCH_CHARS = 400

# "=====", "-----", "* * *", ... and the "End of Document" line of database exports.
_SEPARATOR_BODY = r"[ \t]*(?:([=\-*_~#])(?:[ \t]*\1){2,}|(?i:end of document))[ \t]*"
_SEPARATOR = re.compile(rf"^{_SEPARATOR_BODY}$", re.MULTILINE)
# The same line test for a whole text with a "\n" put in front: opening with a literal line break
# instead of ^ lets the regex engine jump from line to line instead of trying every character.
_SEPARATOR_LINE = re.compile(rf"\n{_SEPARATOR_BODY}(?=\n|\Z)")
# Whole lines removed from an article's text: navigation ("ALSO READ: ...") and separators.
_DROPPED_LINES = re.compile(
    rf"^(?:\s*(?:also read|read also|read more|see also|related)\s*:.*|{_SEPARATOR_BODY})(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_RUN = re.compile(r"\n(?:[ \t\v\u00a0]*\n)+")
_LEADING_MARK = re.compile(r"^\s*[-–•>»|]")
_CRUMB_SPLIT = re.compile(r"\s[/|»>]\s")
_SENTENCE_END = (".", ",", ";", ":")


@dataclass(frozen=True)
class Article:
    """One news article with its metadata; `text` includes the headline."""

    article_id: str
    file: str
    item: int | None
    title: str
    outlet: str
    agency: str
    url: str
    published: dt.date | None
    date_source: str  # "manifest" | "text" | "undated"
    text: str


@dataclass(frozen=True)
class SkippedFile:
    """A corpus file that was not read, and why."""

    file: str
    reason: str


@dataclass
class CorpusRead:
    """What reading a corpus produced: the articles, the files skipped, and the warnings."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record `message` as a warning (logged at INFO only: callers report the list, as
        BuildSummary.describe() does, so a console does not show each one twice)."""
        self.warnings.append(message)
        log.info(message)

    def skip(self, file: str, reason: str) -> None:
        """Record that `file` was skipped because of `reason`, with a warning naming it."""
        self.skipped.append(SkippedFile(file, reason))
        self.warn(f"skipped {file}: {reason}")


class UndecodableFile(ValueError):
    """A file's bytes are not text frontmap can read; the message says why."""


# ---------------------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Return `data` decoded as text (BOM-marked encodings, UTF-8, else cp1252).

    Raises UndecodableFile when the bytes are empty, binary (NUL bytes or many control
    characters) or decode in none of these encodings.
    """
    if not data.strip():
        raise UndecodableFile("empty file")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableFile(f"starts with a {encoding} byte-order mark but does not decode: {exc}") from None
            break
    if text is None:
        if b"\x00" in data:
            raise UndecodableFile("binary content (NUL bytes)")
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UndecodableFile("not UTF-8, UTF-16 (with BOM) or cp1252 text")
    controls = len(_CONTROL_CHARS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 50):
        raise UndecodableFile(f"binary content ({controls} control characters)")
    return html_to_text(text) if _looks_like_html(text) else text


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HTML_MARKERS = re.compile(r"<(?:html|body|head|p|div|br|h[1-6]|article|span|a\s)[\s>/]", re.IGNORECASE)
_HTML_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr table article section header footer title "
                         "blockquote figure figcaption".split())


def _looks_like_html(text: str) -> bool:
    """Return True when `text` is an HTML page or fragment rather than plain text with a stray tag."""
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or len(_HTML_MARKERS.findall(text[:20000])) >= 3


class _TextExtractor(HTMLParser):
    """Collects an HTML page's visible text, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._hidden += 1
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Return the visible text of HTML `page`: scripts and styles dropped, entities decoded,
    one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    text = "".join(parser.parts).replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# --------------------------------------------------------------------------------------- splitting


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
            if n > 0 or _SEPARATOR.match(part):
                pieces.append([])
            if not _SEPARATOR.match(part):
                pieces[-1].append(part)
    pieces = [p for p in pieces if any(line.strip() for line in p)]
    if len(pieces) < 2 or not all(_opens_with_headline(p) for p in pieces):
        return None
    return pieces


def _opens_with_headline(lines: list[str]) -> bool:
    """Return True if `lines` start with a headline standing alone (not the first line of a
    hard-wrapped paragraph: the next line is blank, short, or absent)."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    first = content[0]
    if not _is_headline(lines[first]):
        return False
    following = lines[first + 1].strip() if first + 1 < len(lines) else ""
    return len(following) <= 80


def _merge_short(pieces: list[list[str]]) -> list[list[str]]:
    """Return `pieces` with those under MIN_ARTICLE_CHARS joined to the piece before them."""
    merged: list[list[str]] = []
    for piece in pieces:
        if merged and sum(len(line.strip()) for line in piece) < MIN_ARTICLE_CHARS:
            merged[-1] = merged[-1] + piece
        else:
            merged.append(piece)
    if len(merged) > 1 and sum(len(line.strip()) for line in merged[0]) < MIN_ARTICLE_CHARS:
        merged[0:2] = [merged[0] + merged[1]]
    return merged


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
    body = "\n".join(lines[start:]).replace("\f", "")
    body = _DROPPED_LINES.sub("", body)
    return _BLANK_RUN.sub("\n\n", body).strip()


def article_id_for(text: str) -> str:
    """Return the article id of `text`: 16 hex digits of the SHA-256 of its normalised form."""
    normal = "\n".join(_clean_lines(text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def headline_of(text: str) -> str:
    """Return the article's headline (its first line if headline-like, else '')."""
    first = _first_content(text.split("\n")).strip()
    return first if _is_headline(first) else ""


# ---------------------------------------------------------------------------------------- dates

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("d", "M", "y")),
)
_DATELINE_WORDS = re.compile(r"^\s*(published|posted|updated|date|dated)\b", re.IGNORECASE)


def _dates_in(text: str) -> list[tuple[int, dt.date]]:
    """Return (position, date) for every full date (with a year) written in `text`."""
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            try:
                month = MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
                found.append((match.start(), dt.date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return sorted(found)


def date_in_text(text: str) -> dt.date | None:
    """Return the publication date written at the top of `text`, or None.

    A dateline wins: a short line among the first lines that holds a date, or a line starting
    with Published/Posted/Updated/Date. Else the first full date within the opening characters.
    """
    for line in text.split("\n")[:_DATE_SEARCH_LINES]:
        s = line.strip()
        if s and (len(s) <= 80 or _DATELINE_WORDS.match(s)):
            dates = _dates_in(s)
            if dates:
                return dates[0][1]
    dates = _dates_in(text[:_DATE_SEARCH_CHARS])
    return dates[0][1] if dates else None


# ---------------------------------------------------------------------------------------- corpus


def corpus_files(corpus_dir: Path) -> list[str]:
    """Return the .txt files under `corpus_dir`, as sorted POSIX paths relative to it."""
    return sorted(
        p.relative_to(corpus_dir).as_posix()
        for p in corpus_dir.rglob("*")
        if p.suffix.lower() == ".txt" and p.is_file()
    )


def _load_manifest(corpus_dir: Path, manifest: Path | None, report: CorpusRead) -> Manifest:
    """Return the manifest for `corpus_dir` (empty if none), recording its warnings in `report`."""
    path = manifest_path_for(corpus_dir, manifest)
    if path is None:
        return empty_manifest()
    try:
        text = decode_text(path.read_bytes())
    except (OSError, UndecodableFile) as exc:
        report.warn(f"manifest {path}: cannot be read ({exc}); building without it")
        return empty_manifest()
    parsed = parse_manifest(text, name=path.name)
    for message in parsed.warnings:
        report.warn(message)
    return parsed


def iter_corpus(corpus_dir: Path, manifest: Path | None, report: CorpusRead) -> Iterator[Article]:
    """Yield the articles of `corpus_dir` one at a time; skipped files and warnings go to `report`.

    An article whose text repeats one already read (same article_id) is reported and not yielded.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise NotADirectoryError(f"corpus_dir: expected a folder of .txt files, got {corpus_dir}")
    files = corpus_files(corpus_dir)
    table = _load_manifest(corpus_dir, manifest, report)
    for message in check_files(table, set(files)):
        report.warn(message)
    seen: dict[str, str] = {}
    for name in files:
        size = (corpus_dir / name).stat().st_size
        if size > MAX_FILE_BYTES:
            report.skip(name, f"too large ({size / 2**20:.1f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
            continue
        try:
            text = decode_text((corpus_dir / name).read_bytes())
        except UndecodableFile as exc:
            report.skip(name, str(exc))
            continue
        except OSError as exc:
            report.skip(name, f"cannot be read ({exc.strerror or exc})")
            continue
        bodies = split_articles(text)
        if not bodies:
            report.skip(name, "no article text")
            continue
        beyond = [i for i in table.items_of(name) if i > len(bodies)]
        if beyond:
            report.warn(
                f"manifest: {name} item(s) {', '.join(map(str, beyond))} named but the file holds "
                f"{len(bodies)} article(s); those rows are ignored"
            )
        for n, body in enumerate(bodies, start=1):
            article = _make_article(name, n if len(bodies) > 1 else None, body, table)
            where = f"{name} item {n}" if len(bodies) > 1 else name
            if article.article_id in seen:
                report.warn(f"{where} repeats the text of {seen[article.article_id]}; read once")
                continue
            seen[article.article_id] = where
            yield article


def _make_article(file: str, item: int | None, text: str, table: Manifest) -> Article:
    """Return the Article for one text, with metadata from its manifest rows or its text."""
    own = table.entry(file, item if item is not None else None)
    if own is None and item is None:
        own = table.entry(file, 1)
    whole = table.entry(file, None) if item is not None else None
    rows = [r for r in (own, whole) if r is not None]

    def pick(attr: str) -> str:
        return next((getattr(r, attr) for r in rows if getattr(r, attr)), "")

    published, source = None, "undated"
    if own is not None and own.published:
        published, source = own.published, "manifest"
    elif (found := date_in_text(text)) is not None:
        published, source = found, "text"
    elif whole is not None and whole.published:
        published, source = whole.published, "manifest"
    title = (own.title if own is not None and own.title else "") or headline_of(text)
    title = title or _first_words(text)
    return Article(
        article_id=article_id_for(text),
        file=file,
        item=item,
        title=title,
        outlet=pick("outlet"),
        agency=pick("agency"),
        url=pick("url"),
        published=published,
        date_source=source,
        text=text,
    )


def _first_words(text: str, limit: int = 100) -> str:
    """Return the opening of `text` cut at a word boundary near `limit` characters."""
    first = " ".join(_first_content(text.split("\n")).split())
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"


def read_corpus(corpus_dir: Path, manifest: Path | None = None) -> CorpusRead:
    """Return every article of `corpus_dir` (manifest: `manifest`, else corpus_dir/manifest.csv).

    Unreadable files are listed in `skipped`; manifest and file problems in `warnings`.
    """
    report = CorpusRead()
    report.articles.extend(iter_corpus(Path(corpus_dir), manifest, report))
    return report
