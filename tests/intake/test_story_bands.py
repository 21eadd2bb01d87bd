"""The story candidate index kept between groupings: sorting only the new rows' bands into the
kept ones gives the index, the candidates and the next kept bands a whole sort gives."""

from __future__ import annotations

import numpy as np

from frontmap.intake import stories
from frontmap.intake.split import article_id_for
from frontmap.intake.story_index import MAX_BUCKET, NUM_PERM, CandidateIndex
from intake.news_files import PAGE_BODY, WIRE_BODY, wire_copy


def _signatures(rows: int, seed: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Return ids, signatures and signed marks of `rows` made-up articles: some alone, some near
    copies of a few stories (one copied more than MAX_BUCKET times), a few unsigned."""
    rng = np.random.default_rng(seed)
    originals = rng.integers(0, 2**32, size=(4, NUM_PERM), dtype=np.uint32)
    matrix = rng.integers(0, 2**32, size=(rows, NUM_PERM), dtype=np.uint32)
    copies = rng.random(rows) < 0.6
    story = np.where(rng.random(rows) < 0.5, 0, rng.integers(1, 4, size=rows))
    edited = rng.random((rows, NUM_PERM)) < 0.3  # a copy differs in some of its values
    matrix[copies] = np.where(edited[copies], matrix[copies], originals[story[copies]])
    signed = rng.random(rows) > 0.05
    matrix[~signed] = 0
    ids = [f"{value:016x}" for value in rng.choice(2**60, size=rows, replace=False)]
    return ids, matrix, signed


def _kept_and_whole(seed: int, grouped: int, added: int):
    ids, matrix, signed = _signatures(grouped + added, seed)
    before = sorted(range(grouped), key=ids.__getitem__)  # grouped rows: numbered by id
    rows = before + list(range(grouped, grouped + added))  # then the new ones, as they come
    ids, matrix, signed = [ids[r] for r in rows], matrix[rows], signed[rows]
    kept = CandidateIndex(matrix[:grouped], signed[:grouped]).bands(ids[:grouped], grouped)
    return ids, matrix, signed, kept


def test_new_rows_sorted_into_kept_bands_give_the_candidates_of_a_whole_sort():
    for seed in range(3):
        ids, matrix, signed, kept = _kept_and_whole(seed, grouped=300, added=40)
        whole, grown = CandidateIndex(matrix, signed), CandidateIndex(matrix, signed, kept)
        new = range(300, 340)
        assert np.array_equal(whole._sorted_keys, grown._sorted_keys)
        assert np.array_equal(whole._sorted_numbers, grown._sorted_numbers)
        found = [c.tolist() for c in grown.candidates_of(new)]
        assert found == [c.tolist() for c in whole.candidates_of(new)]
        assert max(map(len, found)) > 1 and np.unique(whole._sorted_keys, return_counts=True)[1].max() > MAX_BUCKET


def test_the_next_kept_bands_are_those_of_every_row_numbered_by_id():
    for seed in range(3):
        ids, matrix, signed, kept = _kept_and_whole(seed, grouped=300, added=40)
        bands = CandidateIndex(matrix, signed, kept).bands(ids, 300)
        by_id = sorted(range(len(ids)), key=ids.__getitem__)
        whole = CandidateIndex(matrix[by_id], signed[by_id])
        assert bands.ids == sorted(ids)
        assert np.array_equal(bands.keys, whole._sorted_keys) and np.array_equal(bands.numbers, whole._sorted_numbers)


def test_grouping_with_kept_bands_finds_the_same_stories_and_ignores_bands_of_other_articles():
    stored = [wire_copy("Taliban push into centre of Lashkar Gah", WIRE_BODY), wire_copy("Badghis", PAGE_BODY)]
    added = [wire_copy("Fierce fighting in Lashkar Gah", WIRE_BODY[:4]), wire_copy("Helmand capital", WIRE_BODY)]
    texts = {article_id_for(t): t for t in stored + added}
    first = stories.group_stories([(article_id_for(t), t) for t in stored], (), texts.get)
    grouped = sorted((i, first.story_of.get(i, i), first.signatures[i]) for i in map(article_id_for, stored))
    new = [(article_id_for(t), t) for t in added]
    plain = stories.group_stories(new, grouped, texts.get)
    kept = stories.group_stories(new, grouped, texts.get, kept=first.bands)
    assert kept == plain and len(set(plain.story_of.values())) == 1
    assert kept.bands.ids == plain.bands.ids == sorted(texts)
    other = stories.group_stories(new[:1], (), texts.get).bands  # made for other articles
    assert stories.group_stories(new, grouped, texts.get, kept=other) == plain
