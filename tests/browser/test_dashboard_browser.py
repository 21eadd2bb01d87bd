"""The dashboard in headless Chromium: drawn, scrubbed, played, clicked, shared, exported, inert."""

from __future__ import annotations

import datetime as dt
import time
import urllib.parse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from browser.chrome import severe_logs, wait_for
from browser.fakes import EVIL
from dashboard.style import STATUS_COLORS

pytestmark = pytest.mark.browser

KUNDUZ = "17698898B60886536033067"
HERAT = "17698898B52348915786714"


def open_view(driver, base, query=""):
    driver.get(base + "/" + query)
    wait_for(driver, "return document.querySelectorAll('#map path.fm-district').length === 398")
    wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0")
    # the URL restore runs on the server: wait until the slider agrees with the query's date
    if "date=" in query:
        day = urllib.parse.parse_qs(query.lstrip("?"))["date"][0]
        wait_for(driver, f"return location.search.includes('{day}')")


def fill(driver, unit_id, layer="district"):
    return driver.execute_script(
        "var s = window.frontmap.view; var i = s.index[arguments[1]][arguments[0]];"
        "return s.paths[arguments[1]][i].getAttribute('fill');", unit_id, layer)


def date_label(driver):
    return driver.find_element(By.ID, "date-label").text


def test_map_draws_every_district_without_console_errors(driver, dashboard_url):
    open_view(driver, dashboard_url)
    visible = driver.execute_script(
        "return Array.from(document.querySelectorAll('#map path.fm-district'))"
        ".filter(p => p.getBBox().width > 0 && p.getAttribute('d').length > 10).length")
    assert visible == 398
    box = driver.find_element(By.ID, "map").rect
    assert box["width"] > 300 and box["height"] > 200
    assert fill(driver, KUNDUZ) == STATUS_COLORS["taliban"]
    assert fill(driver, HERAT) == "url(#fm-hatch-claimed)"  # claimed: hatched, not the taliban fill
    assert date_label(driver) == "Friday 20 August 2021"
    assert severe_logs(driver) == []


