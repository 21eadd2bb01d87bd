"""Uploading an article in the browser rebuilds the data and recolours the open map."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from browser.chrome import chrome, serve, severe_logs, wait_for
from dashboard.style import STATUS_COLORS

pytestmark = pytest.mark.browser

ARTICLE = (
    "Taliban seize Qalat\n\n"
    "KABUL, August 12, 2021 - The Taliban captured Qalat, the capital of Zabul province, on Thursday, "
    "officials said.\n"
)


@pytest.fixture(scope="module")
def upload_app_url(tmp_path_factory, geodata_dir, sample_corpus):
    from dashboard.app import create_app
    from frontmap.build import build_corpus

    data = tmp_path_factory.mktemp("upload-data")
    build_corpus(sample_corpus, sample_corpus / "manifest.csv", data, data)
    with serve(create_app(data_dir=data, geodata=geodata_dir)) as url:
        yield url


def test_upload_recolours_the_map(upload_app_url, tmp_path):
    from geodata.gazetteer import Gazetteer

    qalat = Gazetteer.load().lookup("Qalat")[0].place.district_id
    article = tmp_path / "qalat.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with chrome() as driver:
        driver.get(upload_app_url + "/?date=2021-08-13")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        fill = ("var v = window.frontmap.view; return v.paths.district[v.index.district[arguments[0]]]"
                ".getAttribute('fill');")
        before = driver.execute_script(fill, qalat)
        assert before == STATUS_COLORS["unknown"]
        driver.find_element(By.CSS_SELECTOR, ".fm-upload summary").click()
        driver.find_element(By.CSS_SELECTOR, "#upload-files input[type=file]").send_keys(str(article))
        wait_for(driver, "return document.getElementById('upload-result').textContent.includes('Ingested')", 90)
        wait_for(driver, f"var v = window.frontmap.view; return v.paths.district[v.index.district['{qalat}']]"
                         f".getAttribute('fill') === '{STATUS_COLORS['taliban']}'", 30)
        assert "2021-08-13" in driver.current_url  # the date shown is kept
        assert severe_logs(driver) == []
