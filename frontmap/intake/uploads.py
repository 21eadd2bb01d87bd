"""Safe intake of uploaded articles: `.txt` files, saved web pages, article tables or `.zip`
archives of them, plus an optional manifest.csv, checked against limits a public server needs,
then ingested into a data directory.

Every file that is turned away is named in the report with the reason; everything else is
written to a fresh folder under ``<data>/uploads/`` (kept as the record of what was added) and
built into the store with :func:`frontmap.build.build_corpus`.
"""

from __future__ import annotations

import logging
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

from frontmap.intake.archives import path_problem, unpack_archive
from frontmap.intake.limits import (  # noqa: F401  (MB, the variables and positive_number: re-exported)
    ENV_MAX_FILES,
    ENV_MAX_UPLOAD_MB,
    MB,
    RejectedFile,
    UploadLimits,
    positive_number,
    size_text,
)
from frontmap.intake.sources import check_article_file, is_article_file, is_plain_text

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.csv"
UPLOADS_SUBDIR = "uploads"

# Leading bytes of common binary formats, to say what a rejected file looks like.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (Word/ODT documents are zip archives too)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)



@dataclass
class StagedUploads:
    """What passed the checks: text files by their final name, the manifest, and what did not."""

    texts: dict[str, str | bytes] = field(default_factory=dict)
    manifest: str | None = None
    rejected: list[RejectedFile] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # final name -> name as uploaded
    unpacked: int = 0  # bytes of text and manifest accepted so far, after unpacking


@dataclass
class UploadReport:
    """The outcome of :func:`ingest_uploads`."""

    accepted: list[str]  # names as uploaded (archive members as ``archive.zip:member``)
    rejected: list[RejectedFile]
    build: Any | None  # frontmap.build.BuildSummary, or None when nothing was accepted
    folder: Path | None  # where the accepted files were written
    manifest: bool = False  # whether a manifest came with them

    @property
    def ok(self) -> bool:
        """Return True when at least one file was accepted and built."""
        return bool(self.accepted) and self.build is not None


def ingest_uploads(
    uploads: Iterable[tuple[str, bytes]],
    data_dir: Path,
    limits: UploadLimits | None = None,
    today: date | None = None,
) -> UploadReport:
    """Check `uploads` (pairs of file name and raw bytes), write the acceptable ones to a fresh
    folder under ``<data_dir>/uploads/`` and build them into the store in `data_dir` (a
    publication date after `today`, default the real today, refused as in any build).

    Returns an :class:`UploadReport` naming every accepted and rejected file and holding the build
    summary (None, and no folder, when nothing was accepted).
    """
    if data_dir is None:
        raise ValueError("data_dir: expected the data directory to ingest into, got None")
    data_dir = Path(data_dir)
    staged = stage_uploads(uploads, limits or UploadLimits.from_env())
    if not staged.texts and staged.manifest is not None:
        staged.rejected.append(RejectedFile(
            MANIFEST_NAME, "a manifest needs the .txt files it describes in the same upload"))
    for rejected in staged.rejected:
        log.warning("upload into %s: rejected %s: %s", data_dir, rejected.name, rejected.reason)
    accepted = [staged.sources[name] for name in sorted(staged.texts)]
    if not staged.texts:
        return UploadReport(accepted=[], rejected=staged.rejected, build=None, folder=None,
                            manifest=False)

    from frontmap.build import (
        build_corpus,  # late: the build pulls in the whole pipeline
    )
    from frontmap.locks import build_running

    with build_running(data_dir):  # from the first file written: start-up recovery leaves it be
        folder = write_staged(staged, data_dir / UPLOADS_SUBDIR)
        manifest = folder / MANIFEST_NAME if staged.manifest is not None else None
        summary = build_corpus(folder, manifest, data_dir, data_dir, today=today)
    return UploadReport(accepted=accepted, rejected=staged.rejected, build=summary, folder=folder,
                        manifest=manifest is not None)


def stage_uploads(uploads: Iterable[tuple[str, bytes]], limits: UploadLimits) -> StagedUploads:
    """Check every upload against `limits` and unpack archives, in memory.

    Returns a :class:`StagedUploads`: decoded texts keyed by the name they will be written under,
    the manifest's text (if one came), and a :class:`RejectedFile` for each file turned away.
    """
    staged = StagedUploads()
    total = 0
    for index, upload in enumerate(uploads):
        name, data = _as_pair(upload, index)
        if index >= limits.max_files:
            staged.rejected.append(RejectedFile(
                name, f"too many files in one upload (at most {limits.max_files})"))
            continue
        if len(data) > limits.max_upload_bytes:
            staged.rejected.append(RejectedFile(
                name, f"file is {size_text(len(data))}, over the {size_text(limits.max_upload_bytes)} "
                      "limit per upload"))
            continue
        if total + len(data) > limits.max_total_bytes:
            staged.rejected.append(RejectedFile(
                name, f"the upload as a whole is over the {size_text(limits.max_total_bytes)} limit; "
                      "send this file in a later upload"))
            continue
        total += len(data)
        if name.lower().endswith(".zip"):
            _stage_archive(name, data, limits, staged)
        else:
            _stage_member(name, name, data, limits, staged)
    return staged


