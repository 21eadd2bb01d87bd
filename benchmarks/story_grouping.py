"""Print how long grouping syndicated copies takes as the corpus grows (it should grow linearly).

Run: python benchmarks/story_grouping.py [--sizes 1000 2000 4000] [--copies 3]
Articles are random word sequences of 300-700 words; every story is carried `--copies` times, each
copy with its own headline, a trimmed ending and one word changed.
"""

from __future__ import annotations

import argparse
import random
import time

from frontmap.intake.split import article_id_for
from frontmap.intake.stories import assign_stories

VOCABULARY = [f"w{n}" for n in range(5000)] + [f"Place{n}" for n in range(300)]


def corpus(stories: int, copies: int, rng: random.Random) -> list[tuple[str, str]]:
    """Return (article_id, text) pairs: `stories` stories, each carried `copies` times."""
    texts = []
    for n in range(stories):
        words = rng.choices(VOCABULARY, k=rng.randint(300, 700))
        for c in range(copies):
            copy = list(words[: len(words) - rng.randint(0, 40)])
            copy[rng.randrange(len(copy))] = "changed"
            texts.append(f"Headline {n} as outlet {c} wrote it\n\n" + " ".join(copy) + ".")
    return [(article_id_for(text), text) for text in texts]


def main() -> None:
    """Time assign_stories on growing corpora and print articles, stories found and time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000], help="stories per run")
    parser.add_argument("--copies", type=int, default=3, help="copies of each story")
    args = parser.parse_args()
    for size in args.sizes:
        items = corpus(size, args.copies, random.Random(size))
        started = time.perf_counter()
        story_of = assign_stories(sorted(items))
        seconds = time.perf_counter() - started
        print(f"{len(items):6d} articles  {len(set(story_of.values())):6d} stories  {seconds:7.2f} s  "
              f"{1000 * seconds / len(items):6.2f} ms/article")


if __name__ == "__main__":
    main()
