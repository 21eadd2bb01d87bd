"""Syndicated copies: the same wire story carried by many outlets is one story, counted once.

Copies differ in their headline, a trimmed or extended ending, a dateline or a few words; they do
not differ in the places they report. Each article's body (its text without the headline) is
cut into lower-cased words; a MinHash signature of its opening's word shingles finds its likely
copies (frontmap.intake.story_index), so each article is compared only with a few others, the
likeliest first (at most CHECKS_PER_ARTICLE): linear in the corpus, never all pairs. A candidate
is confirmed as a copy when the two bodies align word for word over most of the shorter one
(`MIN_SHARED`) and no name in one is swapped for another name in the other ("Taliban take
Qala-i-Naw" vs "Taliban take Chaghcharan": two stories). A name is a capitalised word its article
never writes in lower case. Copies are grouped transitively; a story's id is the smallest
article_id among its copies, so every copy of a story shares it and an article without copies is
a story of its own. Grouping is incremental: articles grouped by an earlier build keep their
story and signature, and only the new ones are compared (`group_stories`)."""

from __future__ import annotations

import difflib
import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from frontmap.extract.dates import PUBLICATION_BASES
from frontmap.intake.split import headline_of
from frontmap.intake.story_index import NUM_PERM, Bands, CandidateIndex, caught_up, is_signature, signature_of

