"""Print how long grouping syndicated copies takes as the corpus grows (it should grow linearly),
and what a later build adding a few articles to a grouped store pays (it should stay small).

Run: python benchmarks/story_grouping.py [--sizes 1000 2000 4000] [--copies 3] [--added 100]
Articles are random word sequences of 300-700 words; every story is carried `--copies` times, each
copy with its own headline, a trimmed ending and one word changed. With `--alike`, every article
is instead one template with a few words and one place name changed (the worst case: every
article is a likely copy of every other, and none is a copy). For each size, prints the time to
group the whole corpus, the word-for-word comparisons per article, and the time to group the
last `--added` articles against the others already grouped (their stories and signatures
stored, as a build finds them).
"""

from __future__ import annotations

import argparse
import random
import string
import time

from frontmap.intake import stories
from frontmap.intake.split import article_id_for

VOCABULARY = [f"w{n}" for n in range(5000)] + [f"Place{n}" for n in range(300)]


def corpus(stories_wanted: int, copies: int, rng: random.Random) -> list[tuple[str, str]]:
    """Return (article_id, text) pairs: `stories_wanted` stories, each carried `copies` times."""
    texts = []
    for n in range(stories_wanted):
        words = rng.choices(VOCABULARY, k=rng.randint(300, 700))
        for c in range(copies):
            copy = list(words[: len(words) - rng.randint(0, 40)])
            copy[rng.randrange(len(copy))] = "changed"
            texts.append(f"Headline {n} as outlet {c} wrote it\n\n" + " ".join(copy) + ".")
    return [(article_id_for(text), text) for text in texts]


def alike_corpus(articles: int, rng: random.Random) -> list[tuple[str, str]]:
    """Return (article_id, text) pairs: one template with a place and a few words changed each."""
    template = rng.choices(VOCABULARY[:5000], k=500)
    texts = []
    for n in range(articles):
        words = list(template)
        for position in rng.sample(range(len(words)), 5):
            words[position] = rng.choice(VOCABULARY[:5000])
        words[10] = words[200] = "".join(rng.choices(string.ascii_lowercase, k=8)).capitalize()
        texts.append(f"Report {n}\n\n" + " ".join(words) + ".")
    return [(article_id_for(text), text) for text in texts]


def main() -> None:
    """Time grouping on growing corpora, whole and with the last articles added to a grouped store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000], help="stories per run")
    parser.add_argument("--copies", type=int, default=3, help="copies of each story")
    parser.add_argument("--added", type=int, default=100, help="articles a later build adds")
    parser.add_argument("--alike", action="store_true", help="articles alike but for their places")
    args = parser.parse_args()
    comparisons = _count_comparisons()
    for size in args.sizes:
        rng = random.Random(size)
        items = sorted(alike_corpus(size * args.copies, rng) if args.alike else corpus(size, args.copies, rng))
        texts = dict(items)
        comparisons.clear()
        started = time.process_time()
        whole = stories.group_stories(items, (), texts.get)
        seconds, compared = time.process_time() - started, len(comparisons)
        added = _time_added(items[-args.added:], items[:-args.added], texts)
        print(f"{len(items):6d} articles  {len(set(whole.story_of.values())):6d} stories  "
              f"{seconds:7.2f} s CPU  {1000 * seconds / len(items):6.2f} ms/article  "
              f"{compared / len(items):5.2f} comparisons/article  "
              f"adding {args.added}: {added:6.2f} s CPU")


def _time_added(added: list[tuple[str, str]], before: list[tuple[str, str]], texts: dict[str, str]) -> float:
    """Return the CPU seconds grouping `added` takes against `before`, grouped and signed already."""
    first = stories.group_stories(before, (), texts.get)
    grouped = [(article_id, first.story_of[article_id], first.signatures[article_id]) for article_id, _ in before]
    started = time.process_time()
    stories.group_stories(added, grouped, texts.get)
    return time.process_time() - started


def _count_comparisons() -> list[int]:
    """Count the word-for-word comparisons grouping makes; return the list they are appended to."""
    made: list[int] = []
    compare = stories.same_story
    stories.same_story = lambda a, b: made.append(1) or compare(a, b)
    return made


if __name__ == "__main__":
    main()
