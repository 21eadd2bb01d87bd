"""Syndicated copies: the same wire story carried by many outlets is one story, counted once.

Copies differ in their headline, a trimmed or extended ending, a dateline or a few words; they do
not differ in the places they report. Each article's body (its text without the headline) is
cut into lower-cased words; a MinHash of the word shingles of its opening goes into an LSH index
(datasketch), so each article is compared only with the few whose opening looks alike: linear in
the corpus, never all pairs. A candidate is confirmed as a copy when the two bodies align word for
word over most of the shorter one (`MIN_SHARED`) and no name in one is swapped for another name
in the other ("Taliban take Qala-i-Naw" vs "Taliban take Chaghcharan": two stories). A name is a
capitalised word its article never writes in lower case. Copies are grouped transitively; a
story's id is the smallest article_id among its copies, so every copy of a story shares it and an
article without copies is a story of its own.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontmap.extract.dates import PUBLICATION_BASES
from frontmap.intake.split import headline_of

SHINGLE_WORDS = 4
LEAD_WORDS = 200  # the opening a copy keeps whatever it does to its ending
MAX_WORDS = 3000  # words of a body compared word for word
MIN_WORDS = 30  # bodies shorter than this are never called copies: too little to tell
NUM_PERM = 128
LSH_THRESHOLD = 0.4  # estimated Jaccard of the openings' shingles that makes a candidate
MIN_SHARED = 0.8  # share of the shorter body's words aligned with the other's
NAME_SPAN = 4  # a replaced run this short, with a name on both sides, is a swapped name
CHECKS_PER_STORY = 2  # copies of one candidate story compared before giving up on it
SIMILAR_SPELLING = 0.8  # names this alike (difflib ratio) are one name spelt two ways

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True)
class Body:
    """An article's body as compared: its lower-cased words and which of them are names (1)."""

    words: tuple[str, ...]  # interned: a corpus's bodies share one copy of each word
    names: bytes


def body_of(text: str) -> Body:
    """Return the Body of article `text`: its words after the headline, names marked."""
    text = unicodedata.normalize("NFKC", text).strip()
    if headline_of(text):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    tokens = _WORD.findall(text)[:MAX_WORDS]
    lower_case = {token for token in tokens if token[0].islower()}
    return Body(
        words=tuple(sys.intern(token.lower()) for token in tokens),
        names=bytes(token[0].isupper() and token.lower() not in lower_case for token in tokens),
    )


def _signature(body: Body, template: Any):
    """Return the MinHash of the shingles of `body`'s opening."""
    from datasketch import MinHash

    lead = body.words[:LEAD_WORDS]
    shingles = {" ".join(lead[i:i + SHINGLE_WORDS]) for i in range(max(1, len(lead) - SHINGLE_WORDS + 1))}
    signature = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return signature


def same_story(a: Body, b: Body) -> bool:
    """Return True when bodies `a` and `b` are copies of one story (see the module docstring)."""
    if min(len(a.words), len(b.words)) < MIN_WORDS:
        return False
    matcher = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if shared < MIN_SHARED * min(len(a.words), len(b.words)):
        return False
    return not any(
        tag == "replace" and _swapped_name(a, (i1, i2), b, (j1, j2))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _swapped_name(a: Body, span_a: tuple[int, int], b: Body, span_b: tuple[int, int]) -> bool:
    """Return True when a short replaced run puts another name where `a` has a name."""
    if max(span_a[1] - span_a[0], span_b[1] - span_b[0]) > NAME_SPAN:
        return False
    names_a = [w for w, name in zip(a.words[slice(*span_a)], a.names[slice(*span_a)]) if name]
    names_b = [w for w, name in zip(b.words[slice(*span_b)], b.names[slice(*span_b)]) if name]
    if not names_a or not names_b:
        return False
    spelt_a, spelt_b = " ".join(names_a), " ".join(names_b)
    return difflib.SequenceMatcher(None, spelt_a, spelt_b).ratio() < SIMILAR_SPELLING


class _Stories:
    """Union-find over article ids; a group's root is its smallest id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, article_id: str) -> None:
        self.parent.setdefault(article_id, article_id)

    def root(self, article_id: str) -> str:
        while self.parent[article_id] != article_id:
            self.parent[article_id] = self.parent[self.parent[article_id]]
            article_id = self.parent[article_id]
        return article_id

    def join(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assign_stories(articles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return {article_id: story id} for `articles`, pairs of (article_id, text).

    Copies of one story share the smallest article_id among them; any other article is its own
    story. Only each body's words (at most MAX_WORDS, interned) and MinHash stay in memory, not
    the texts; a text is read once.
    """
    from datasketch import MinHash, MinHashLSH

    template = MinHash(num_perm=NUM_PERM)  # its permutations are drawn once, shared by every signature
    index = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    bodies: dict[str, Body] = {}
    stories = _Stories()
    for article_id, text in articles:
        stories.add(article_id)
        body = body_of(text)
        if len(body.words) < MIN_WORDS:
            continue
        signature = _signature(body, template)
        _join_copies(article_id, body, index.query(signature), bodies, stories)
        index.insert(article_id, signature)
        bodies[article_id] = body
    return {article_id: stories.root(article_id) for article_id in stories.parent}


def _join_copies(article_id: str, body: Body, candidates: Iterable[str], bodies: Mapping[str, Body],
                 stories: _Stories) -> None:
    """Join `article_id` to each candidate story it is a copy of (a few copies checked per story)."""
    checked: dict[str, int] = {}
    for candidate in sorted(candidates):
        story = stories.root(candidate)
        if story == stories.root(article_id) or checked.get(story, 0) >= CHECKS_PER_STORY:
            continue
        checked[story] = checked.get(story, 0) + 1
        if same_story(body, bodies[candidate]):
            stories.join(article_id, candidate)


def one_copy_per_story(events: Sequence[Any], story_of: Mapping[str, str]) -> list[Any]:
    """Return `events` (in reading order) keeping, of the events that copies of one story report
    (`same_report`), only the first copy's: a story counts once when reports are weighed.
    `story_of` maps article_id to story id (an article not in it is a story of its own).
    """
    def report(event: Any) -> tuple[str, tuple]:
        story = story_of.get(event.article_id) or event.article_id
        unit = (event.district_id, event.province_code)
        return event.article_id, same_report(story, unit, event.status, event.event_date, event.date_basis)

    return first_copies(events, report)


def same_report(story: str, unit: Hashable, status: str, event_date: Any, date_basis: str) -> tuple:
    """Return what an event reports, as compared between copies of one story: the story, the
    place, the status and the date, unless the date is only the publication date (copies
    published on other days then give other dates for one report)."""
    return story, unit, status, None if date_basis in PUBLICATION_BASES else event_date


def first_copies(events: Iterable[Any], report: Callable[[Any], tuple[str, Hashable]]) -> list[Any]:
    """Return `events` without those a later copy repeats: `report(event)` gives the event's
    article and what it reports (its story among it); once one article reported something, other
    articles' events reporting it are dropped, and its own further events kept."""
    kept, first_copy = [], {}
    for event in events:
        article, key = report(event)
        if first_copy.setdefault(key, article) == article:
            kept.append(event)
    return kept
