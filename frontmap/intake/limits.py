"""What one upload may hold: the limits a public server needs (UploadLimits, from the
environment), the record of a file turned away (RejectedFile), and sizes as people read them."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

MB = 1024 * 1024

# Environment variables an operator sets to change the limits (see docs/deploying.md).
ENV_MAX_UPLOAD_MB = "FRONTMAP_UPLOAD_MAX_MB"
ENV_MAX_FILES = "FRONTMAP_UPLOAD_MAX_FILES"


@dataclass(frozen=True)
class UploadLimits:
    """What one upload request may hold. All sizes in bytes."""

    max_upload_bytes: int = 10 * MB  # each uploaded file (a .txt or a .zip) as sent
    max_files: int = 200  # uploaded files in one request
    max_total_bytes: int = 20 * MB  # all uploaded files of one request together, as sent
    max_zip_entries: int = 1000  # members of one archive
    max_uncompressed_bytes: int = 20 * MB  # text of one request, archives unpacked (build: ~5 s/MB)
    max_member_bytes: int = 10 * MB  # one archive member, unpacked
    max_ratio: float = 100.0  # unpacked / packed size of one member (text packs ~3-10x)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "UploadLimits":
        """Return the default limits, overridden by $FRONTMAP_UPLOAD_MAX_MB (each uploaded file
        and each unpacked archive member) and $FRONTMAP_UPLOAD_MAX_FILES (files per request)."""
        env = os.environ if environ is None else environ
        limits = cls()
        if env.get(ENV_MAX_UPLOAD_MB):
            size = int(positive_number(ENV_MAX_UPLOAD_MB, env[ENV_MAX_UPLOAD_MB]) * MB)
            limits = replace(limits, max_upload_bytes=size, max_member_bytes=size,
                             max_total_bytes=max(limits.max_total_bytes, 2 * size),
                             max_uncompressed_bytes=max(limits.max_uncompressed_bytes, 2 * size))
        if env.get(ENV_MAX_FILES):
            count = int(positive_number(ENV_MAX_FILES, env[ENV_MAX_FILES]))
            limits = replace(limits, max_files=max(count, 1))
        return limits

    @property
    def max_request_bytes(self) -> int:
        """Return the largest HTTP request body a full upload can need (base64 grows data by 4/3)."""
        return int(self.max_total_bytes * 4 / 3) + MB


@dataclass(frozen=True)
class RejectedFile:
    """One uploaded file (or archive member, as ``archive.zip:inner/name.txt``) that was turned away."""

    name: str
    reason: str


def positive_number(variable: str, value: str) -> float:
    """Return `value` as a positive number, or raise ValueError naming the environment `variable`."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if number <= 0:
        raise ValueError(f"${variable}: expected a positive number, got {value!r}")
    return number


def size_text(count: int) -> str:
    """Return a byte count as a short human-readable size."""
    if count >= MB:
        return f"{count / MB:.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count} bytes"
