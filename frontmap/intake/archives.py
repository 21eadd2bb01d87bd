"""Unpacking an uploaded zip archive within the upload limits, member by member, never trusting
what the archive says about itself: unsafe paths, encrypted members, nested archives, symbolic
links and other special files, zip bombs (by declared size, by ratio, and by members that inflate
past what they declare) are turned away with their reason."""

from __future__ import annotations

import io
import lzma
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import PurePosixPath

from frontmap.intake.limits import RejectedFile, UploadLimits, size_text
from frontmap.intake.sources import saved_page_parts

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def unpack_archive(name: str, data: bytes, limits: UploadLimits) -> Iterator[RejectedFile | tuple[str, str, bytes]]:
    """Yield, member by member of the zip archive `name` (bytes `data`), either (member name, name
    shown to the user, unpacked bytes) or a RejectedFile saying why the member, or the whole
    archive, is turned away."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error,
            NotImplementedError) as exc:
        yield RejectedFile(name, f"not a readable zip archive ({exc})")
        return
    with archive:
        if len(members) > limits.max_zip_entries:
            yield RejectedFile(
                name, f"archive holds {len(members)} entries, over the limit of "
                      f"{limits.max_zip_entries}")
            return
        declared = sum(info.file_size for info in members)
        if declared > limits.max_uncompressed_bytes:
            yield RejectedFile(
                name, f"archive unpacks to {size_text(declared)}, over the "
                      f"{size_text(limits.max_uncompressed_bytes)} limit (zip bomb?)")
            return
        budget = limits.max_uncompressed_bytes
        page_parts = saved_page_parts([info.filename for info in members])
        for info in members:
            shown = f"{name}:{info.filename}"
            if not info.filename:
                yield RejectedFile(shown, "archive member without a name")
                continue
            if info.is_dir():
                problem = path_problem(info.filename)
                if problem:
                    yield RejectedFile(shown, problem)
                continue
            problem = _member_problem(info, limits) or _kind_problem(info) or page_parts.get(info.filename)
            if problem:
                yield RejectedFile(shown, problem)
                continue
            try:
                content = _read_bounded(archive, info, min(limits.max_member_bytes, budget))
            except ValueError as exc:
                yield RejectedFile(shown, str(exc))
                continue
            budget -= len(content)
            yield info.filename, shown, content


def _member_problem(info: zipfile.ZipInfo, limits: UploadLimits) -> str | None:
    """Return why archive member `info` must be refused before reading it, or None."""
    problem = path_problem(info.filename)
    if problem:
        return problem
    if info.flag_bits & 0x1:
        return "encrypted archive members are not accepted"
    if info.filename.lower().endswith(".zip"):
        return "archives inside archives are not accepted"
    if info.file_size > limits.max_member_bytes:
        return (f"unpacks to {size_text(info.file_size)}, over the "
                f"{size_text(limits.max_member_bytes)} limit per file")
    packed = max(info.compress_size, 1)
    if info.file_size / packed > limits.max_ratio:
        return (f"compression ratio {info.file_size / packed:.0f}:1 is over the limit of "
                f"{limits.max_ratio:.0f}:1 (zip bomb?)")
    return None


def _kind_problem(info: zipfile.ZipInfo) -> str | None:
    """Return why member `info` is no regular file (a symbolic link, a device...), or None.

    Unpacked as it is, a link's content is the path it points to, not an article."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system != 3 or kind in (0, stat.S_IFREG):  # 3: made on Unix, with Unix modes
        return None
    if kind == stat.S_IFLNK:
        return "symbolic links are not accepted (the archive must hold the files themselves)"
    return "only regular files are accepted (this member is a device, pipe or socket)"


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read member `info`, never inflating more than `limit` bytes or more than it declares."""
    allowed = min(limit, info.file_size)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(64 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > allowed:
                    raise ValueError("unpacks to more than it declares or than the size limit "
                                     "allows (zip bomb?)")
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, zlib.error,
            lzma.LZMAError, struct.error) as exc:
        raise ValueError(f"cannot be unpacked from the archive ({exc})") from None
    return b"".join(chunks)


def path_problem(path: str) -> str | None:
    """Return why an archive or upload path is unsafe (absolute, drive, ``..``), or None."""
    unified = path.replace("\\", "/")
    if unified.startswith("/") or _WINDOWS_DRIVE.match(unified):
        return "absolute paths are not accepted"
    if ".." in PurePosixPath(unified).parts:
        return "paths containing '..' are not accepted"
    return None


def member_problem(info: zipfile.ZipInfo, limits: UploadLimits) -> str | None:
    """Return why archive member `info` is refused (path, kind, encryption, nesting, size, ratio), or
    None when it may be read."""
    return _member_problem(info, limits) or _kind_problem(info)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Return the unpacked bytes of member `info`; raise ValueError past `limit` bytes."""
    return _read_bounded(archive, info, limit)
