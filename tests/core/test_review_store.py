"""The review log in the store: actions, the stale-edit rule, two analysts at once, append-only
rows, orphans after re-extraction, and merging another analyst's export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading

import pytest

from frontmap import review
from frontmap.extract.events import ControlEvent
from frontmap.intake.articles import Article, article_id_for
from frontmap.review import (
    PlaceRef,
    ReviewError,
    StaleReview,
    UnknownEvent,
    UnknownReview,
)
from frontmap.review.log import has_table
from frontmap.store import Store

TEXT = "Taliban surround Kunduz\n\nFighting raged in Kunduz on Thursday. The city fell on Sunday."
ARTICLE = Article(
    article_id=article_id_for(TEXT), file="k.txt", item=None, title="Taliban surround Kunduz", outlet="Wire",
    agency="Wire", url="", published=dt.date(2021, 8, 9), date_source="manifest", text=TEXT,
)
KUNDUZ = PlaceRef("Kunduz", "d-kdz", "AF-KDZ")


def event(event_id: str, status: str = "contested", day: dt.date = dt.date(2021, 8, 5)) -> ControlEvent:
    return ControlEvent(
        event_id=event_id, article_id=ARTICLE.article_id, file="k.txt", item=None, place="Kunduz",
        district_id="d-kdz", province_code="AF-KDZ", status=status, event_date=day, date_basis="weekday",
        excerpt="Fighting raged in Kunduz on Thursday.", confidence=0.8, trigger="fighting",
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        opened.add_article(ARTICLE, [], [event("e1"), event("e2", "taliban", dt.date(2021, 8, 8))])
        yield opened


def test_a_store_without_reviews_reads_as_an_empty_log_and_is_not_written(store):
    assert review.list_reviews(store) == [] and review.orphaned(store) == []
    assert not has_table(store)


def test_each_action_is_one_row_naming_its_reviewer(store):
    accepted = review.accept(store, "e1", None, " Ana  B ")
    rejected = review.reject(store, "e2", "names the city only as a landmark", "bob")
    rows = review.list_reviews(store)
    assert [(r.action, r.reviewer) for r in rows] == [("accept", "Ana B"), ("reject", "bob")]
    assert rows[0].snapshot["status"] == "contested" and rows[0].snapshot["event_date"] == "2021-08-05"
    assert rejected.created_at > accepted.created_at
    assert review.reviews_of(store, "e2").review == "rejected"


def test_reject_edit_and_add_need_a_note_and_every_review_a_reviewer(store):
    with pytest.raises(ReviewError, match="note"):
        review.reject(store, "e1", "  ", "ana")
    with pytest.raises(ReviewError, match="note"):
        review.edit(store, "e1", "", "ana", status="taliban")
    with pytest.raises(ReviewError, match="reviewer"):
        review.accept(store, "e1", None, "")
    with pytest.raises(ReviewError, match="at least one"):
        review.edit(store, "e1", "why", "ana")
    with pytest.raises(ReviewError, match="status"):
        review.edit(store, "e1", "why", "ana", status="captured")
    with pytest.raises(ReviewError, match="date"):
        review.add_manual(store, KUNDUZ, "taliban", "8 August", "seen", "ana")
    assert review.list_reviews(store) == []


def test_unknown_events_and_reviews_are_refused(store):
    with pytest.raises(UnknownEvent):
        review.accept(store, "nope", None, "ana")
    with pytest.raises(UnknownReview):
        review.undo(store, "nope", "ana")


def test_notes_and_names_are_kept_as_text(store):
    row = review.reject(store, "e1", "<b>wrong</b> place\x00\x1b[31m", "<script>x</script>")
    assert row.note == "<b>wrong</b> place[31m" and row.reviewer == "<script>x</script>"


def test_a_stale_review_is_refused_with_a_message_and_nothing_applied(tmp_path, store):
    seen = review.reviews_of(store, "e1")
    version = seen.version if seen else 0
    with Store.open(tmp_path) as other:  # a second analyst on the same data directory
        review.reject(other, "e1", "a misread", "bob", expected_version=version)
    with pytest.raises(StaleReview, match="bob") as caught:
        review.accept(store, "e1", None, "ana", expected_version=version)
    assert caught.value.current_version == 1
    assert [r.reviewer for r in review.list_reviews(store)] == ["bob"]
    review.accept(store, "e1", "checked the wire copy", "ana", expected_version=1)  # after a reload
    assert review.reviews_of(store, "e1").review == "accepted"


def test_two_analysts_reviewing_at_once_lose_nothing(tmp_path, store):
    def analyst(name: str) -> None:
        with Store.open(tmp_path) as own:
            for n in range(25):
                review.accept(own, "e1" if n % 2 else "e2", f"pass {n}", name)

    threads = [threading.Thread(target=analyst, args=(name,)) for name in ("ana", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = review.list_reviews(store)
    assert len(rows) == 50 and {r.reviewer for r in rows} == {"ana", "bob"}
    times = [r.created_at for r in rows]
    assert len(set(times)) == 50 and times == sorted(times)


def test_the_log_is_append_only(store):
    review.accept(store, "e1", None, "ana")
    for sql in ("UPDATE reviews SET note = 'x'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"), store.transaction() as conn:
            conn.execute(sql)
    assert len(review.list_reviews(store)) == 1


def test_undo_appends_a_row_and_is_refused_twice_or_on_an_undo(store):
    rejected = review.reject(store, "e1", "misread", "ana")
    undone = review.undo(store, rejected.review_id, "bob", "it was right")
    assert review.reviews_of(store, "e1").review == "" and len(review.list_reviews(store)) == 2
    with pytest.raises(ReviewError, match="already undone"):
        review.undo(store, rejected.review_id, "ana")
    with pytest.raises(ReviewError, match="cannot be undone"):
        review.undo(store, undone.review_id, "ana")


def test_a_manual_event_is_added_edited_and_undone(store):
    added = review.add_manual(store, KUNDUZ, "government", "2021-06-01", "from a field call", "ana", url="u")
    assert added.event_id.startswith("m") and len(added.event_id) == 16
    review.edit(store, added.event_id, "the call was about the 2nd", "ana", event_date="2021-06-02")
    (manual,) = review.read_log(store).manual
    assert (manual.event_date, manual.status, manual.url) == (dt.date(2021, 6, 2), "government", "u")
    add_row = next(r for r in review.list_reviews(store) if r.action == "add")
    review.undo(store, add_row.review_id, "ana")
    assert review.read_log(store).manual == ()
    with pytest.raises(UnknownEvent, match="undone"):
        review.accept(store, added.event_id, None, "ana")
    assert review.orphaned(store) == []


def test_reviews_survive_re_extraction_and_gone_events_are_orphans_with_their_last_content(store):
    review.reject(store, "e1", "misread", "ana")
    review.accept(store, "e2", None, "ana")
    store.add_article(ARTICLE, [], [event("e2", "taliban", dt.date(2021, 8, 8)), event("e3", "claimed")])
    assert review.reviews_of(store, "e2").review == "accepted"
    (orphan,) = review.orphaned(store)
    assert orphan.event_id == "e1" and orphan.state.review == "rejected"
    assert orphan.last_known["status"] == "contested" and orphan.last_known["excerpt"].startswith("Fighting")
    assert orphan.successors == ("e2", "e3")  # what its article now says about Kunduz
    store.add_article(ARTICLE, [], [event("e1"), event("e2", "taliban", dt.date(2021, 8, 8))])
    assert review.orphaned(store) == []  # extracted again: its review applies again


def test_export_then_import_into_a_fresh_store_gives_the_same_log(tmp_path, store):
    review.reject(store, "e1", "misread", "ana")
    review.add_manual(store, KUNDUZ, "taliban", "2021-08-08", "seen", "ana")
    assert review.export_csv(store, tmp_path / "r.csv") == 2
    with Store.open(tmp_path / "fresh") as fresh:
        fresh.add_article(ARTICLE, [], [event("e1")])
        report = review.import_csv(fresh, tmp_path / "r.csv")
        assert (report.added, report.already, report.conflicts, report.refused) == (2, 0, [], [])
        assert review.list_reviews(fresh) == review.list_reviews(store)
        assert review.import_csv(fresh, tmp_path / "r.csv").added == 0


def test_import_lists_conflicts_and_keeps_both_sides(tmp_path, store):
    with Store.open(tmp_path / "other") as other:
        other.add_article(ARTICLE, [], [event("e1"), event("e2", "taliban", dt.date(2021, 8, 8))])
        review.reject(other, "e1", "misread", "bob")
        review.accept(other, "e2", None, "bob")
        review.export_csv(other, tmp_path / "bob.csv")
    review.accept(store, "e1", "checked", "ana")
    review.accept(store, "e2", None, "ana")
    report = review.import_csv(store, tmp_path / "bob.csv")
    assert report.added == 2
    (conflict,) = report.conflicts
    assert (conflict.event_id, conflict.ours.reviewer, conflict.theirs.reviewer) == ("e1", "ana", "bob")
    assert "ana" in conflict.describe() and "bob" in conflict.describe()
    assert len(review.list_reviews(store)) == 4


def test_import_refuses_bad_rows_and_files_that_are_no_export(tmp_path, store):
    review.accept(store, "e1", None, "ana")
    review.export_csv(store, tmp_path / "r.csv")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    bad = lines[1].replace(",accept,", ",approve,")
    (tmp_path / "bad.csv").write_text("\n".join([lines[0], bad]) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "fresh") as fresh:
        report = review.import_csv(fresh, tmp_path / "bad.csv")
        assert report.added == 0 and len(report.refused) == 1 and "row 2" in report.refused[0]
        (tmp_path / "no.csv").write_text("a,b\n1,2\n", encoding="utf-8")
        with pytest.raises(ReviewError, match="not a review export"):
            review.import_csv(fresh, tmp_path / "no.csv")


def test_the_token_guards_public_instances():
    from frontmap.review import may_review, reviewing_enabled

    assert may_review("127.0.0.1", None, {}) and reviewing_enabled("localhost", {})
    assert not may_review("0.0.0.0", None, {}) and not reviewing_enabled("0.0.0.0", {})
    env = {"FRONTMAP_REVIEW_TOKEN": "s3cret"}
    assert reviewing_enabled("0.0.0.0", env) and may_review("0.0.0.0", "s3cret", env)
    assert not may_review("0.0.0.0", "guess", env) and not may_review("127.0.0.1", None, env)


def test_places_resolve_from_names_ids_and_codes():
    from geodata.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    kunduz = review.resolve_place("Kunduz", gazetteer)
    assert kunduz.district_id and kunduz.province_code == "AF-KDZ"
    assert review.resolve_place(kunduz.district_id, gazetteer) == dataclasses.replace(kunduz, place="Kunduz")
    assert review.resolve_place("AF-KDZ", gazetteer).district_id is None
    with pytest.raises(ReviewError, match="no Afghan"):
        review.resolve_place("Quetta", gazetteer)


def _summary(log) -> dict:
    return {e: (s.review, s.changes, s.version, s.note, s.reviewer, s.added) for e, s in log.states.items()}


def test_the_per_event_states_a_build_reads_match_the_log_and_give_way_when_they_do_not(store):
    from frontmap.review.log import read_full_log

    first = review.edit(store, "e1", "date", "ana", event_date="2021-08-04")
    review.edit(store, "e1", "status", "bob", status="taliban")
    review.undo(store, first.review_id, "ana")
    review.reject(store, "e2", "misread", "bob")
    review.add_manual(store, KUNDUZ, "government", "2021-06-01", "seen", "ana")
    fast, full = review.read_log(store), read_full_log(store)
    assert fast.rows == () and _summary(fast) == _summary(full) and fast.manual == full.manual
    with store.transaction() as conn:
        conn.execute("DELETE FROM review_states WHERE event_id = 'e2'")  # a summary out of step
    assert _summary(review.read_log(store)) == _summary(full)
