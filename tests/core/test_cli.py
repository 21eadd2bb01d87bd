"""The command line keeps DESIGN.md's contract: commands, options, JSON shapes, clear errors."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from frontmap.cli import main

EVENTS_COLUMNS = [
    "event_id", "article_id", "file", "item", "place", "district_id", "province_code",
    "status", "event_date", "date_basis", "excerpt", "confidence",
]
TIMELINE_COLUMNS = ["district_id", "province_code", "status", "valid_from", "valid_to", "event_ids"]


@pytest.fixture(scope="module")
def built_data(tmp_path_factory, geodata_dir):
    """A data directory with the sample corpus built into it through the CLI."""
    data = tmp_path_factory.mktemp("cli-data")
    result = CliRunner().invoke(main, ["build", "--data", str(data)], env={"FRONTMAP_GEODATA": str(geodata_dir)})
    assert result.exit_code == 0, result.output
    return data


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "status", "places", "serve", "geodata", "export"):
        assert command in result.output


def test_build_writes_contract_csvs(built_data):
    with open(built_data / "events.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[: len(EVENTS_COLUMNS)] == EVENTS_COLUMNS
        rows = list(reader)
    assert len(rows) > 20
    assert {row["status"] for row in rows} <= {"taliban", "contested", "government", "claimed"}
    with open(built_data / "timeline.csv", newline="", encoding="utf-8") as handle:
        assert csv.DictReader(handle).fieldnames[: len(TIMELINE_COLUMNS)] == TIMELINE_COLUMNS


def test_build_twice_adds_nothing(built_data):
    result = run("build", "--data", str(built_data))
    assert result.exit_code == 0, result.output
    assert "new 0" in result.output


def test_status_json_answers_for_every_district(built_data):
    result = run("status", "--date", "2021-08-13", "--json", "--data", str(built_data))
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 398
    assert {"district_id", "district", "province_code", "status", "since", "event_ids"} <= set(records[0])
    by_name = {record["district"]: record for record in records}
    assert by_name["Lashkar Gah"]["status"] == "taliban"
    assert by_name["Lashkar Gah"]["event_ids"]
    assert by_name["Kabul"]["status"] == "unknown"
    assert by_name["Kabul"]["since"] is None


def test_status_rejects_a_malformed_date(built_data):
    result = run("status", "--date", "13/08/2021", "--data", str(built_data))
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_status_without_a_build_says_to_build(tmp_path):
    result = run("status", "--date", "2021-08-13", "--data", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert "frontmap build" in result.output


def test_places_lookup_json_contract():
    result = run("places", "lookup", "Qala-i-Naw", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["query"] == "Qala-i-Naw"
    best = payload["matches"][0]
    assert set(best) >= {"district_id", "district", "province_code", "province", "kind", "score"}
    assert best["district_id"] == "17698898B11614254206376"
    assert best["province_code"] == "AF-BDG"


def test_places_lookup_uses_context_for_duplicate_names():
    result = run("places", "lookup", "Fayzabad", "--context", "a district of Jowzjan province", "--json")
    assert json.loads(result.output)["matches"][0]["province_code"] == "AF-JOW"


@pytest.mark.parametrize("foreign", ["Quetta", "Peshawar", "Doha"])
def test_places_lookup_foreign_is_empty(foreign):
    result = run("places", "lookup", foreign, "--json")
    assert json.loads(result.output)["matches"] == []


def test_geodata_info_json():
    result = run("geodata", "info", "--json")
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["districts"] == 398
    assert facts["provinces"] == 34
    assert 15_000 <= facts["vertices"] <= 30_000
    assert 0 < facts["simplified_bytes"] <= 600_000
    assert "geoBoundaries" in facts["source"]


def test_missing_boundaries_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_GEODATA", str(tmp_path / "nowhere"))
    result = run("geodata", "info")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert str(tmp_path / "nowhere") in result.output
    assert "frontmap geodata fetch" in result.output


def test_export_unknown_format_lists_formats(built_data, tmp_path):
    result = run("export", "--format", "bmp", "--date", "2021-08-01", "--out", str(tmp_path / "x.bmp"), "--data", str(built_data))
    assert result.exit_code == 2
    assert "png" in result.output and "geojson" in result.output
    assert not (tmp_path / "x.bmp").exists()


def test_export_date_outside_timeline_names_the_range(built_data, tmp_path):
    out = tmp_path / "map.csv"
    result = run("export", "--format", "csv", "--date", "2030-01-01", "--out", str(out), "--data", str(built_data))
    assert result.exit_code == 1
    assert "2021-" in result.output
    assert not out.exists()


def test_export_csv_snapshot(built_data, tmp_path):
    out = tmp_path / "snapshot.csv"
    result = run("export", "--format", "csv", "--date", "2021-08-13", "--out", str(out), "--data", str(built_data))
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 398
    assert {row["status"] for row in rows} >= {"taliban", "unknown"}


# Odd input is not accepted in silence.


def test_status_after_the_timeline_warns_and_says_what_the_state_is_based_on(built_data):
    result = CliRunner().invoke(main, ["status", "--date", "2030-01-01", "--data", str(built_data)])
    assert result.exit_code == 0
    assert "Warning: 2030-01-01 is after the timeline" in result.stderr
    assert "its last day" in result.stderr
    assert "Control on 2030-01-01" in result.stdout


def test_status_before_the_timeline_warns(built_data):
    result = CliRunner().invoke(main, ["status", "--date", "2001-01-01", "--json", "--data", str(built_data)])
    assert result.exit_code == 0
    assert "before the timeline" in result.stderr
    assert result.stdout.lstrip().startswith("[")  # the JSON stays clean


def test_status_inside_the_timeline_has_no_warning(built_data):
    result = CliRunner().invoke(main, ["status", "--date", "2021-08-13", "--data", str(built_data)])
    assert result.exit_code == 0 and "Warning" not in result.stderr


def test_status_on_a_store_of_undated_events_says_none_is_placed(tmp_path, geodata_dir):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    (corpus / "report.txt").write_text(  # no manifest and no date in the text: its event is undated
        "Clashes near Lashkar Gah\n\nInsurgents overran Nad Ali district overnight, according to two "
        "elders who fled to the provincial capital.\n", encoding="utf-8")
    env = {"FRONTMAP_GEODATA": str(geodata_dir)}
    built = CliRunner().invoke(main, ["build", str(corpus), "--data", str(data), "--jobs", "1"], env=env)
    assert built.exit_code == 0, built.output
    for args in ([], ["--json"]):
        result = CliRunner().invoke(main, ["status", "--date", "2021-08-01", "--data", str(data), *args], env=env)
        assert result.exit_code == 0, result.output
        assert "Warning: no dated event is placed on the timeline" in result.stderr
        assert "timeline runs from" not in result.stderr  # no made-up range (it was today's date)


@pytest.mark.parametrize("query", ["", "   "])
def test_places_lookup_refuses_an_empty_name(query):
    result = CliRunner().invoke(main, ["places", "lookup", query])
    assert result.exit_code == 2
    assert "give a place name" in result.output


def _build_one(folder, name: str, text: str) -> tuple[str, list[dict]]:
    """Build a corpus of the one file `name` holding `text` through the CLI; return its output
    and the rows of timeline.csv."""
    corpus, data = folder / "corpus", folder / "data"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    result = run("build", str(corpus), "--data", str(data), "--jobs", "1")
    assert result.exit_code == 0, result.output
    with open(data / "timeline.csv", newline="", encoding="utf-8") as handle:
        return result.output, list(csv.DictReader(handle))


def test_build_refuses_a_page_stamped_after_today(tmp_path):
    output, rows = _build_one(tmp_path, "report.html", (
        "<!DOCTYPE html><html><head><title>Taliban take Khan Abad district</title></head><body><article>"
        "<h1>Taliban take Khan Abad district</h1><p>Posted: 19 May 2099</p>"
        "<p>KUNDUZ - Taliban fighters took control of Khan Abad district in Kunduz province on 10 August "
        "2021 after government troops pulled back to the provincial capital, local officials said.</p>"
        "<p>Fighting went on through the night near the city's airport, a provincial council member "
        "said, and several families left for Mazar-i-Sharif.</p></article></body></html>"))
    assert "report.html, the publication date line at its top: 2099-05-19 is after today; kept undated" in output
    assert rows and max(row["valid_from"] for row in rows) == "2021-08-10"


def test_an_event_a_text_dates_after_today_stays_off_an_undated_timeline(tmp_path):
    _output, rows = _build_one(tmp_path, "report.txt", (
        "Taliban take Khan Abad district\n\nPosted: 19 May 2099\n\nKUNDUZ - Taliban fighters took control of "
        "Khan Abad district in Kunduz province on 10 August 2021 after government troops pulled back, "
        "local officials said.\n\nFighters also overran Imam Sahib district on 19 May 2099, a provincial "
        "council member said.\n"))
    assert [(row["district"], row["valid_from"]) for row in rows] == [("Khanabad", "2021-08-10")]