def write_staged(staged: StagedUploads, parent: Path) -> Path:
    """Write the staged texts (UTF-8) and manifest into a new folder inside `parent`.

    Returns the new folder, named after the UTC time so batches sort in upload order.
    """
    parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-")
    folder = Path(tempfile.mkdtemp(prefix=stamp, dir=parent))
    for name, text in staged.texts.items():
        if isinstance(text, bytes):  # pages and tables are kept as sent: their reader decodes them
            (folder / name).write_bytes(text)
        else:
            (folder / name).write_text(text, encoding="utf-8", newline="")
    if staged.manifest is not None:
        (folder / MANIFEST_NAME).write_text(staged.manifest, encoding="utf-8", newline="")
    return folder


def check_text(data: bytes) -> str:
    """Decode `data` the way the corpus reader does (frontmap.intake.articles.decode_text).

    Returns the text. Raises ValueError saying why when the content is not plain text (empty,
    undecodable, NUL bytes or control characters), whatever the file is called.
    """
    from frontmap.intake.articles import (
        decode_text,  # late: keeps this module light to import
    )

    try:
        return decode_text(data)
    except ValueError as exc:
        looks = next((f", looks like {what}" for magic, what in _MAGIC if data.startswith(magic)), "")
        raise ValueError(f"not a text file: {exc}{looks}") from None


def _stage_member(name: str, shown: str, data: bytes, limits: UploadLimits,
                  staged: StagedUploads) -> None:
    """Check one text file or manifest called `name` (shown to the user as `shown`)."""
    try:
        final = _safe_name(name)
    except ValueError as exc:
        staged.rejected.append(RejectedFile(shown, str(exc)))
        return
    lowered = final.lower()
    is_manifest = lowered == MANIFEST_NAME
    if not (is_manifest or is_article_file(final)):
        staged.rejected.append(RejectedFile(
            shown, "only .txt files, saved web pages (.html, .htm), article tables (.csv, .jsonl, "
                   ".parquet), .zip archives of them and manifest.csv are accepted"))
        return
    if not data.strip():
        staged.rejected.append(RejectedFile(shown, "file is empty"))
        return
    if staged.unpacked + len(data) > limits.max_uncompressed_bytes:
        staged.rejected.append(RejectedFile(
            shown, f"the upload unpacks to more than {size_text(limits.max_uncompressed_bytes)} of "
                   "text in all; send this file in a later upload"))
        return
    try:
        plain = is_manifest or is_plain_text(final, data)
        text = check_text(data) if plain else check_article_file(final, data)
    except ValueError as exc:
        staged.rejected.append(RejectedFile(shown, str(exc)))
        return
    if is_manifest:
        if staged.manifest is not None:
            staged.rejected.append(RejectedFile(shown, "a second manifest.csv in one upload"))
            return
        staged.manifest = text
        staged.unpacked += len(data)
        return
    if final in staged.texts:
        staged.rejected.append(RejectedFile(
            shown, f"another file in this upload is also called {final!r}"))
        return
    staged.texts[final] = text
    staged.sources[final] = shown
    staged.unpacked += len(data)


def _stage_archive(name: str, data: bytes, limits: UploadLimits, staged: StagedUploads) -> None:
    """Unpack the zip archive `name` member by member, within `limits`, staging each member."""
    for member in unpack_archive(name, data, limits):
        if isinstance(member, RejectedFile):
            staged.rejected.append(member)
        else:
            _stage_member(*member, limits, staged)


def _safe_name(path: str) -> str:
    """Return the file name that `path` is written under (its last part); raise ValueError if unsafe."""
    problem = path_problem(path)
    if problem:
        raise ValueError(problem)
    parts = [part for part in path.replace("\\", "/").split("/") if part]
    if not parts:
        raise ValueError("empty file name")
    if parts[0] == "__MACOSX" or parts[-1].startswith("._"):
        raise ValueError("macOS resource-fork metadata, not an article")
    name = parts[-1]
    if name.startswith("."):
        raise ValueError("hidden files are not accepted")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise ValueError("file name contains control or invisible characters")
    if len(name.encode("utf-8")) > 200:
        raise ValueError("file name is longer than 200 bytes")
    return name


def _as_pair(upload: Sequence[Any], index: int) -> tuple[str, bytes]:
    """Return (name, bytes) from one item of the uploads argument, or raise naming what was wrong."""
    try:
        name, data = upload
    except (TypeError, ValueError):
        raise TypeError(f"uploads[{index}]: expected a (file name, bytes) pair, got {upload!r:.80}") from None
    if not isinstance(name, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"uploads[{index}]: expected (str, bytes), got "
                        f"({type(name).__name__}, {type(data).__name__})")
    return name, bytes(data)
