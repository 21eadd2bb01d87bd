"""pyproject.toml keeps `pip install` free of setuptools deprecation warnings: an SPDX license
string (not a table), and every folder holding package data found as a package."""

from __future__ import annotations

import fnmatch
import tomllib

from frontmap.paths import PROJECT_ROOT


def test_license_is_an_spdx_string_and_setuptools_reads_it():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(config["project"]["license"], str)
    assert any(req.replace(" ", "").startswith("setuptools>=77") for req in config["build-system"]["requires"])


def test_package_data_folders_are_packages():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    find = config["tool"]["setuptools"]["packages"]["find"]
    assert find.get("namespaces", True)  # geodata/data has no __init__.py: a namespace package
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        for pattern in patterns:
            folder = package + "." + pattern.rsplit("/", 1)[0].replace("/", ".") if "/" in pattern else package
            assert any(fnmatch.fnmatch(folder, include) for include in find["include"]), folder
            assert list((PROJECT_ROOT / folder.replace(".", "/")).glob(pattern.rsplit("/", 1)[-1]))
