"""`frontmap review ...`: the same powers as the browser, status and the CSVs following the
reviews, reviews surviving a rebuild, and export -> import into a fresh data directory."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
import test_cli
from click.testing import CliRunner

from frontmap.cli import main

DAY = "2021-08-13"
built_data = test_cli.built_data  # the fixture: the sample built once through the CLI


@pytest.fixture
def data(built_data, tmp_path):
    """A copy of the sample built through the CLI (test_cli's built_data, never reviewed), to review."""
    return shutil.copytree(built_data, tmp_path / "data")


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def status(data) -> dict[str, dict]:
    rows = json.loads(run("status", "--date", DAY, "--json", "--data", str(data)).output)
    return {r["district_id"]: r for r in rows}


def events_csv(data) -> dict[str, dict]:
    with open(data / "events.csv", newline="", encoding="utf-8") as handle:
        return {r["event_id"]: r for r in csv.DictReader(handle)}


def a_known_district(data) -> dict:
    """A district with a state on DAY resting on one event."""
    return next(r for r in status(data).values() if r["status"] != "unknown" and len(r["event_ids"]) == 1)


def test_review_is_a_command_with_every_subcommand():
    output = run("review", "--help").output
    for command in ("list", "accept", "reject", "edit", "add", "undo", "export", "import"):
        assert command in output
    assert "review" in run("--help").output


def test_a_reject_changes_status_events_csv_and_timeline_csv(data):
    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    timeline_before = (data / "timeline.csv").read_text(encoding="utf-8")
    out = run("review", "reject", event_id, "--note", "names the city as a landmark", "--reviewer", "ana",
              "--data", str(data)).output
    assert f"rejected event {event_id}" in out
    assert event_id not in status(data)[district["district_id"]]["event_ids"]
    assert events_csv(data)[event_id]["review"] == "rejected"
    assert (data / "timeline.csv").read_text(encoding="utf-8") != timeline_before


def test_edit_add_accept_and_undo(data):
    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    new_status = "government" if district["status"] != "government" else "contested"
    run("review", "edit", event_id, "--status", new_status, "--note", "misread trigger", "--data", str(data))
    assert status(data)[district["district_id"]]["status"] == new_status
    added = run("review", "add", "--place", "Imam Sahib", "--status", "taliban", "--date", "2021-08-01",
                "--note", "seen in a local report", "--url", "https://example.org/x", "--data", str(data))
    manual_id = added.output.strip()
    assert manual_id.startswith("m") and events_csv(data)[manual_id]["review"] == "manual"
    imam = next(r for r in status(data).values() if r["district"] == "Imam Sahib")
    assert imam["status"] == "taliban" and manual_id in imam["event_ids"]
    log = json.loads(run("review", "list", "--json", "--data", str(data)).output)
    edit_id = next(r["review_id"] for r in log["reviews"] if r["action"] == "edit")
    run("review", "undo", edit_id, "--data", str(data))
    assert status(data)[district["district_id"]]["status"] == district["status"]
    run("review", "accept", event_id, "--data", str(data))
    assert events_csv(data)[event_id]["review"] == "accepted"


def test_errors_are_one_clear_line(data):
    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    for args, message in [
        (("reject", event_id), "note"),
        (("accept", "0000000000000000"), "no such event"),
        (("edit", event_id, "--status", "seized", "--note", "x"), "status"),
        (("add", "--place", "Quetta", "--status", "taliban", "--date", "2021-08-01", "--note", "x"), "no Afghan"),
        (("undo", "nope"), "no such review"),
    ]:
        result = run("review", *args, "--data", str(data), ok=False)
        assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


def test_list_unreviewed_shows_the_events_that_change_the_map(data):
    queue = json.loads(run("review", "list", "--unreviewed", "--json", "--data", str(data)).output)
    assert queue and {"event_id", "place", "status", "event_date", "capital", "changes_state"} <= set(queue[0])
    first = queue[0]["event_id"]
    run("review", "accept", first, "--data", str(data))
    again = json.loads(run("review", "list", "--unreviewed", "--json", "--data", str(data)).output)
    assert first not in {r["event_id"] for r in again} and len(again) == len(queue) - 1


def test_reviews_survive_a_rebuild(data):
    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    run("review", "reject", event_id, "--note", "misread", "--data", str(data))
    before = status(data)
    run("build", "--data", str(data))
    assert status(data) == before
    assert events_csv(data)[event_id]["review"] == "rejected"


def test_export_then_import_into_a_fresh_data_directory_gives_the_same_status(data, tmp_path):
    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    run("review", "reject", event_id, "--note", "misread", "--reviewer", "ana", "--data", str(data))
    run("review", "add", "--place", "Imam Sahib", "--status", "taliban", "--date", "2021-08-01",
        "--note", "seen", "--data", str(data))
    assert "wrote 2 reviews" in run("review", "export", str(tmp_path / "r.csv"), "--data", str(data)).output
    fresh = tmp_path / "fresh"
    run("build", "--data", str(fresh))
    assert status(fresh) != status(data)
    out = run("review", "import", str(tmp_path / "r.csv"), "--data", str(fresh)).output
    assert "reviews added: 2" in out and "conflicts: 0" in out
    assert status(fresh) == status(data)
    again = json.loads(run("review", "import", str(tmp_path / "r.csv"), "--json", "--data", str(fresh)).output)
    assert (again["added"], again["already"]) == (0, 2)


def test_reviews_stay_attached_when_every_article_is_read_again(data):
    from frontmap.build import PipelineExtractor, build_corpus
    from frontmap.paths import SAMPLE_CORPUS
    from frontmap.review import orphaned
    from frontmap.store import Store
    from geodata.gazetteer import Gazetteer

    district = a_known_district(data)
    (event_id,) = district["event_ids"]
    run("review", "reject", event_id, "--note", "misread", "--data", str(data))
    before = status(data)
    upgraded = PipelineExtractor(Gazetteer.load())
    upgraded.fingerprint = "another-version"  # as after an upgrade of the rules: everything re-extracted
    summary = build_corpus(SAMPLE_CORPUS, data_dir=data, extract=upgraded)
    assert summary.articles_updated == summary.articles_read > 0
    assert status(data) == before and events_csv(data)[event_id]["review"] == "rejected"
    with Store.open(data) as store:
        assert orphaned(store) == []