def test_scrub_recolours_and_keeps_the_date_in_the_url(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-07-31&layer=district")
    wait_for(driver, "return document.getElementById('date-label').textContent === 'Saturday 31 July 2021'")
    assert fill(driver, KUNDUZ) == STATUS_COLORS["unknown"]
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    wait_for(driver, "return document.getElementById('date-label').textContent === 'Sunday 1 August 2021'")
    assert fill(driver, KUNDUZ) == STATUS_COLORS["contested"]
    wait_for(driver, "return location.search.includes('date=2021-08-01')")
    driver.find_element(By.ID, "step-back").click()
    wait_for(driver, "return document.getElementById('date-label').textContent === 'Saturday 31 July 2021'")
    assert fill(driver, KUNDUZ) == STATUS_COLORS["unknown"]
    assert severe_logs(driver) == []


# The day on screen, as the page wrote it into the URL after drawing it (ISO, so it compares as text).
SHOWN_DAY = "return new URLSearchParams(location.search).get('date')"

# Every date caption drawn from now on, in order (a day on screen for a quarter of a second can
# fall between two polls of the driver, so the page keeps the list).
RECORD_DAYS = """
window.__shownDays = [];
var label = document.getElementById('date-label');
new MutationObserver(function () {
  var days = window.__shownDays, text = label.textContent;
  if (days[days.length - 1] !== text) { days.push(text); }
}).observe(label, {childList: true, characterData: true, subtree: true});
"""


def shown_days(driver) -> list[dt.date]:
    """Return the days the date caption showed since RECORD_DAYS ran, in order."""
    return [dt.datetime.strptime(text, "%A %d %B %Y").date() for text in driver.execute_script("return window.__shownDays")]


def choose_speed(driver, label):
    """Pick the play speed called `label` in the speed menu."""
    driver.find_element(By.ID, "play-speed").click()
    option = WebDriverWait(driver, 15, poll_frequency=0.05).until(lambda d: next(
        (e for e in d.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option") if e.text.strip() == label), None))
    option.click()
    wait_for(driver, f"return document.getElementById('play-speed').textContent.includes('{label}')")


def press_play(driver):
    """Press Play once and wait until the button says it plays (the page may be busy loading the
    counts chart for a few seconds on a slow machine: a second press would pause it again)."""
    driver.find_element(By.ID, "play-button").click()
    wait_for(driver, "return document.getElementById('play-button').textContent.includes('Pause')", timeout=30)


def press_pause(driver):
    """Press Pause and wait until the button offers Play again; return the date caption then."""
    driver.find_element(By.ID, "play-button").click()
    wait_for(driver, "return document.getElementById('play-button').textContent.includes('Play')", timeout=30)
    return date_label(driver)


def assert_stays_paused(driver, caption):
    """Check that the caption stays `caption` for longer than a step of the slowest speed and that
    the URL holds the same day."""
    time.sleep(1.5)
    assert date_label(driver) == caption
    assert driver.find_element(By.ID, "play-button").text == "▶ Play"
    shown = dt.date.fromisoformat(driver.execute_script(SHOWN_DAY))
    assert f"{shown.day} {shown:%B %Y}" in caption


def test_play_advances_the_date_and_pauses(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-07-26&layer=district")
    wait_for(driver, "return document.getElementById('date-label').textContent.includes('26 July')")
    choose_speed(driver, "1 day / s")  # leaves seconds to pause in, however slow the machine
    driver.execute_script(RECORD_DAYS)
    press_play(driver)
    wait_for(driver, SHOWN_DAY + " >= '2021-07-28'", timeout=30)
    caption = press_pause(driver)
    days = shown_days(driver)
    assert days[0] == dt.date(2021, 7, 27) and days == sorted(set(days))
    assert_stays_paused(driver, caption)
    assert severe_logs(driver) == []


def test_play_after_scrubbing_starts_from_the_day_scrubbed_to(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-08-03&layer=district")
    wait_for(driver, "return document.getElementById('date-label').textContent === 'Tuesday 3 August 2021'")
    body = driver.find_element(By.TAG_NAME, "body")
    # each step waits for the day it draws: a step sent while the last is still on its way can be
    # read against the day before it on a loaded machine (seen in a full CI run, not alone)
    steps = [(lambda: body.send_keys(Keys.ARROW_LEFT), day) for day in ("Monday 2 August", "Sunday 1 August", "Saturday 31 July")]
    steps += [(lambda: driver.find_element(By.ID, "step-forward").click(), "Sunday 1 August")]
    steps += [(lambda: driver.find_element(By.ID, "step-back").click(), day) for day in ("Saturday 31 July", "Friday 30 July")]
    for step, day in steps:
        step()
        wait_for(driver, f"return document.getElementById('date-label').textContent === '{day} 2021'")
    wait_for(driver, SHOWN_DAY + " === '2021-07-30'")
    choose_speed(driver, "1 day / s")
    driver.execute_script(RECORD_DAYS)
    press_play(driver)
    wait_for(driver, SHOWN_DAY + " >= '2021-08-01'", timeout=30)
    caption = press_pause(driver)
    days = shown_days(driver)
    # from the day scrubbed to, onwards: never back to that day or to the date the page opened on
    assert days[0] == dt.date(2021, 7, 31) and days == sorted(set(days)), days
    assert_stays_paused(driver, caption)
    assert severe_logs(driver) == []


def click_unit(driver, unit_id, layer="district"):
    path = driver.execute_script(
        "var s = window.frontmap.view; return s.paths[arguments[1]][s.index[arguments[1]][arguments[0]]];",
        unit_id, layer)
    ActionChains(driver).move_to_element(path).click().perform()


def panel_text(driver):
    return driver.find_element(By.ID, "source-panel").text


def test_click_a_district_reads_its_sources_and_clicking_again_works(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-08-12&layer=district")
    click_unit(driver, KUNDUZ)
    wait_for(driver, "return document.getElementById('source-panel').textContent.includes('Kunduz district')")
    text = panel_text(driver)
    assert "Taliban control" in text and "since 2021-08-08" in text
    assert text.index("Kunduz is now under Taliban control") < text.index("Clashes erupted")
    marked = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#source-panel mark")]
    assert "Kunduz" in marked
    tooltip = driver.find_element(By.CSS_SELECTOR, ".fm-tooltip").text
    assert "Kunduz" in tooltip and "Taliban control" in tooltip and "since 2021-08-08" in tooltip
    assert "1 source" in tooltip
    assert "unit=" + KUNDUZ in driver.current_url
    driver.find_element(By.ID, "panel-close").click()
    wait_for(driver, "return !document.getElementById('source-panel').textContent.includes('Kunduz district')")
    click_unit(driver, KUNDUZ)  # the same unit again
    wait_for(driver, "return document.getElementById('source-panel').textContent.includes('Kunduz district')")
    assert severe_logs(driver) == []


PROVINCES_FILLED = "return !/fm-outline-mode/.test(window.frontmap.view.groups.province.getAttribute('class'))"


def test_shared_url_restores_date_unit_layer_and_back_works(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-08-09&layer=province&unit=AF-KDZ")
    wait_for(driver, "return document.getElementById('source-panel').textContent.includes('Kunduz province')")
    assert date_label(driver) == "Monday 9 August 2021"
    assert driver.execute_script(PROVINCES_FILLED) is True
    assert driver.execute_script("return window.frontmap.view.groups.district.style.display") == "none"
    assert driver.execute_script("return window.frontmap.view.highlight.getAttribute('d').length") > 10
    assert fill(driver, "AF-KDZ", "province") == STATUS_COLORS["taliban"]
    # switch layer (a new history entry), then go back to the shared view
    driver.find_element(By.CSS_SELECTOR, "#layer-toggle input[value='district']").click()
    wait_for(driver, "return location.search.includes('layer=district')")
    assert driver.execute_script(PROVINCES_FILLED) is False  # province outlines over the districts
    driver.back()
    wait_for(driver, "return location.search.includes('layer=province')")
    wait_for(driver, PROVINCES_FILLED)
    assert severe_logs(driver) == []


def test_article_markup_stays_inert(driver, dashboard_url):
    open_view(driver, dashboard_url, f"?date=2021-08-15&layer=district&unit={HERAT}")
    wait_for(driver, "return document.getElementById('source-panel').textContent.includes('Herat district')")
    assert EVIL in panel_text(driver)
    assert driver.execute_script("return document.querySelectorAll('#source-panel script').length") == 0
    assert driver.execute_script("return window.__pwned === undefined")
    hrefs = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "#source-panel a")]
    assert not any(h.startswith("javascript") for h in hrefs)
    click_unit(driver, HERAT)  # hover + click on the unit itself
    assert driver.execute_script("return window.__pwned === undefined")
    assert severe_logs(driver) == []


def test_exports_are_named_by_date(driver, dashboard_url, downloads):
    open_view(driver, dashboard_url, "?date=2021-08-13&layer=district")
    names = set()
    for button, ext in (("export-svg", "svg"), ("export-png", "png"), ("export-csv", "csv"), ("export-geojson", "geojson")):
        driver.find_element(By.ID, button).click()
        names.add(f"frontmap_district_2021-08-13.{ext}")
        # the status line names the file just made (not the image made before a CSV/GeoJSON)
        wait_for(driver, f"return document.getElementById('export-done').textContent"
                         f" === 'frontmap_district_2021-08-13.{ext}'")
        deadline = time.time() + 15
        while time.time() < deadline and not names <= {p.name for p in downloads.iterdir()}:
            time.sleep(0.1)
    assert names <= {p.name for p in downloads.iterdir()}
    svg = (downloads / "frontmap_district_2021-08-13.svg").read_text()
    assert svg.count("<path") >= 398 and "13 August 2021" in svg and "geoBoundaries" in svg
    assert (downloads / "frontmap_district_2021-08-13.png").read_bytes()[:4] == b"\x89PNG"
    assert "taliban" in (downloads / "frontmap_district_2021-08-13.csv").read_text()
    assert severe_logs(driver) == []


# A click on the counts chart at the x of a day (the chart's plot starts 36 px in; the last shown
# day is one past the series' last).
CLICK_CHART_ON = """
var svg = document.querySelector('#counts-graph .fm-counts-svg'), box = svg.getBoundingClientRect();
var chart = window.frontmap.counts, i = window.frontmap.series.days.indexOf(arguments[0]);
var x = box.left + 36 + i * chart.w / (chart.n - 1);
svg.dispatchEvent(new MouseEvent('click', {clientX: x, clientY: box.top + 60, bubbles: true}));
"""


def test_clicking_the_counts_chart_jumps_to_that_day(driver, dashboard_url):
    open_view(driver, dashboard_url, "?date=2021-08-20&layer=district")
    wait_for(driver, "return document.querySelector('.fm-cursor') !== null", 30)
    left = driver.execute_script("return document.querySelector('.fm-cursor').getAttribute('x1')")
    driver.execute_script(CLICK_CHART_ON, "2021-08-02")
    wait_for(driver, "return document.getElementById('date-label').textContent === 'Monday 2 August 2021'")
    wait_for(driver, f"return document.querySelector('.fm-cursor').getAttribute('x1') !== '{left}'")
    assert severe_logs(driver) == []
