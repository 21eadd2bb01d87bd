"""Layout polish a user sees: nothing moves or overlaps when the panel opens or play starts, and
the counts chart shows the last day's change beside the date cursor."""

from __future__ import annotations

import re

import pytest
from selenium.webdriver.common.by import By

from browser.chrome import serve, severe_logs, wait_for

pytestmark = pytest.mark.browser

KUNDUZ = "17698898B60886536033067"
TOP = "return document.querySelector(arguments[0]).getBoundingClientRect().top"
SELECT = ("window.dash_clientside.set_props('selected-unit', {data: {id: arguments[0], layer: 'district',"
          " t: Date.now()}});")


@pytest.fixture(params=[(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def sized(driver, request):
    driver.set_window_size(*request.param)
    yield driver
    driver.set_window_size(1400, 1000)


def open_view(driver, base, query):
    driver.get(base + "/" + query)
    wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0")
    wait_for(driver, "return location.search.includes('date=')")


def test_opening_the_sources_panel_does_not_push_the_timeline_down(sized, dashboard_url):
    open_view(sized, dashboard_url, "?date=2021-08-12&layer=district")
    before = sized.execute_script(TOP, ".fm-timeline")
    sized.execute_script(SELECT, KUNDUZ)
    wait_for(sized, "return document.getElementById('source-panel').textContent.includes('Kunduz district')")
    assert abs(sized.execute_script(TOP, ".fm-timeline") - before) <= 1
    # however many reports a unit has: a long panel scrolls, the page does not grow
    sized.execute_script("var tall = document.createElement('div'); tall.style.height = '2000px';"
                         "document.getElementById('source-panel').appendChild(tall);")
    assert abs(sized.execute_script(TOP, ".fm-timeline") - before) <= 1
    panel = sized.find_element(By.CSS_SELECTOR, ".fm-panel").rect
    area = sized.find_element(By.CSS_SELECTOR, ".fm-map-area").rect
    assert panel["height"] <= area["height"] + 1  # the panel scrolls inside the map's height
    assert severe_logs(sized) == []


OVERLAP = """
var button = document.getElementById('panel-close').getBoundingClientRect();
var range = document.createRange();
range.selectNodeContents(document.querySelector('#source-panel .fm-empty'));
return Array.from(range.getClientRects()).some(function (r) {
  return r.left < button.right && button.left < r.right && r.top < button.bottom && button.top < r.bottom;
});
"""


@pytest.mark.parametrize("width", [1280, 1100, 960])
def test_close_button_never_covers_the_prompt(driver, dashboard_url, width):
    driver.set_window_size(width, 800)
    try:
        open_view(driver, dashboard_url, "?date=2021-08-12&layer=district")
        assert driver.execute_script(OVERLAP) is False
    finally:
        driver.set_window_size(1400, 1000)


def test_pause_label_keeps_the_play_button_and_slider_in_place(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-07-26&layer=district")
    play = driver.find_element(By.ID, "play-button")
    width = play.rect["width"]
    slider = driver.execute_script("return document.querySelector('.fm-slider').getBoundingClientRect().left")
    play.click()
    wait_for(driver, "return document.getElementById('play-button').textContent.includes('Pause')")
    assert play.rect["width"] == width
    assert driver.execute_script("return document.querySelector('.fm-slider').getBoundingClientRect().left") == slider
    play.click()
    wait_for(driver, "return document.getElementById('play-button').textContent.includes('Play')")


def test_last_day_change_is_visible_beside_the_cursor(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-08-20&layer=district")
    wait_for(driver, "return document.querySelector('.fm-cursor') !== null", 30)
    gap = driver.execute_script(
        "var cursor = document.querySelector('.fm-cursor').getBoundingClientRect();"
        "var plot = document.querySelector('#counts-graph .fm-counts-svg rect').getBoundingClientRect();"
        "return plot.right - cursor.left;")
    assert gap >= 10  # the last day's step is drawn right of the cursor, not under it


NO_OVERLAP = """
var boxes = Array.from(document.querySelectorAll('.fm-controls > *, .fm-slider .dash-slider-mark'))
  .map(function (e) { var b = e.getBoundingClientRect(); return [e.id || e.className || e.textContent, b]; });
var clashes = [];
boxes.forEach(function (a, i) { boxes.slice(i + 1).forEach(function (b) {
  var x = a[1], y = b[1];
  if (x.left < y.right - 1 && y.left < x.right - 1 && x.top < y.bottom - 1 && y.top < x.bottom - 1
      && !(a[0] === 'fm-slider')) { clashes.push([String(a[0]), String(b[0])]); }
}); });
return clashes;
"""


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory, geodata_dir, sample_corpus):
    """The dashboard on the sample corpus: its first slider mark names a day ("15 Jun", "3 Jun 2021")."""
    from dashboard.app import create_app
    from frontmap.build import build_corpus

    data = tmp_path_factory.mktemp("polish-data")
    build_corpus(sample_corpus, data_dir=data)
    with serve(create_app(data_dir=data, geodata=geodata_dir)) as url:
        yield url


def test_timeline_controls_and_slider_marks_do_not_overlap(sized, sample_url):
    open_view(sized, sample_url, "?date=2021-08-12&layer=district")
    first_mark = sized.execute_script("return document.querySelector('.dash-slider-mark').textContent")
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}( 2021)?", first_mark)  # the year only on a timeline of ten weeks or more
    assert sized.execute_script(NO_OVERLAP) == []


@pytest.fixture
def narrow(driver):
    driver.set_window_size(800, 900)
    yield driver
    driver.set_window_size(1400, 1000)


def test_a_narrow_window_gives_the_slider_its_own_row(narrow, sample_url):
    open_view(narrow, sample_url, "?date=2021-08-12&layer=district")
    width = narrow.execute_script("return document.querySelector('.fm-slider').getBoundingClientRect().width")
    assert width >= 0.8 * narrow.execute_script("return document.querySelector('.fm-controls').clientWidth")
    assert narrow.execute_script(NO_OVERLAP) == []


def test_a_click_on_the_map_in_a_narrow_window_brings_the_panel_below_into_view(narrow, dashboard_url):
    open_view(narrow, dashboard_url, "?date=2021-08-12&layer=district")
    narrow.execute_script("window.scrollTo(0, 0)")
    path = narrow.execute_script("var s = window.frontmap.view; return s.paths.district[s.index.district[arguments[0]]];",
                                 KUNDUZ)
    narrow.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", path)
    wait_for(narrow, "return document.getElementById('source-panel').textContent.includes('Kunduz district')")
    top = narrow.execute_script(TOP, "#source-panel")
    assert 0 <= top < narrow.execute_script("return window.innerHeight") - 60
    assert severe_logs(narrow, dashboard_url) == []
