"""The rows a build's workers make of an article's mentions and events: the store writes the same
rows as from the objects, and they travel between processes as plain values."""

from __future__ import annotations

import pickle

import pytest

from frontmap.store import Store
from frontmap.store_rows import ArticleRows, article_rows
from test_store import ARTICLE, event, mention


def _tables(store: Store) -> list[list[tuple]]:
    return [[tuple(row) for row in store.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3")]
            for table in ("mentions", "events")]


def test_rows_store_what_the_objects_store(tmp_path):
    mentions, events = [mention(36), mention(60)], [event("e1"), event("e2", status="taliban", event_date=None)]
    with Store.open(tmp_path / "objects") as from_objects, Store.open(tmp_path / "rows") as from_rows:
        assert from_objects.add_articles([(ARTICLE, mentions, events, b"sig")], None, "x") == [2]
        assert from_rows.add_articles([(ARTICLE, article_rows(ARTICLE.article_id, mentions, events), b"sig")],
                                      None, "x") == [2]
        assert _tables(from_rows) == _tables(from_objects)


def test_rows_are_plain_values_and_tell_an_undated_event():
    dated = article_rows(ARTICLE.article_id, [mention(36)], [event("e1")])
    undated = article_rows(ARTICLE.article_id, [], [event("e1"), event("e2", event_date=None)])
    assert not dated.undated() and undated.undated()
    assert not article_rows(ARTICLE.article_id, [], []).undated()
    sent = pickle.dumps(dated)
    assert b"frontmap.extract" not in sent and b"SimpleNamespace" not in sent  # no Mention, Place or event
    assert pickle.loads(sent) == dated and isinstance(pickle.loads(sent), ArticleRows)


def test_rows_refuse_an_event_of_another_article():
    with pytest.raises(ValueError, match="belongs to article"):
        article_rows(ARTICLE.article_id, [], [event("e1", article_id="0" * 16)])
