"""Stories build after build: a build groups only the articles it adds, against the stories the
store holds, and a store of the layout before story signatures is upgraded and grouped on."""

from __future__ import annotations

import sqlite3

from frontmap.build import build_corpus
from frontmap.intake import stories
from frontmap.paths import store_path
from frontmap.store import SCHEMA_VERSION, Store
from intake.news_files import EXTRA_PARAGRAPH, PAGE_BODY, WIRE_BODY, wire_copy
from test_build import FAKE_GAZETTEER

ORIGINAL = wire_copy("Taliban push into centre of Lashkar Gah", WIRE_BODY)
OTHER_PLACE = wire_copy("Taliban push into centre of Tarinkot",
                        [p.replace("Lashkar Gah", "Tarinkot").replace("Helmand", "Uruzgan") for p in WIRE_BODY])
UNRELATED = wire_copy("Taliban enter Badghis capital", PAGE_BODY)
EXTENDED = wire_copy("Fierce fighting in Lashkar Gah", [*WIRE_BODY, EXTRA_PARAGRAPH])
TRIMMED = wire_copy("Helmand capital under siege", WIRE_BODY[:3])


def no_extraction(article):
    """Find nothing: these builds are about the articles' stories, not their events."""
    return [], []


def build(corpus, data, **texts):
    """Write each text as NAME.txt into `corpus` and build it into `data`; return {NAME: story}."""
    corpus.mkdir(exist_ok=True)
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    build_corpus(corpus, data_dir=data, gazetteer=FAKE_GAZETTEER, extract=no_extraction)
    with Store.open(data) as store:
        story_of = store.stories()
        return {a.file.removesuffix(".txt"): story_of[a.article_id] for a in store.articles(with_text=False)}


def test_a_later_build_joins_its_new_copy_to_the_stored_story_reading_only_likely_copies(tmp_path, monkeypatch):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    first = build(corpus, data, original=ORIGINAL, other_place=OTHER_PLACE, unrelated=UNRELATED)
    assert len(set(first.values())) == 3
    read = []
    real_body_of = stories.body_of
    monkeypatch.setattr(stories, "body_of", lambda text: read.append(text) or real_body_of(text))
    second = build(corpus, data, extended=EXTENDED)
    assert second["extended"] == second["original"] == min(first["original"], second["extended"])
    assert (second["other_place"], second["unrelated"]) == (first["other_place"], first["unrelated"])
    assert read and not any("Badghis" in text for text in read)  # not a likely copy: never read again


def test_a_store_before_story_signatures_is_upgraded_and_its_stories_grow(tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    first = build(corpus, data, original=ORIGINAL, unrelated=UNRELATED)
    with sqlite3.connect(store_path(data)) as conn:  # back to the layout before story signatures
        conn.executescript("DROP INDEX articles_story; DROP INDEX articles_reading")  # they came later
        conn.execute("ALTER TABLE articles DROP COLUMN story_signature")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (4, '2021-01-01T00:00:00+00:00')")
    with Store.open(data) as store:
        assert [signature for _, _, signature in store.story_signatures()] == [None, None]
    second = build(corpus, data, trimmed=TRIMMED)
    assert second["trimmed"] == second["original"] and second["unrelated"] == first["unrelated"]
    with Store.open(data) as store:
        assert all(signature is not None for _, _, signature in store.story_signatures())
        assert store._conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_a_worker_compares_stored_articles_ahead_from_its_own_read_only_connection(tmp_path):
    from frontmap.intake.split import article_id_for
    from frontmap.story_checks import StoryChecks

    build(tmp_path / "corpus", tmp_path / "data", original=ORIGINAL, other=OTHER_PLACE, extended=EXTENDED)
    checks = StoryChecks(store_path(tmp_path / "data"))
    extended, other, original = (article_id_for(t) for t in (EXTENDED, OTHER_PLACE, ORIGINAL))
    assert checks((extended, [other, original, "not stored"])) == {other: False, original: True}
    assert checks((original, [])) == {}
    assert checks.__getstate__()["_conn"] is None  # a spawned worker opens its own


def test_a_later_build_sorts_only_its_new_bands_into_those_kept_and_groups_as_a_whole_build(tmp_path, monkeypatch):
    from frontmap import build as build_module
    from frontmap.story_bands import read_bands

    corpus, data = tmp_path / "corpus", tmp_path / "data"
    build(corpus, data, original=ORIGINAL, unrelated=UNRELATED)
    with Store.open(data) as store:
        assert read_bands(store).ids == sorted(store.stories())
    used = []
    monkeypatch.setattr(build_module, "read_bands", lambda store: used.append(read_bands(store)) or used[-1])
    later = build(corpus, data, extended=EXTENDED, trimmed=TRIMMED)
    whole = build(tmp_path / "corpus2", tmp_path / "whole", original=ORIGINAL, unrelated=UNRELATED,
                  extended=EXTENDED, trimmed=TRIMMED)
    assert later == whole and used[0] is not None and len(used[0].ids) == 2
    with Store.open(data) as store:
        assert read_bands(store).ids == sorted(store.stories())
