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


def test_articles_grouped_since_the_kept_bands_are_sorted_in_as_a_whole_sort_would():
    from frontmap.intake.story_index import Bands, caught_up

    for seed in range(3):
        ids, matrix, signed, kept = _kept_and_whole(seed, grouped=300, added=40)
        noted = Bands(kept.ids, kept.keys, kept.numbers, since=ids[300:])
        by_id = sorted(range(len(ids)), key=ids.__getitem__)
        now = caught_up(noted, [ids[r] for r in by_id], matrix[by_id], signed[by_id])
        whole = CandidateIndex(matrix[by_id], signed[by_id])
        assert now.ids == sorted(ids) and not now.since
        assert np.array_equal(now.keys, whole._sorted_keys) and np.array_equal(now.numbers, whole._sorted_numbers)
        fewer = by_id[:-1]
        assert caught_up(noted, [ids[r] for r in fewer], matrix[fewer], signed[fewer]) is None


def test_a_few_articles_grouped_since_are_noted_and_the_stories_stay_those_of_a_whole_sort(monkeypatch):
    monkeypatch.setattr(stories, "SINCE_SHARE", 10.0)  # these few articles count as few
    texts = [wire_copy("Taliban push into centre of Lashkar Gah", WIRE_BODY), wire_copy("Badghis", PAGE_BODY),
             wire_copy("Fierce fighting in Lashkar Gah", WIRE_BODY[:4]), wire_copy("Helmand capital", WIRE_BODY),
             wire_copy("Siege of Lashkar Gah", WIRE_BODY[1:])]
    by_id = {article_id_for(t): t for t in texts}
    kept, grouped = None, []
    for step in (texts[:2], texts[2:4], texts[4:]):
        grouping = stories.group_stories([(article_id_for(t), t) for t in step], sorted(grouped), by_id.get, kept=kept)
        plain = stories.group_stories([(article_id_for(t), t) for t in step], sorted(grouped), by_id.get)
        assert grouping == plain
        story_of = dict((i, s) for i, s, _ in grouped) | grouping.story_of
        grouped = [(i, story_of.get(i, i), grouping.signatures.get(i) or sig) for i, _, sig in grouped]
        grouped += [(i, story_of.get(i, i), grouping.signatures[i]) for i in map(article_id_for, step)]
        kept = grouping.bands
    assert len(kept.ids) == 2 and len(kept.since) == 3
    assert dict((i, s) for i, s, _ in grouped) == stories.assign_stories(by_id.items())
