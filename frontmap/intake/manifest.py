"""The corpus manifest: per-file and per-article metadata (publication date, outlet, title, ...).

`manifest.csv` has the columns ``file,item,published,outlet,agency,title,url``. A row whose
``item`` is empty describes the whole file; a row with ``item`` N describes article N (1-based)
inside a multi-article file. Every problem (a missing column, a file the corpus does not hold, a
date that is not ``YYYY-MM-DD``, a duplicate row) gives one specific warning and the rest of the
manifest is still used. A date after today is refused where an article's date is settled
(`frontmap.intake.publication`), naming this file's line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_COLUMNS: tuple[str, ...] = ("file", "item", "published", "outlet", "agency", "title", "url")


@dataclass(frozen=True)
class ManifestEntry:
    """One manifest row: metadata for a whole file (item None) or for one article in it."""

    file: str
    item: int | None
    published: dt.date | None
    outlet: str
    agency: str
    title: str
    url: str
    line: int  # line number in manifest.csv, for warnings


@dataclass
class Manifest:
    """Manifest rows keyed by (file, item); item None is the file-level row."""

    entries: dict[tuple[str, int | None], ManifestEntry]
    warnings: list[str]
    name: str = "manifest.csv"  # the file's name, for warnings about its rows
    _items: dict[str, list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._items = defaultdict(list)
        for file, item in sorted(self.entries, key=lambda key: (key[0], key[1] or 0)):
            if item is not None:
                self._items[file].append(item)

    def entry(self, file: str, item: int | None) -> ManifestEntry | None:
        """Return the row for article `item` of `file` (None: the file row), or None if absent."""
        return self.entries.get((file, item))

    def items_of(self, file: str) -> list[int]:
        """Return the article numbers the manifest names for `file`, ascending."""
        return self._items.get(file, [])


def empty_manifest() -> Manifest:
    """Return a manifest with no rows and no warnings (a corpus without manifest.csv)."""
    return Manifest(entries={}, warnings=[])


def parse_manifest(text: str, name: str = "manifest.csv") -> Manifest:
    """Return the manifest parsed from CSV `text`; problems become warnings that name `name`.

    A manifest without a ``file`` column is unusable and yields no rows (one warning).
    """
    warnings: list[str] = []
    entries: dict[tuple[str, int | None], ManifestEntry] = {}
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    if "file" in missing:
        warnings.append(f"{name}: no 'file' column (columns found: {', '.join(header) or 'none'}); manifest ignored")
        return Manifest(entries={}, warnings=warnings, name=name)
    if missing:
        warnings.append(f"{name}: missing column(s) {', '.join(missing)}; those fields are left empty")
    for row in reader:
        line = reader.line_num
        file = (row.get("file") or "").strip()
        warnings.extend(_shape_warnings(row, len(header), f"{name} line {line}", file))
        if not file:
            warnings.append(f"{name} line {line}: empty 'file'; row ignored")
            continue
        item_text = (row.get("item") or "").strip()
        item: int | None = None
        if item_text:
            try:
                item = int(item_text)
            except ValueError:
                item = 0
            if item < 1:
                warnings.append(f"{name} line {line}: item {item_text!r} for {file} is not a positive integer; row ignored")
                continue
        published = None
        date_text = (row.get("published") or "").strip()
        if date_text:
            try:
                published = dt.date.fromisoformat(date_text)
            except ValueError:
                warnings.append(
                    f"{name} line {line}: published {date_text!r} for {file} is not a YYYY-MM-DD date; "
                    "date ignored"
                )
        key = (file, item)
        if key in entries:
            what = f"{file} item {item}" if item is not None else f"{file} (whole file)"
            warnings.append(
                f"{name} line {line}: duplicate row for {what} (first on line {entries[key].line}); row ignored"
            )
            continue
        entries[key] = ManifestEntry(
            file=file,
            item=item,
            published=published,
            outlet=(row.get("outlet") or "").strip(),
            agency=(row.get("agency") or "").strip(),
            title=(row.get("title") or "").strip(),
            url=(row.get("url") or "").strip(),
            line=line,
        )
    return Manifest(entries=entries, warnings=warnings, name=name)


def _shape_warnings(row: dict, width: int, where: str, file: str) -> list[str]:
    """Return a warning when `row` has more or fewer fields than the header's `width` (a comma in
    an unquoted field, or a stray quote, shifts every later column)."""
    extra = row.get(None) or []
    missing = sum(1 for key, value in row.items() if key is not None and value is None)
    if not extra and not missing:
        return []
    count = width + len(extra) - missing
    subject = f" ({file})" if file else ""
    return [
        f"{where}{subject}: {count} fields where the header has {width}; a comma inside an unquoted "
        "field or a stray quote shifts the columns, so this row's fields may be misread "
        "(quote fields holding commas)" + ("; extra fields ignored" if extra else "")
    ]


def check_files(manifest: Manifest, corpus_files: set[str], name: str = "manifest.csv") -> list[str]:
    """Return one warning per file the manifest names that is not among `corpus_files`."""
    unknown = sorted({f for (f, _item) in manifest.entries} - corpus_files)
    return [f"{name}: names {f}, which is not a .txt file of the corpus; its rows are ignored" for f in unknown]


def manifest_path_for(corpus_dir: Path, manifest: Path | None) -> Path | None:
    """Return the manifest to read: `manifest` if given, else corpus_dir/manifest.csv if it exists."""
    if manifest is not None:
        return Path(manifest)
    default = Path(corpus_dir) / "manifest.csv"
    return default if default.is_file() else None
