"""`frontmap geodata fetch --from PATH`: boundaries installed from a local folder or release zip,
then found by every command without FRONTMAP_GEODATA."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from frontmap.cli import main
from geodata.boundary_files import BoundariesNotFound, find_boundary_dir
from geodata.fetch import FetchError, OFFLINE_HINT, fetch_boundaries, install_local_copy


def test_folder_copy_is_installed_in_the_cache(geodata_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("FRONTMAP_GEODATA")
    with pytest.raises(BoundariesNotFound, match="--from PATH"):
        find_boundary_dir()
    target = install_local_copy(geodata_dir)
    assert target == tmp_path / "cache" / "geoboundaries"
    assert find_boundary_dir() == target


def test_release_zip_is_installed(geodata_dir, tmp_path):
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in geodata_dir.glob("geoBoundaries-AFG-ADM2*"):
            bundle.write(path, f"geoBoundaries-AFG-ADM2-all/{path.name}")
    target = install_local_copy(archive, tmp_path / "installed")
    assert (target / "geoBoundaries-AFG-ADM2.shp").is_file()


def test_a_folder_without_the_release_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(FetchError, match="holds no geoBoundaries-AFG-ADM2.shp"):
        install_local_copy(tmp_path / "empty", tmp_path / "installed")
    assert not (tmp_path / "installed").exists()


def test_cli_from_then_export_finds_the_boundaries(geodata_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("FRONTMAP_GEODATA")
    runner = CliRunner()
    result = runner.invoke(main, ["geodata", "fetch", "--from", str(geodata_dir)])
    assert result.exit_code == 0, result.output
    assert "Boundaries installed in" in result.output
    info = runner.invoke(main, ["geodata", "info", "--json"])
    assert info.exit_code == 0 and '"districts": 398' in info.output


def test_offline_fetch_names_the_local_way_out(tmp_path):
    with pytest.raises(FetchError) as caught:
        fetch_boundaries("http://127.0.0.1:9/api/", dest=tmp_path / "x", timeout=2)
    assert OFFLINE_HINT in str(caught.value)
