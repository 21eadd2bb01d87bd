"""Ingest: read a corpus folder into articles (decode, split multi-article files, attach metadata).

Decoding (`decode`), splitting multi-article files (`split`) and datelines (`datelines`) have
modules of their own; this one walks the corpus folder and attaches metadata. A file that cannot be
decoded, or one over MAX_FILE_BYTES, is skipped with a reason naming it; the rest is still read.

Metadata: the manifest row of the article (``item``), else the file's row; publication date from
the article's row, else a date in the article's opening lines, else the file's row, else undated.
``article_id`` is the first 16 hex digits of the SHA-256 of the article text (NFC, line ends and
trailing spaces normalised), so the same text always gets the same id wherever it is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontmap.intake.datelines import date_in_text
from frontmap.intake.decode import UndecodableFile, decode_text, html_to_text  # noqa: F401  (re-exported)
from frontmap.intake.agencies import outlet_and_agency
from frontmap.intake.yearless import infer_missing_years
from frontmap.intake.manifest import Manifest, check_files, empty_manifest, manifest_path_for, parse_manifest
from frontmap.intake.split import (  # noqa: F401  (re-exported)
    MIN_ARTICLE_CHARS,
    _first_content,
    article_id_for,
    headline_of,
    split_articles,
)

log = logging.getLogger(__name__)

#: Larger files are skipped: no news file is this big, and one would hold up the whole build.
MAX_FILE_BYTES = 64 * 2**20


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
    date_source: str  # "manifest" | "text" | "dateline-year" (intake.yearless) | "undated"
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
    One dated only by a dateline without a year takes the corpus's year (intake.yearless).
    """
    return infer_missing_years(_read_articles(corpus_dir, manifest, report))


def _read_articles(corpus_dir: Path, manifest: Path | None, report: CorpusRead) -> Iterator[Article]:
    """Yield the articles of `corpus_dir` as read (iter_corpus, before any year is inferred)."""
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
    outlet, agency = outlet_and_agency(text, pick("outlet"), pick("agency"))
    return Article(
        article_id=article_id_for(text),
        file=file,
        item=item,
        title=title,
        outlet=outlet,
        agency=agency,
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
