"""What a new user sees in the browser: an empty state instead of a map dated today when no event
is dated, and a clear refusal of a file over the upload limit, or of a kind not read, before any upload
starts."""

from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.by import By

from browser.chrome import chrome, serve, severe_logs, wait_for

pytestmark = pytest.mark.browser

# the element's box lies inside the sources panel's visible part and the window
IN_SIGHT = """
var box = document.querySelector(arguments[0]).getBoundingClientRect();
var panel = document.querySelector('.fm-panel-body').getBoundingClientRect();
return box.top >= Math.max(panel.top, 0) && box.bottom <= Math.min(panel.bottom, window.innerHeight);
"""

UNDATED = (
    "Zaranj falls\n\nTaliban fighters took control of Zaranj, the capital of Nimroz province, on "
    "Friday, a local official said.\n"
)


@pytest.fixture(scope="module")
def undated_app_url(tmp_path_factory, geodata_dir):
    from dashboard.app import create_app
    from frontmap.build import build_corpus

    corpus = tmp_path_factory.mktemp("undated-corpus")
    (corpus / "zaranj.txt").write_text(UNDATED, encoding="utf-8")
    data = tmp_path_factory.mktemp("undated-data")
    build_corpus(corpus, data_dir=data)
    with serve(create_app(data_dir=data, geodata=geodata_dir)) as url:
        yield url


def test_undated_build_shows_an_empty_state_not_today(undated_app_url):
    with chrome(1280, 800) as driver:
        driver.get(undated_app_url + "/")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        note = driver.find_element(By.ID, "empty-state")
        assert note.is_displayed()
        assert note.text.startswith("No dated events yet: 1 of 1 events have no date")
        assert driver.find_element(By.ID, "date-label").text == "No dated events yet"
        assert severe_logs(driver) == []


def test_a_file_over_the_upload_limit_is_named_before_any_upload(tmp_path, monkeypatch, geodata_dir):
    from dashboard.app import create_app
    from frontmap.build import build_corpus

    monkeypatch.setenv("FRONTMAP_UPLOAD_MAX_MB", "1")
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(int(2.5 * 1024 * 1024))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(UNDATED, encoding="utf-8")
    data = tmp_path / "data"
    build_corpus(corpus, data_dir=data)
    with serve(create_app(data_dir=data, geodata=geodata_dir)) as url, chrome(1280, 800) as driver:
        driver.get(url + "/")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        driver.find_element(By.CSS_SELECTOR, ".fm-upload summary").click()
        driver.find_element(By.CSS_SELECTOR, "#upload-files input[type=file]").send_keys(str(big))
        warning = driver.find_element(By.ID, "upload-warning")
        wait_for(driver, "return !document.getElementById('upload-warning').hidden")
        assert warning.text == "big.txt is 2.5 MB, over the 1 MB limit (FRONTMAP_UPLOAD_MAX_MB); it was not uploaded."
        time.sleep(1.5)
        assert driver.find_element(By.ID, "upload-result").text == ""  # nothing was sent
        assert severe_logs(driver) == []


def test_a_file_of_a_kind_not_read_is_named_before_any_upload(undated_app_url, tmp_path):
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 not an article frontmap reads")
    with chrome(1280, 800) as driver:
        driver.get(undated_app_url + "/")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        # a long sources panel above the upload section (a busy district's reports)
        driver.execute_script("var tall = document.createElement('div'); tall.style.height = '3000px';"
                              "document.getElementById('source-panel').appendChild(tall);")
        driver.find_element(By.CSS_SELECTOR, ".fm-upload summary").click()
        driver.find_element(By.CSS_SELECTOR, "#upload-files input[type=file]").send_keys(str(report))
        wait_for(driver, "return !document.getElementById('upload-warning').hidden")
        warning = driver.find_element(By.ID, "upload-warning")
        assert warning.is_displayed()
        assert driver.execute_script(IN_SIGHT, "#upload-warning"), "the warning is written out of sight"
        assert warning.text.startswith("report.pdf is not a kind of file frontmap reads (.txt, .html")
        assert warning.text.endswith("or .zip); it was not uploaded.")
        assert severe_logs(driver) == []
