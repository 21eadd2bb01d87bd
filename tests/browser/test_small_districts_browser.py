"""Small districts (capitals, city districts) get a dot while their state is known: visible at
1280x800, clickable like the polygon, hidden in the province view."""

from __future__ import annotations

import pytest

from browser.chrome import severe_logs, wait_for
from dashboard.style import STATUS_COLORS

pytestmark = pytest.mark.browser

KUNDUZ = "17698898B60886536033067"
MAZAR = "17698898B70189679586713"
HERAT = "17698898B52348915786714"
DOT = "return document.querySelector(\"#map circle.fm-marker[data-id='\" + arguments[0] + \"']\")"


def test_known_small_districts_have_a_clickable_dot(driver, dashboard_url):
    driver.set_window_size(1280, 800)
    try:
        driver.get(dashboard_url + "/?date=2021-08-12&layer=district")
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0")
        wait_for(driver, "return location.search.includes('2021-08-12')")
        kunduz = driver.execute_script(DOT, KUNDUZ)
        assert kunduz.is_displayed()
        assert kunduz.get_attribute("fill") == STATUS_COLORS["taliban"]
        assert driver.execute_script(DOT, HERAT).get_attribute("fill") == "url(#fm-hatch-claimed)"
        assert not driver.execute_script(DOT, MAZAR).is_displayed()  # no report: no dot
        assert min(kunduz.size["width"], kunduz.size["height"]) >= 8  # on-screen pixels
        kunduz.click()
        wait_for(driver, "return document.getElementById('source-panel').textContent.includes('Kunduz district')")
        assert f"unit={KUNDUZ}" in driver.current_url
        driver.find_element("css selector", "#layer-toggle input[value='province']").click()
        wait_for(driver, "return window.frontmap.view.groups.markers.style.display === 'none'")
        assert severe_logs(driver) == []
    finally:
        driver.set_window_size(1400, 1000)
