"""Share links by name: ?unit=Kunduz opens Kunduz's sources like its id does."""

from __future__ import annotations

import pytest

from browser.chrome import severe_logs, wait_for

pytestmark = pytest.mark.browser

KUNDUZ = "17698898B60886536033067"
PANEL = "return document.getElementById('source-panel').textContent"


def open_query(driver, base, query):
    driver.get(base + "/" + query)
    wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0")


@pytest.mark.parametrize("query, panel, in_url", [
    ("?date=2021-08-12&unit=Kunduz", "Kunduz district", f"unit={KUNDUZ}"),
    ("?date=2021-08-12&layer=province&unit=Kunduz", "Kunduz province", "unit=AF-KDZ"),
    ("?date=2021-08-12&unit=kunduz&province=Kunduz", "Kunduz district", f"unit={KUNDUZ}"),
    (f"?date=2021-08-12&unit={KUNDUZ}", "Kunduz district", f"unit={KUNDUZ}"),
])
def test_a_unit_given_by_name_or_id_opens_its_sources(driver, dashboard_url, query, panel, in_url):
    open_query(driver, dashboard_url, query)
    wait_for(driver, f"{PANEL}.includes('{panel}')", 20)
    assert driver.execute_script("return window.frontmap.view.highlight.getAttribute('d').length") > 10
    wait_for(driver, f"return location.search.includes('{in_url}')")
    assert severe_logs(driver, dashboard_url) == []
