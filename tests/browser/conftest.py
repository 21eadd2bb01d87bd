"""Fixtures for the real-browser tests: the dashboard on the real 398 districts with a small
hand-made timeline, served on 127.0.0.1, and one headless Chromium for the whole module."""

from __future__ import annotations

import pytest

from browser.chrome import chrome, chromium_available, serve
from browser.fakes import fake_built, real_district_table


@pytest.fixture(scope="session")
def browser_built():
    return fake_built(real_district_table())


@pytest.fixture(scope="session")
def dashboard_url(geodata_dir, browser_built, tmp_path_factory):
    if not chromium_available():
        pytest.fail("browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
    import os

    from dashboard.app import create_app
    from geodata.boundaries import load_boundaries

    os.environ.setdefault("FRONTMAP_CACHE", str(tmp_path_factory.mktemp("cache")))
    app = create_app(built=browser_built, boundaries=load_boundaries(geodata_dir))
    with serve(app) as url:
        yield url


@pytest.fixture(scope="session")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="session")
def driver(dashboard_url, downloads):
    with chrome(downloads=downloads) as browser:
        yield browser
