"""Robustness of the reading to the way a report is printed: the challenge cases read again after a
change that leaves their news as it was, counting the cases whose events (unit, status, date) change.

    spelling   "Taliban" printed "Taleban" (the AFP spelling)
    title      the headline in Title Case ("Taliban Take Zaranj, Sheberghan in Weekend Push")
    wrapped    every paragraph hard-wrapped at 72 columns, as plain-text feeds print it (read
               through intake's splitting, which joins the lines back)
    crlf       Windows line ends
    dashes     " - " in datelines printed as an en dash

    python benchmarks/robustness.py                  # dev split, every change
    python benchmarks/robustness.py --split test --changes wrapped title

Prints, per change, the cases it alters, how many read differently and the first ids (of the dev
split only: the frozen split's cases are never listed).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import challenge_scoring as scoring  # noqa: E402
from frontmap.intake.split import split_articles  # noqa: E402

_SMALL_WORDS = frozenset("a an the of in on at to for and or as by from with".split())


def _spelling(text: str) -> str:
    return re.sub(r"\bTaliban\b", "Taleban", text)


def _title(text: str) -> str:
    head, newline, rest = text.partition("\n")
    words = head.split(" ")
    head = " ".join(w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return head + newline + rest


def _wrapped(text: str) -> str:
    lines = text.split("\n")
    return "\n".join([lines[0]] + ["\n".join(textwrap.wrap(line, 72)) if line.strip() else line for line in lines[1:]])


def _as_intake_reads(text: str) -> str:
    return split_articles(text)[0]  # the text intake hands the reader for a file printed so


def _as_is(text: str) -> str:
    return text


# each change: how the report is printed, and what the reader then gets
CHANGES: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "spelling": (_spelling, _as_is),
    "title": (_title, _as_is),
    "wrapped": (_wrapped, _as_intake_reads),
    "crlf": (lambda text: text.replace("\n", "\r\n"), _as_intake_reads),
    "dashes": (lambda text: text.replace(" - ", " \u2013 "), _as_is),
}


def _reading(case: scoring.Case, extractor: Callable) -> list[tuple]:
    return sorted((p.unit, p.status, p.date) for p in scoring.predict(case, extractor))


def changed_cases(cases: list[scoring.Case], change: tuple[Callable[[str], str], Callable[[str], str]],
                  extractor: Callable) -> tuple[int, list[str]]:
    """Return how many cases `change` prints differently and the ids of those whose events change."""
    printer, reader = change
    altered, differing = 0, []
    for case in cases:
        printed = printer(case.text)
        if printed == case.text:
            continue
        altered += 1
        if _reading(case, extractor) != _reading(dataclasses.replace(case, text=reader(printed)), extractor):
            differing.append(case.id)
    return altered, differing


def main(argv: list[str] | None = None) -> int:
    """Print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--changes", nargs="+", default=list(CHANGES), choices=list(CHANGES))
    args = parser.parse_args(argv)
    cases, extractor = scoring.load_cases(scoring.split_path(args.split)), scoring.default_extractor()
    print(f"{'change':<10}{'altered':>9}{'read differently':>18}  first ids")
    for name in args.changes:
        altered, differing = changed_cases(cases, CHANGES[name], extractor)
        shown = " ".join(differing[:5]) if args.split == "dev" else ""
        print(f"{name:<10}{altered:>9}{len(differing):>18}  {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
