"""What the review browser tests (and the review latency benchmark) do on the page: build the
sample corpus into a data directory, serve the dashboard on it, pick units, click the review
controls, fill the form, read a unit's colour on the map."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from browser.chrome import serve, wait_for

SELECTED_UNIT = "return (function(){var v=window.frontmap&&window.frontmap.view;return v&&v.highlight.getAttribute('d');})()"


def build_sample(data_dir: Path, extract=None):
    """Build the sample corpus into `data_dir`; return the build summary."""
    from frontmap.build import build_corpus
    from frontmap.paths import SAMPLE_CORPUS

    return build_corpus(SAMPLE_CORPUS, data_dir=data_dir, extract=extract)


@contextlib.contextmanager
def dashboard(data_dir: Path, boundaries, host: str | None = "127.0.0.1") -> Iterator[str]:
    """Serve the dashboard on `data_dir` (reviewing as on a server bound to `host`); yield its URL."""
    from dashboard.app import create_app

    with serve(create_app(data_dir=data_dir, boundaries=boundaries, host=host)) as url:
        yield url


def single_event_states(data_dir: Path) -> list[tuple[str, str, str]]:
    """Return (district_id, status, event_id) of the districts whose whole history is one state
    resting on one event (rejecting it leaves the district unknown), in a stable order."""
    from collections import Counter

    from frontmap.built import load_built

    rows = load_built(data_dir).timeline.rows
    once = Counter(r.district_id for r in rows)
    return sorted((r.district_id, r.status, r.event_ids[0]) for r in rows
                  if once[r.district_id] == 1 and len(r.event_ids) == 1)


def busiest_district(data_dir: Path) -> tuple[str, list[str]]:
    """Return the district with the most events and its event ids."""
    from frontmap.built import load_built

    events = load_built(data_dir).events
    counts = events["district_id"].value_counts()
    unit = str(counts.index[0])
    return unit, [str(e) for e in events.loc[events["district_id"] == unit, "event_id"]]


def open_unit(driver, url: str, unit: str, day: str = "2021-08-13", layer: str = "district") -> None:
    """Load the page on `day` with `unit` selected and wait for its excerpts."""
    driver.get(f"{url}/?date={day}&layer={layer}&unit={unit}")
    wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 30)
    wait_for(driver, "return document.querySelector('#source-panel .fm-excerpt, #source-panel .fm-empty')", 30)


def set_name(driver, name: str) -> None:
    """Give the reviewer's name (kept in the browser)."""
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element("id", "reviewer-input")
    box.send_keys(Keys.CONTROL, "a")  # the box may hold the name kept from before: typing replaces it
    box.send_keys(name)
    driver.find_element("id", "reviewer-save").click()
    wait_for(driver, f"return document.getElementById('reviewer-shown').textContent.indexOf({name!r}) >= 0")


PRESS = """
var want = {action: arguments[1], event: arguments[0], version: arguments[2]};
var found = Array.prototype.filter.call(document.querySelectorAll("button.fm-rv-" + want.action), function (b) {
  var id = JSON.parse(b.id);
  return id.event === want.event && (want.version === null || id.version === want.version);
});
if (found.length) { found[0].click(); }
return found.length > 0;
"""


SHOWN_EVENTS = """
return Array.prototype.map.call(document.querySelectorAll("button.fm-rv-accept"), function (b) {
  return JSON.parse(b.id).event;
});
"""


def shown_events(driver) -> list[str]:
    """Return the ids of the events whose excerpts the open panel shows with review buttons (a
    syndicated copy is shown once, and only the first page of excerpts)."""
    return list(driver.execute_script(SHOWN_EVENTS) or [])


def press(driver, event_id: str, action: str, version: int | None = None, timeout: float = 15.0) -> None:
    """Click the `action` button (accept, reject, edit, undo) of event `event_id`'s excerpt (the
    one showing review `version` when given), once it is there (found and clicked in one step:
    the panel may be drawn again meanwhile)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(PRESS, event_id, action, version))


def reject_on(driver, url: str, unit: str, event_id: str, note: str) -> str:
    """Open `unit`, reject `event_id` with `note`; return the review's message."""
    open_unit(driver, url, unit)
    press(driver, event_id, "reject")
    fill_form(driver, note=note)
    return save_form(driver)


def press_and_wait(driver, event_id: str, action: str) -> str:
    """Press a review button that records at once (accept, undo); return the review's message."""
    before = driver.execute_script(LAST_MESSAGE)
    press(driver, event_id, action)
    return wait_message(driver, before)


def fill_form(driver, note: str = "", status: str | None = None, date: str | None = None) -> None:
    """Fill the open review form (status, date, note)."""
    wait_for(driver, "return !document.getElementById('review-form').hidden")
    if status:
        driver.find_element("css selector", f"#review-form-status input[value='{status}']").click()
    if date:
        box = driver.find_element("id", "review-form-date")
        box.clear()
        box.send_keys(date)
    note_box = driver.find_element("id", "review-form-note")
    note_box.clear()
    if note:
        note_box.send_keys(note)


def save_form(driver) -> str:
    """Press Save; return the message the review gave once it arrives."""
    return click_and_wait_message(driver, driver.find_element("id", "review-form-save"))


LAST_MESSAGE = "var m = document.querySelector('#review-message [data-at]'); return m ? m.getAttribute('data-at') : '';"


def click_and_wait_message(driver, element) -> str:
    """Click `element` (a review button or Save); return the review's message when it arrives."""
    before = driver.execute_script(LAST_MESSAGE)
    element.click()
    return wait_message(driver, before)


def wait_message(driver, before: str, timeout: float = 30) -> str:
    """Return the review message that follows the one stamped `before` ('' for none)."""
    wait_for(driver, f"var last = function () {{ {LAST_MESSAGE} }}; return last() !== {before!r};", timeout)
    return driver.find_element("id", "review-message").text


def unit_fill(driver, unit: str, layer: str = "district") -> tuple[str, str | None]:
    """Return (fill, fill-opacity) of `unit`'s shape on the map (opacity None: fully drawn)."""
    return tuple(driver.execute_script(
        "var v = window.frontmap.view; var p = v.paths[arguments[1]][v.index[arguments[1]][arguments[0]]];"
        "return [p.getAttribute('fill'), p.getAttribute('fill-opacity')];", unit, layer))


def wait_fill(driver, unit: str, expected: tuple, layer: str = "district", timeout: float = 20.0) -> tuple:
    """Wait until `unit`'s (fill, opacity) is `expected`; return it (the last seen value on timeout)."""
    deadline = time.monotonic() + timeout
    seen = unit_fill(driver, unit, layer)
    while seen != tuple(expected) and time.monotonic() < deadline:
        time.sleep(0.05)
        seen = unit_fill(driver, unit, layer)
    return seen


def today() -> str:
    """Return today's date, ISO (for notes that must differ between runs)."""
    return dt.date.today().isoformat()
