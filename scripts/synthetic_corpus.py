"""Write a synthetic corpus of N wire-style articles, for benchmarks only (never for accuracy).

The sentences are the project's own templates filled with real district and province names from
the gazetteer; publication dates are spread over the months of a fighting season; a share of the
articles are syndicated copies of an earlier story (same body under another outlet, with its own
dateline and sign-off, so a different text and article id); a few carry no date at all. Places are
drawn with a long-tailed weight, so a handful of districts are as busy as the real front lines.
Each article is one file in folders of 1,000, with a manifest.csv giving outlet, agency and
publication date (none for the undated ones).

    python scripts/synthetic_corpus.py OUT_DIR --articles 100000 [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SYNDICATED_SHARE = 0.3
UNDATED_SHARE = 0.03
SEASON_START = dt.date(2021, 4, 1)
SEASON_DAYS = 183
FILES_PER_FOLDER = 1000
OUTLETS = ("Frontier Daily", "Kabul Evening Post", "Regional Wire Digest", "Valley Times", "Northern Ledger",
           "Capital Bulletin", "Morning Courier", "Border Herald")
AGENCIES = ("Central Wire", "Mountain News Agency", "Pass Press", "")

HEADLINES = (
    "Fighting reported around {district} as insurgents press on",
    "Taliban say they hold {district} district centre",
    "Government forces regain ground in {province}",
    "Residents flee clashes near {district}",
    "Security forces repel attack in {province} province",
)
EVENT_SENTENCES = (
    "Taliban fighters captured the centre of {district} district in {province} province on {day}, "
    "local officials said.",
    "Government forces retook {district} district on {day} after two days of heavy fighting, "
    "a provincial spokesman said.",
    "Heavy clashes broke out on the outskirts of {district} on {day}, with both sides reporting casualties.",
    "The Taliban claimed on {day} that their fighters had overrun the police headquarters in {district}.",
    "Security forces pushed back an attack on {district} district on {day}, the defence ministry said.",
    "Fighting continued inside {district} on {day}, residents told reporters by telephone.",
)
FILLER_SENTENCES = (
    "Shops in the main bazaar stayed shut and the road to the provincial capital was closed to traffic.",
    "Aid groups said hundreds of families had left their homes and needed food and shelter.",
    "A spokesman for the insurgents could not be reached for comment.",
    "The ministry did not say how many soldiers had been wounded.",
    "Elders in the area said they were trying to arrange a local ceasefire.",
    "Telephone lines in the district were cut for most of the day, making reports hard to confirm.",
    "Officials in {province} said reinforcements had been sent by road overnight.",
)
SIGN_OFFS = ("Reporting by the {outlet} correspondent; editing by the news desk.",
             "Compiled by the {outlet} regional desk.", "Additional reporting by the {outlet} provincial bureau.")


@dataclass(frozen=True)
class Story:
    """One original story: its headline and body (the syndicated copies reuse them)."""

    headline: str
    body: list[str]
    published: dt.date | None
    agency: str


def _places() -> list[tuple[str, str]]:
    """Return (district, province) pairs of the real gazetteer, in a fixed order."""
    from geodata.gazetteer import Gazetteer

    table = Gazetteer.load().districts()
    return sorted({(str(r.district), str(r.province)) for r in table.itertuples(index=False)})


def _day_phrase(day: dt.date, undated: bool) -> str:
    """Return how a sentence names `day`: weekday and date, or the weekday alone in an undated story."""
    return f"{day:%A}" if undated else f"{day:%A}, {day:%B} {day.day}"


def _story(rng: random.Random, places: list[tuple[str, str]], weights: list[float], undated: bool) -> Story:
    """Return a new story about one or two places, with 3-8 sentences of events and filler."""
    published = SEASON_START + dt.timedelta(days=rng.randrange(SEASON_DAYS))
    district, province = rng.choices(places, weights)[0]
    headline = rng.choice(HEADLINES).format(district=district, province=province)
    body = []
    for _ in range(rng.randint(1, 4)):
        where = (district, province) if rng.random() < 0.7 else rng.choices(places, weights)[0]
        day = published - dt.timedelta(days=rng.randrange(3))
        body.append(rng.choice(EVENT_SENTENCES).format(district=where[0], province=where[1],
                                                       day=_day_phrase(day, undated)))
    rest = body[1:] + [rng.choice(FILLER_SENTENCES).format(province=province) for _ in range(rng.randint(4, 9))]
    rng.shuffle(rest)
    body[1:] = rest
    return Story(headline, body, None if undated else published, rng.choice(AGENCIES))


def _text(story: Story, outlet: str, rng: random.Random) -> str:
    """Return the article text of `story` as `outlet` runs it (its own dateline and sign-off)."""
    paragraphs = [" ".join(story.body[i:i + 2]) for i in range(0, len(story.body), 2)]
    dateline = f"KABUL ({outlet}) - " if rng.random() < 0.5 else ""
    sign_off = rng.choice(SIGN_OFFS).format(outlet=outlet)
    return f"{story.headline}\n\n{dateline}" + "\n\n".join(paragraphs) + f"\n\n{sign_off}\n"


def write_corpus(folder: Path | str, articles: int, seed: int = 7, first_serial: int = 0) -> int:
    """Write `articles` synthetic articles (and manifest.csv) into `folder`; return the text bytes.

    Files are numbered from `first_serial`, so a later batch written with another seed and the next
    serial adds new files and stories to a store built from an earlier one."""
    folder = Path(folder)
    rng = random.Random(seed)
    places = _places()
    rng.shuffle(places)
    weights = [1.0 / (rank + 1) for rank in range(len(places))]  # long tail: a few busy districts
    stories: list[Story] = []
    written = 0
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        manifest = csv.writer(handle)
        manifest.writerow(["file", "item", "published", "outlet", "agency", "title", "url"])
        for serial in range(first_serial, first_serial + articles):
            if stories and rng.random() < SYNDICATED_SHARE:
                story = rng.choice(stories[-500:])  # syndication follows the original within days
            else:
                story = _story(rng, places, weights, rng.random() < UNDATED_SHARE)
                stories.append(story)
            outlet = rng.choice(OUTLETS)  # a copy may land in the same outlet twice: read once, as real repeats are
            name = f"{serial // FILES_PER_FOLDER:04d}/{serial:07d}.txt"
            path = folder / name
            path.parent.mkdir(exist_ok=True)
            text = _text(story, outlet, rng)
            path.write_text(text, encoding="utf-8")
            written += len(text.encode("utf-8"))
            published = story.published.isoformat() if story.published else ""
            manifest.writerow([name, "", published, outlet, story.agency, story.headline, ""])
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the corpus the command line asks for; print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--articles", type=int, default=100_000, help="number of articles (default 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--first-serial", type=int, default=0, help="number of the first file (a later batch)")
    args = parser.parse_args(argv)
    size = write_corpus(args.out, args.articles, args.seed, args.first_serial)
    print(f"wrote {args.articles} articles ({size / 1e6:.1f} MB of text) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
