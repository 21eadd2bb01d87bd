"""Under its Content-Security-Policy the dashboard still works in a real browser: the map, the chart,
the exports and an upload, and the browser reports no violation of the policy."""

from __future__ import annotations

import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from browser.chrome import chrome, wait_for
from browser.test_dashboard_upload_browser import upload_app_url  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser

ARTICLE = (
    "Taliban enter Qalat\n\n"
    "KABUL, August 12, 2021 - Taliban fighters captured Qalat, the capital of Zabul province, on "
    "Thursday, two officials said.\n"
)


def suffixes(folder) -> list[str]:
    """Return the suffixes of the finished exports in `folder`, sorted."""
    return sorted(p.suffix for p in folder.glob("frontmap_*"))


def policy_messages(driver) -> list[str]:
    """Return the console messages (any level) that speak of the Content Security Policy."""
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]


def test_the_dashboard_works_under_its_content_security_policy(upload_app_url, tmp_path):
    app_url = upload_app_url
    with urllib.request.urlopen(app_url + "/") as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self' 'sha256-" in policy and "'unsafe-eval'" not in policy
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    article = tmp_path / "qalat.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with chrome(downloads=downloads) as driver:
        driver.get(app_url + "/?date=2021-08-13")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        wait_for(driver, "return document.querySelector('#counts-graph .fm-counts-svg') !== null", 60)
        for button, suffix in (("export-png", ".png"), ("export-csv", ".csv")):  # one after the other
            driver.find_element(By.ID, button).click()
            deadline = time.time() + 20
            while time.time() < deadline and suffix not in suffixes(downloads):
                time.sleep(0.1)
        assert suffixes(downloads) == [".csv", ".png"]
        driver.find_element(By.CSS_SELECTOR, ".fm-upload summary").click()
        driver.find_element(By.CSS_SELECTOR, "#upload-files input[type=file]").send_keys(str(article))
        wait_for(driver, "return document.getElementById('upload-result').textContent.includes('Ingested')", 90)
        assert policy_messages(driver) == []