LEAD_WORDS = 200  # the opening a copy keeps whatever it does to its ending
MAX_WORDS = 3000  # words of a body compared word for word
OPENING_CHARS = 2000  # text read for an opening: LEAD_WORDS words, unless they are very long
MIN_WORDS = 30  # bodies shorter than this are never called copies: too little to tell
MIN_SHARED = 0.8  # share of the shorter body's words aligned with the other's
NAME_SPAN = 4  # a replaced run this short, with a name on both sides, is a swapped name
CHECKS_PER_STORY = 2  # copies of one candidate story compared before giving up on it
CHECKS_PER_ARTICLE = 4  # candidates compared word for word with one article, the likeliest first
SIMILAR_SPELLING = 0.8  # names this alike (difflib ratio) are one name spelt two ways
BODY_CACHE = 4096  # bodies kept while grouping (a few MB): candidates are often compared again
UNSIGNED = b""  # the signature stored for a body too short to index
SINCE_SHARE = 0.1  # articles grouped since the kept bands, as a share of theirs, before they are sorted again
MIN_SENTENCE_WORDS = 12  # a sentence this long in two articles was copied; shorter ones two outlets may write alike

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_QUOTES = (("’", "'"), ("‘", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'))


@dataclass(frozen=True)
class Body:
    """An article's body as compared: its text (normalised, no headline) and lower-cased words."""

    text: str
    words: tuple[str, ...]  # interned: a corpus's bodies share one copy of each word

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """Return the words that are names: capitalised wherever the article writes them."""
        distinct = set(_WORD.findall(self.text)[:MAX_WORDS])
        lower_case = {token.lower() for token in distinct if token[0].islower()}
        return frozenset({token.lower() for token in distinct if token[0].isupper()} - lower_case)

    @property
    def names(self) -> bytes:
        """Return one byte per word: 1 where it is a name."""
        return bytes(word in self.name_words for word in self.words)


def body_of(text: str) -> Body:
    """Return the Body of article `text`: its words after the headline (names found when asked)."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    if headline_of(text):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return Body(text=text, words=tuple(map(sys.intern, map(str.lower, _WORD.findall(text)[:MAX_WORDS]))))


def opening_of(text: str) -> tuple[str, ...]:
    """Return the first LEAD_WORDS words of `text`'s body (body_of(text).words[:LEAD_WORDS]),
    reading only the start of a long text."""
    start = body_of(text[:OPENING_CHARS]).words
    if len(start) > LEAD_WORDS or len(text) <= OPENING_CHARS:
        return start[:LEAD_WORDS]
    return body_of(text).words[:LEAD_WORDS]


def same_story(a: Body, b: Body) -> bool:
    """Return True when bodies `a` and `b` are copies of one story (see the module docstring)."""
    from rapidfuzz.distance import Indel

    shorter = min(len(a.words), len(b.words))
    if shorter < MIN_WORDS:
        return False
    # Indel distance = words of either body left out of their longest common alignment
    most_unshared = int(len(a.words) + len(b.words) - 2 * MIN_SHARED * shorter)
    if Indel.distance(a.words, b.words, score_cutoff=most_unshared) > most_unshared:
        return False
    return not any(_swapped_name(a, span_a, b, span_b)
                   for span_a, span_b in _replaced_runs(Indel.opcodes(a.words, b.words).as_matching_blocks()))


def _replaced_runs(blocks: Iterable[Any]) -> Iterable[tuple[tuple[int, int], tuple[int, int]]]:
    """Yield the (a span, b span) of each run between two aligned blocks where both bodies have words."""
    i = j = 0
    for block in blocks:
        if block.a > i and block.b > j:
            yield (i, block.a), (j, block.b)
        i, j = block.a + block.size, block.b + block.size


def _swapped_name(a: Body, span_a: tuple[int, int], b: Body, span_b: tuple[int, int]) -> bool:
    """Return True when a short replaced run puts another name where `a` has a name."""
    if max(span_a[1] - span_a[0], span_b[1] - span_b[0]) > NAME_SPAN:
        return False
    names_a = [w for w in a.words[slice(*span_a)] if w in a.name_words]
    names_b = [w for w in b.words[slice(*span_b)] if w in b.name_words]
    if not names_a or not names_b:
        return False
    spelt_a, spelt_b = " ".join(names_a), " ".join(names_b)
    return difflib.SequenceMatcher(None, spelt_a, spelt_b).ratio() < SIMILAR_SPELLING


class _Stories:
    """Union-find over article ids; a group's root is its smallest id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, article_id: str, story: str = "") -> None:
        """Take in `article_id`, in `story` when it was grouped before."""
        self.parent.setdefault(article_id, article_id)
        if story and story != article_id:
            self.parent.setdefault(story, story)
            self.join(article_id, story)

    def root(self, article_id: str) -> str:
        while self.parent[article_id] != article_id:
            self.parent[article_id] = self.parent[self.parent[article_id]]
            article_id = self.parent[article_id]
        return article_id

    def changed(self, ids: Iterable[str], recorded: Iterable[str]) -> dict[str, str]:
        """Return {article_id: its root} for each of `ids` whose root is not its `recorded` story
        ('' for a new article). An article's root is its recorded story exactly when that story
        is still a root (it was joined to it): only the articles of demoted roots are looked up."""
        parent = self.parent
        return {i: self.root(i) for i, story in zip(ids, recorded) if not story or parent[story] != story}

    def join(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: Comparisons answered in advance: (article_id, candidates) in, the same with {candidate: verdict} out.
CheckAhead = Callable[[Iterable[tuple[str, list[str]]]], Iterator[tuple[str, list[str], Mapping[str, bool]]]]


@dataclass
class Grouping:
    """What grouping found: the story id of every article whose story is new or changed, and the
    signatures made (of the new articles, and of grouped ones stored without a signature), and
    the candidate index's Bands of every article, for the next grouping."""

    story_of: dict[str, str] = field(default_factory=dict)
    signatures: dict[str, bytes] = field(default_factory=dict)
    bands: Bands | None = field(default=None, compare=False)


def assign_stories(articles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return {article_id: story id} for `articles`, pairs of (article_id, text).

    Copies of one story share the smallest article_id among them; any other article is its own
    story.
    """
    texts = dict(articles)
    return group_stories(texts.items(), (), texts.get).story_of


def group_stories(new: Iterable[tuple[str, ...]], grouped: Iterable[tuple[str, str, bytes | None]],
                  text_of: Callable[[str], str | None], ahead: CheckAhead | None = None,
                  kept: Bands | None = None) -> Grouping:
    """Return the Grouping of articles `new`, (article_id, text) pairs (or (article_id, text,
    story_signature(text) or None) triples), among themselves and with
    those `grouped` before, (article_id, story id, signature or None) triples.

    Only the new articles are compared, each with its likeliest copies among the articles before
    it (grouped ones first, then new ones in the order given); a new copy of a grouped story joins
    it, and when its id is the smallest, the story's other copies change story id. `text_of`
    gives the text of any article, read only when a word-for-word comparison needs it. `ahead`
    (worker processes) may answer comparisons in advance: given (article_id, candidates) in order,
    it yields them back in order with {candidate: same_story verdict} for those it compared
    (checks_ahead); any comparison it did not make is made here, so the grouping is the same.
    `kept`: the previous grouping's Grouping.bands, used when made of these `grouped` articles
    (only the new articles' bands are then sorted; the grouping is the same).
    """
    grouping = Grouping()
    known = _stored_signatures(grouped, text_of, grouping.signatures)
    first_new, signed_now = len(known), bool(grouping.signatures)
    known += _new_signatures(new, grouping.signatures)
    ids, recorded, signatures = (list(column) for column in zip(*known)) if known else ([], [], [])
    stories = _Stories()
    for article_id, story in zip(ids, recorded):
        stories.add(article_id, story)
    signed = np.array([is_signature(s) for s in signatures], dtype=bool)
    matrix = _matrix(signatures, signed)
    ready = None  # kept, when made of these grouped articles (not when some were signed only now)
    if kept is not None and not signed_now:
        ready = caught_up(kept, ids[:first_new], matrix[:first_new], signed[:first_new])
    index = CandidateIndex(matrix, signed, ready)
    body = bodies(text_of)
    numbers = range(first_new, len(ids))
    wanted = ((ids[n], [ids[c] for c in found]) for n, found in zip(numbers, index.candidates_of(numbers)))
    for article_id, candidates, verdicts in (ahead or _nothing_ahead)(wanted):
        _join_copies(article_id, candidates, functools.partial(_same, verdicts, body), stories)
    grouping.story_of = stories.changed(ids, recorded)
    grouping.bands = _next_bands(index, kept if ready is not None else None, ids, first_new)
    return grouping


def _next_bands(index: CandidateIndex, kept: Bands | None, ids: list[str], first_new: int) -> Bands:
    """Return the Bands to keep for the next grouping: `kept` with the new articles noted as
    grouped since (a few, against many kept), else the index's, sorted in article id order."""
    if kept is not None and len(kept.since) + len(ids) - first_new <= SINCE_SHARE * len(kept.ids):
        return Bands(kept.ids, kept.keys, kept.numbers, [*kept.since, *ids[first_new:]])
    return index.bands(ids, first_new)


def bodies(text_of: Callable[[str], str | None]) -> Callable[[str], Body]:
    """Return article_id -> its Body, from `text_of`, the last BODY_CACHE bodies kept."""
    return functools.lru_cache(maxsize=BODY_CACHE)(lambda article_id: body_of(text_of(article_id) or ""))


def checks_ahead(article_id: str, candidates: Sequence[str], body: Callable[[str], Body]) -> dict[str, bool]:
    """Return {candidate: same_story verdict} for the comparisons grouping most likely makes for
    `article_id`: its candidates in order, up to the first copy found (the rest are then most often
    copies of that story, not compared again) or CHECKS_PER_ARTICLE of them."""
    verdicts: dict[str, bool] = {}
    for candidate in candidates[:CHECKS_PER_ARTICLE]:
        verdicts[candidate] = same_story(body(article_id), body(candidate))
        if verdicts[candidate]:
            break
    return verdicts


def _nothing_ahead(wanted: Iterable[tuple[str, list[str]]]) -> Iterator[tuple[str, list[str], dict[str, bool]]]:
    for article_id, candidates in wanted:
        yield article_id, candidates, {}


def _same(verdicts: Mapping[str, bool], body: Callable[[str], Body], article_id: str, candidate: str) -> bool:
    verdict = verdicts.get(candidate)
    return same_story(body(article_id), body(candidate)) if verdict is None else verdict


def _stored_signatures(grouped: Iterable[tuple[str, str, bytes | None]], text_of: Callable[[str], str | None],
                       made: dict[str, bytes]) -> list[tuple[str, str, bytes]]:
    """Return (article_id, story, signature) of the `grouped` articles; one stored without a
    signature is signed from its text (the signature added to `made`)."""
    signed = []
    for article_id, story, signature in grouped:
        if signature is None:  # stored before signatures were
            signature = made[article_id] = story_signature(text_of(article_id) or "")
        signed.append((article_id, story, signature))
    return signed


def _new_signatures(new: Iterable[tuple[str, ...]], made: dict[str, bytes]) -> list[tuple[str, str, bytes]]:
    """Return (article_id, "", signature) of the `new` articles (each signature added to `made`):
    the one an article comes with, if any (signed where it was extracted), else made here."""
    signed = []
    for article_id, text, *given in new:
        made[article_id] = given[0] if given and given[0] is not None else story_signature(text)
        signed.append((article_id, "", made[article_id]))
    return signed


def story_signature(text: str) -> bytes:
    """Return the signature of `text`'s opening (UNSIGNED if its body is too short to be a copy)."""
    opening = opening_of(text)
    return signature_of(opening) if len(opening) >= MIN_WORDS else UNSIGNED


def _matrix(signatures: Sequence[bytes], signed: Sequence[bool]) -> np.ndarray:
    """Return `signatures` as rows of NUM_PERM uint32 (zeros where not `signed`: an unsigned body)."""
    unsigned = bytes(4 * NUM_PERM)
    rows = b"".join(s if ok else unsigned for s, ok in zip(signatures, signed))
    return np.frombuffer(rows, dtype=np.uint32).reshape(len(signatures), NUM_PERM)


def _join_copies(article_id: str, candidates: Iterable[str], same: Callable[[str, str], bool],
                 stories: _Stories) -> None:
    """Join `article_id` to each candidate story it is a copy of (`same(article_id, candidate)`),
    comparing it with at most CHECKS_PER_ARTICLE candidates (likeliest first), CHECKS_PER_STORY of
    any one story."""
    checked: dict[str, int] = {}
    for candidate in candidates:
        story = stories.root(candidate)
        if story == stories.root(article_id) or checked.get(story, 0) >= CHECKS_PER_STORY:
            continue
        checked[story] = checked.get(story, 0) + 1
        if same(article_id, candidate):
            stories.join(article_id, candidate)
        if sum(checked.values()) >= CHECKS_PER_ARTICLE:
            return


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


def sentence_key(excerpt: str) -> str:
    """Return `excerpt` as compared between articles: lower-cased, its quotes and spaces made
    alike; "" when it has fewer than MIN_SENTENCE_WORDS words (never called a copy)."""
    if not excerpt.isascii():  # most excerpts are: a store reads every event's
        excerpt = unicodedata.normalize("NFKC", excerpt)
        for curly, straight in _QUOTES:  # replace is many times faster than translate
            excerpt = excerpt.replace(curly, straight)
    words = excerpt.lower().split()
    return " ".join(words) if len(words) >= MIN_SENTENCE_WORDS else ""


def first_tellers() -> Callable[[str, Hashable, str], str]:
    """Return source_of(excerpt, report, source): the source to count for an event, given in
    reading order. An article that prints a sentence (sentence_key) another printed before, and
    reads the same `report` from it (place and status), repeats that report: its event counts as
    the first teller's source, whatever story each article is in. Edited copies (trimmed,
    re-ordered, paragraphs added) that grouping keeps apart are one source so, and so is one
    official's statement quoted by two stories; a name swapped makes another sentence."""
    first: dict[int, str] = {}

    def source_of(excerpt: str, report: Hashable, source: str) -> str:
        key = sentence_key(excerpt)
        # a 64-bit hash per copied sentence keeps a big store's memory small
        return first.setdefault(hash((key, report)), source) if key else source

    return source_of

