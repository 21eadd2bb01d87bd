"""The files of a corpus and what each holds: plain text, saved web pages, article tables, zips.

`list_sources` walks a corpus folder: `.txt` files (one or several articles each), saved web pages
(`.html`, `.htm`), tables of articles (`.csv`, `.jsonl`, `.parquet`; not the manifest) and `.zip`
archives of any of these, whose members are named ``archive.zip:inner/name.html``. The folder a
browser saves beside a page (``page_files/`` next to ``page.html``) holds the page's scripts and
frames, never articles, and is passed over. `read_entries` turns one file's bytes into Entries by
its kind; a whole HTML page saved as `.txt` is read as a page.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from frontmap.intake.decode import UndecodableFile, decode_text
from frontmap.intake.entry import Entry
from frontmap.intake.pages import PAGE_SUFFIXES, looks_like_page, read_page
from frontmap.intake.split import split_articles
from frontmap.intake.tables import TABLE_SUFFIXES, read_table

TEXT_SUFFIXES = (".txt",)
#: What the corpus walk and the upload read as articles, and the archives that may hold them.
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, *TABLE_SUFFIXES)
ARCHIVE_SUFFIXES = (".zip",)
_SAVED_PAGE_FOLDER = "_files"
_PARQUET_MARK = b"PAR1"
MANIFEST_NAME = "manifest.csv"


class SourceError(ValueError):
    """A corpus file or archive member that cannot be read; the message says why."""


@dataclass(frozen=True)
class Source:
    """One file of the corpus, or one member (`member`) of a zip archive at `path`."""

    name: str  # as reported and stored: "folder/a.html", "news.zip:inner/a.html"
    path: Path
    member: str | None = None


def is_article_file(name: str) -> bool:
    """Return True when a file called `name` is read as articles (by its suffix)."""
    return name.lower().endswith(ARTICLE_SUFFIXES)


def list_sources(corpus_dir: Path, skip: Callable[[str, str], None],
                 exclude: Path | None = None) -> list[Source]:
    """Return the sources of `corpus_dir` in name order (archives opened to list their members).

    `exclude` (the manifest) and the folder's own manifest.csv are not sources; an archive that
    cannot be opened, and a manifest inside one, are passed to `skip` with the reason.
    """
    found: list[Source] = []
    excluded = exclude.resolve() if exclude is not None else None
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir)
        if not path.is_file() or (excluded is not None and _same_file(path, excluded)):
            continue
        if relative.as_posix().lower() == MANIFEST_NAME:  # the corpus's own manifest, not a table
            continue
        if _inside_saved_page_folder(relative, lambda page: (corpus_dir / page).is_file()):
            continue
        name = relative.as_posix()
        if name.lower().endswith(ARCHIVE_SUFFIXES):
            found.extend(_archive_sources(path, name, skip))
        elif is_article_file(name):
            found.append(Source(name, path))
    return sorted(found, key=lambda source: source.name)


def _same_file(path: Path, resolved: Path) -> bool:
    """Return True when `path` is the file at `resolved` (resolving only a likely match: the
    listing resolves no other path)."""
    return (path.name == resolved.name or path.is_symlink()) and path.resolve() == resolved


def _inside_saved_page_folder(relative: PurePosixPath | Path, exists: Callable[[str], bool]) -> bool:
    """Return True when `relative` lies in a ``page_files`` folder saved beside ``page.htm(l)``."""
    parts = PurePosixPath(relative.as_posix()).parts
    for depth, part in enumerate(parts[:-1]):
        if part.endswith(_SAVED_PAGE_FOLDER):
            stem = "/".join((*parts[:depth], part[: -len(_SAVED_PAGE_FOLDER)]))
            if any(exists(stem + suffix) for suffix in PAGE_SUFFIXES):
                return True
    return False


def saved_page_parts(members: list[str]) -> dict[str, str]:
    """Return {member: why it is not an article} for the members of an archive that lie in the
    folder a browser saved beside a page (its scripts, styles and frames)."""
    listed = set(members)
    return {member: "part of the folder a browser saves beside a web page, not an article"
            for member in members if _inside_saved_page_folder(PurePosixPath(member), listed.__contains__)}


def _archive_sources(path: Path, name: str, skip: Callable[[str, str], None]) -> list[Source]:
    """Return the readable members of zip archive `path` as Sources (none if it cannot be opened)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [info.filename for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, struct.error, ValueError) as exc:
        skip(name, f"not a readable zip archive ({exc})")
        return []
    page_parts = saved_page_parts(members)
    found = []
    for member in members:
        base = PurePosixPath(member).name
        if not is_article_file(member) or base.startswith(".") or member.startswith("__MACOSX/"):
            continue
        if base.lower() == MANIFEST_NAME:
            skip(f"{name}:{member}", "a manifest inside an archive is not read by the build; "
                                     "unpack the archive or give the manifest with --manifest")
        elif member not in page_parts:
            found.append(Source(f"{name}:{member}", path, member))
    return found


def read_source(source: Source, limit: int) -> bytes:
    """Return the bytes of `source`, at most `limit` of them; raise SourceError (or OSError for a
    file) saying why it cannot be read."""
    if source.member is None:
        size = source.path.stat().st_size
        if size > limit:
            raise SourceError(f"too large ({size / 2**20:.1f} MB; the limit is {limit // 2**20} MB)")
        return source.path.read_bytes()
    # The upload's zip checks (paths, kind, encryption, nesting, size, ratio); late: archives imports us.
    from frontmap.intake.archives import member_problem, read_member
    from frontmap.intake.limits import UploadLimits

    limits = UploadLimits(max_member_bytes=limit)
    try:
        with zipfile.ZipFile(source.path) as archive:
            info = archive.getinfo(source.member)
            problem = member_problem(info, limits)
            if problem:
                raise SourceError(problem)
            return read_member(archive, info, limit)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, struct.error, zlib.error) as exc:
        raise SourceError(f"cannot be read from the archive ({exc})") from None


def is_plain_text(name: str, data: bytes) -> bool:
    """Return True when file `name` is read as plain text (a .txt that is not a whole HTML page)."""
    return name.lower().endswith(TEXT_SUFFIXES) and not looks_like_page(data)


def check_article_file(name: str, data: bytes) -> bytes:
    """Return the bytes of page or table file `name` to keep as sent (their readers decode them).

    Raises ValueError saying why `data` is not such a file: not text, or a .parquet without
    Parquet's marks.
    """
    if name.lower().endswith(".parquet"):
        if not (data.startswith(_PARQUET_MARK) and data.endswith(_PARQUET_MARK)):
            raise ValueError("not a Parquet file (it lacks the PAR1 marks at its start and end)")
        return data
    try:
        decode_text(data, html=False)
    except UndecodableFile as exc:
        raise ValueError(f"not a text file: {exc}") from None
    return data


def read_entries(name: str, data: bytes, warn: Callable[[str], None],
                 columns: Mapping[str, str] | None = None) -> list[Entry]:
    """Return the articles in file `name` (bytes `data`) as Entries, by the kind of file.

    Raises ValueError subclasses saying why a whole file cannot be read (UndecodableFile,
    pages.NoArticleText, tables.TableError); problems with single table rows go to `warn`.
    """
    lowered = name.lower()
    if lowered.endswith(TABLE_SUFFIXES):
        return read_table(name, data, warn, columns)
    if lowered.endswith(PAGE_SUFFIXES) or looks_like_page(data):
        return [read_page(data)]
    bodies = split_articles(decode_text(data))
    return [Entry(item=n if len(bodies) > 1 else None, text=body) for n, body in enumerate(bodies, start=1)]
