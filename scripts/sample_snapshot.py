"""Print what changed in the sample corpus's build since the last saved snapshot.

Not a test and not an expectation: the snapshot is whatever a build once wrote, errors and all
(the expectations are tests/golden/sample_expected.csv and sample_states.csv). It only shows,
line by line, which events and states a change to the extraction or the timeline added or lost.

Usage:
    python scripts/sample_snapshot.py            # build the sample in a temporary folder, print the diff
    python scripts/sample_snapshot.py --write    # ... and save the new build as the snapshot
"""

from __future__ import annotations

import argparse
import csv
import difflib
import shutil
import sys
import tempfile
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
# The columns worth comparing: ids and confidences change with any edit and would drown the diff.
COLUMNS = {
    "events.csv": ("file", "item", "place", "status", "event_date", "date_basis", "kind", "trigger"),
    "timeline.csv": ("district", "province_code", "status", "valid_from", "valid_to"),
}


def lines_of(path: Path, columns: tuple[str, ...]) -> list[str]:
    """Return one line per row of the CSV at `path`, with only `columns` (missing ones empty)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [" | ".join(row.get(c, "") for c in columns) for row in csv.DictReader(handle)]


def build_sample(out: Path) -> None:
    """Build the sample corpus into the folder `out` (its own data directory)."""
    from frontmap.build import build_corpus

    build_corpus(data_dir=out)


def main(argv: list[str] | None = None) -> int:
    """Build the sample, print the diff against the snapshot; return 0 (1 when anything changed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save this build as the new snapshot")
    args = parser.parse_args(argv)
    changed = False
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build_sample(out)
        for name, columns in COLUMNS.items():
            old = lines_of(SNAPSHOTS / f"sample_{name}", columns)
            new = lines_of(out / name, columns)
            diff = list(difflib.unified_diff(old, new, f"snapshot {name}", f"build {name}", lineterm="", n=0))
            changed |= bool(diff)
            print("\n".join(diff) if diff else f"{name}: no change")
            if args.write:
                SNAPSHOTS.mkdir(exist_ok=True)
                shutil.copy(out / name, SNAPSHOTS / f"sample_{name}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
