"""Ingest: read a corpus folder into articles (decode, split multi-article files, attach metadata).

Decoding (`decode`), splitting multi-article files (`split`), datelines (`frontmap.extract.head_dates`), saved web
pages (`pages`), article tables (`tables`) and the corpus's files and archives (`sources`) have
modules of their own; this one walks the corpus folder and attaches metadata. A file that cannot be
decoded, or one over MAX_FILE_BYTES, is skipped with a reason naming it; the rest is still read.

Metadata: the manifest row of the article (``item``), else what its file gave (a page's meta tags,
a table row's columns), else the file's row; publication date from the article's row, else its
page or table row, else a date in the article's opening lines, else the file's row, else undated
(`publication`: a date after today is refused, its article kept undated).
``article_id`` is the first 16 hex digits of the SHA-256 of the article text (NFC, line ends and
trailing spaces normalised), so the same text always gets the same id wherever it is stored.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from frontmap.extract.head_dates import date_in_text  # noqa: F401  (re-exported)
from frontmap.intake.decode import UndecodableFile, decode_text, html_to_text  # noqa: F401  (re-exported)
from frontmap.intake.agencies import outlet_and_agency
from frontmap.intake.entry import Entry
from frontmap.intake.manifest import (
    Manifest,
    check_files,
    empty_manifest,
    manifest_path_for,
    parse_manifest,
)
from frontmap.intake.publication import publication_date
from frontmap.intake.sources import Source, list_sources, read_entries, read_source
from frontmap.intake.yearless import infer_missing_years
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
    date_source: str  # "manifest" | "page" | "table" | "text" | "dateline-year" | "weekday-year" (intake.yearless) | "undated"
    text: str
    year: int | None = None  # an undated article's: the corpus's year, for the days it names without one (intake.yearless)


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
    """Return the article files under `corpus_dir` (.txt, saved pages, tables, and the members of
    its .zip archives as ``archive.zip:member``), as sorted POSIX names relative to it."""
    return [source.name for source in list_sources(Path(corpus_dir), lambda name, reason: None)]


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


def iter_corpus(corpus_dir: Path, manifest: Path | None, report: CorpusRead,
                columns: Mapping[str, str] | None = None, today: dt.date | None = None) -> Iterator[Article]:
    """Yield the articles of `corpus_dir` one at a time; skipped files and warnings go to `report`.

    `columns` names the columns of article tables (tables.parse_columns). An article whose text
    repeats one already read (same article_id) is reported and not yielded.
    One dated only by a dateline without a year takes the corpus's year (intake.yearless). A
    publication date after `today` (default: the real today) is refused (intake.publication).
    """
    plan = plan_corpus(corpus_dir, manifest, report, columns, today)
    return articles_from(plan, ((source, functools.partial(plan.read, source)) for source in plan.sources), report)


@dataclass(frozen=True)
class SourceReader:
    """Reads one source of a corpus into its articles, with the manifest and table columns it needs
    and the day it takes for today (a publication date after it is refused). A pure function of the
    source: a build may run it in its worker processes."""

    table: Manifest
    columns: Mapping[str, str] | None = None
    today: dt.date = field(default_factory=dt.date.today)

    def __call__(self, source: Source) -> tuple[list[Article], list[tuple[str, ...]]]:
        """Return (the source's articles, its notes): notes are ("warn", message) and
        ("skip", file, reason), to be replayed into the build's CorpusRead in order."""
        notes = _Notes()
        entries = _read_entries(source, notes, self.columns)
        if entries:
            _check_items(source.name, entries, self.table, notes)
        return [_make_article(source.name, entry, self.table, self.today, notes.warn) for entry in entries], notes.kept


class _Notes(CorpusRead):
    """A CorpusRead that only keeps what was reported, in order, for another process to replay."""

    def __init__(self) -> None:
        super().__init__()
        self.kept: list[tuple[str, ...]] = []

    def warn(self, message: str) -> None:
        self.kept.append(("warn", message))

    def skip(self, file: str, reason: str) -> None:
        self.kept.append(("skip", file, reason))


@dataclass(frozen=True)
class CorpusPlan:
    """What a corpus will be read from: its sources in reading order and the reader of one."""

    sources: list[Source]
    read: SourceReader


def plan_corpus(corpus_dir: Path, manifest: Path | None, report: CorpusRead,
                columns: Mapping[str, str] | None = None, today: dt.date | None = None) -> CorpusPlan:
    """Return the CorpusPlan of `corpus_dir`: manifest loaded, sources listed (the manifest's and
    the listing's warnings go to `report`), `today` (default: the real today) the day after which
    a publication date is refused."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise NotADirectoryError(f"corpus_dir: expected a folder of article files, got {corpus_dir}")
    table = _load_manifest(corpus_dir, manifest, report)
    sources = list_sources(corpus_dir, report.skip, exclude=manifest_path_for(corpus_dir, manifest))
    for message in check_files(table, {source.name for source in sources}):
        report.warn(message)
    return CorpusPlan(sources, SourceReader(table, columns, today or dt.date.today()))


def articles_from(plan: CorpusPlan, reads: Iterable[tuple[Source, Callable[[], tuple]]],
                  report: CorpusRead) -> Iterator[Article]:
    """Yield the articles of `reads` ((source, done): done() returns plan.read(source), wherever it
    ran), in order, as iter_corpus does: notes replayed into `report`, repeats read once, years
    inferred."""
    return infer_missing_years(_distinct_articles(reads, report), plan.read.today)


def _distinct_articles(reads: Iterable[tuple[Source, Callable[[], tuple]]], report: CorpusRead) -> Iterator[Article]:
    """Yield the articles of `reads` in order, an article repeating an earlier one's text reported."""
    seen: dict[str, str] = {}
    for _source, done in reads:
        articles, notes = done()
        _replay(notes, report)
        for article in articles:
            where = article.file if article.item is None else f"{article.file} item {article.item}"
            if article.article_id in seen:
                report.warn(f"{where} repeats the text of {seen[article.article_id]}; read once")
                continue
            seen[article.article_id] = where
            yield article


def _replay(notes: list[tuple[str, ...]], report: CorpusRead) -> None:
    """Record in `report` what a SourceReader noted."""
    for kind, *args in notes:
        if kind == "skip":
            report.skip(*args)
        else:
            report.warn(*args)


def _read_entries(source: Source, report: CorpusRead, columns: Mapping[str, str] | None) -> list[Entry]:
    """Return the Entries of one source; a source that cannot be read is skipped in `report`."""
    try:
        entries = read_entries(source.name, read_source(source, MAX_FILE_BYTES), report.warn, columns)
    except OSError as exc:
        report.skip(source.name, f"cannot be read ({exc.strerror or exc})")
        return []
    except ValueError as exc:  # UndecodableFile, SourceError, NoArticleText, TableError
        report.skip(source.name, str(exc))
        return []
    if not entries:
        report.skip(source.name, "no article text")
    return entries


def _check_items(name: str, entries: list[Entry], table: Manifest, report: CorpusRead) -> None:
    """Warn about manifest rows naming article numbers that file `name` does not hold."""
    items = {entry.item for entry in entries}
    beyond = [i for i in table.items_of(name) if i not in items and not (i == 1 and None in items)]
    if beyond:
        report.warn(
            f"manifest: {name} item(s) {', '.join(map(str, beyond))} named but the file holds "
            f"{len(entries)} article(s); those rows are ignored"
        )


def _make_article(file: str, entry: Entry, table: Manifest, today: dt.date, warn: Callable[[str], None]) -> Article:
    """Return the Article for one entry, with metadata from its manifest rows, else from its file
    (a page's meta tags, a table's columns), else from its text; its publication date settled by
    intake.publication (one after `today` refused, warned through `warn`)."""
    item, text = entry.item, entry.text
    own = table.entry(file, item if item is not None else None)
    if own is None and item is None:
        own = table.entry(file, 1)
    whole = table.entry(file, None) if item is not None else None
    rows = [r for r in (own, entry, whole) if r is not None]

    def pick(attr: str) -> str:
        return next((getattr(r, attr) for r in rows if getattr(r, attr)), "")

    published, source = publication_date(file, own, entry, whole, today, warn, table.name)
    title = (own.title if own is not None and own.title else "") or entry.title or headline_of(text)
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


def read_corpus(corpus_dir: Path, manifest: Path | None = None,
                columns: Mapping[str, str] | None = None, today: dt.date | None = None) -> CorpusRead:
    """Return every article of `corpus_dir` (manifest: `manifest`, else corpus_dir/manifest.csv;
    table columns: `columns`; a publication date after `today`, default the real today, refused).

    Unreadable files are listed in `skipped`; manifest and file problems in `warnings`.
    """
    report = CorpusRead()
    report.articles.extend(iter_corpus(Path(corpus_dir), manifest, report, columns, today))
    return report
