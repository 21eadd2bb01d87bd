"""Odd input the command line no longer accepts in silence: dates outside the timeline, empty
look-ups."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from frontmap.cli import main


@pytest.fixture(scope="module")
def built_data(tmp_path_factory, geodata_dir):
    data = tmp_path_factory.mktemp("odd-data")
    result = CliRunner().invoke(main, ["build", "--data", str(data)], env={"FRONTMAP_GEODATA": str(geodata_dir)})
    assert result.exit_code == 0, result.output
    return data


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


@pytest.mark.parametrize("query", ["", "   "])
def test_places_lookup_refuses_an_empty_name(query):
    result = CliRunner().invoke(main, ["places", "lookup", query])
    assert result.exit_code == 2
    assert "give a place name" in result.output
