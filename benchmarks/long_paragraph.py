"""Print how extraction CPU time grows with one unbroken paragraph full of place names and trigger words.

A text with no sentence break is the worst shape for the control rules (one sentence, thousands
of places and triggers, long clauses): extraction must stay linear in its length. Prints the CPU
seconds for mentions and for events per size, and the events' seconds per MB.

Usage: python benchmarks/long_paragraph.py [--sizes 0.25 0.5 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.text import split_sentences, text_view
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

UNIT = (
    "the Taliban captured Kunduz and clashes in Herat as forces retook Ghazni, officials said the city "
    "fell while the militants were pushed out of Taloqan and Aybak on Friday, "
)


def time_one(finder: MentionFinder, megabytes: float) -> tuple[int, float, float]:
    """Return (mentions, seconds for mentions, seconds for events) for a paragraph of `megabytes`."""
    text = UNIT * max(1, int(megabytes * 1_000_000 / len(UNIT)))
    article = Article("b" * 16, "long.txt", None, "", "", "", "", dt.date(2021, 8, 1), "manifest", text)
    started = time.process_time()
    sentences, view = split_sentences(text), text_view(text)
    mentions = finder.find(article, sentences, view)
    found = time.process_time()
    extract_events(article, mentions, sentences, view)
    return len(mentions), found - started, time.process_time() - found


def main(argv: list[str] | None = None) -> None:
    """Print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0], help="paragraph sizes in MB")
    args = parser.parse_args(argv)
    finder = MentionFinder(Gazetteer.load())
    print(f"{'MB':>6}{'mentions':>10}{'mentions s':>12}{'events s':>10}{'events s/MB':>13}")
    for size in args.sizes:
        count, mention_seconds, event_seconds = time_one(finder, size)
        print(f"{size:>6}{count:>10}{mention_seconds:>12.2f}{event_seconds:>10.2f}{event_seconds / size:>13.2f}")


if __name__ == "__main__":
    main()
