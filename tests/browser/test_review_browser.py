"""Analyst review in a real browser, on the sample corpus built into a data directory: accept,
reject (a note required), edit, add, undo, the verified-only view, notes shown as text, the
queue's keyboard shortcuts, reviews surviving a server restart and a re-extraction of the
corpus, and two analysts reviewing one unit at once with nothing lost.

The tests of this module share one data directory and run in order: each reviews its own unit.
"""

from __future__ import annotations

import pytest
from browser.chrome import chrome, chromium_available, severe_logs, wait_for
from browser.review_pages import (
    shown_events,
    LAST_MESSAGE,
    build_sample,
    busiest_district,
    dashboard,
    fill_form,
    open_unit,
    press,
    press_and_wait,
    reject_on,
    save_form,
    set_name,
    single_event_states,
    unit_fill,
    wait_fill,
    wait_message,
)

from dashboard.style import STATUS_COLORS

LIGHT = "0.45"
UNKNOWN = (STATUS_COLORS["unknown"], None)


@pytest.fixture(scope="module")
def boundaries(geodata_dir):
    from geodata.boundaries import load_boundaries

    return load_boundaries(geodata_dir)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    if not chromium_available():
        pytest.fail("browser tests need /usr/bin/chromium and /usr/bin/chromedriver")
    data = tmp_path_factory.mktemp("review-browser")
    build_sample(data)
    return data


@pytest.fixture(scope="module")
def units(data_dir):
    found = single_event_states(data_dir)
    assert len(found) >= 6, found
    return found


# The districts drawn in a known state on the counts chart's last day (its first panel is the
# districts', one line per status but unknown).
KNOWN_DISTRICTS = ("return (function () { var chart = window.frontmap && window.frontmap.counts;"
                   " if (!chart) { return null; }"
                   " return chart.data.layers[0].y.reduce(function (n, y) { return n + y[y.length - 1]; }, 0);"
                   " })()")


@pytest.fixture(scope="module")
def url(data_dir, boundaries):
    with dashboard(data_dir, boundaries) as address:
        yield address


@pytest.fixture(scope="module")
def browser(url):
    with chrome() as driver:
        yield driver


def test_reject_needs_a_note_then_repaints_the_map(browser, url, units):
    unit, status, event = units[0]
    open_unit(browser, url, unit)
    set_name(browser, "Ana")
    assert unit_fill(browser, unit) == (STATUS_COLORS[status], LIGHT)  # machine-read only: lighter
    known_before = wait_for(browser, KNOWN_DISTRICTS, 60)
    press(browser, event, "reject")
    fill_form(browser, note="")
    assert "note" in save_form(browser)
    assert unit_fill(browser, unit) == (STATUS_COLORS[status], LIGHT)  # nothing recorded
    fill_form(browser, note="misread: the sentence is about another district")
    assert save_form(browser).startswith("Rejected")
    assert wait_fill(browser, unit, UNKNOWN) == UNKNOWN
    # the counts chart follows: one district fewer in a known state on the last day
    wait_for(browser, f"return {KNOWN_DISTRICTS.removeprefix('return ')} === {known_before - 1}", 30)
    # the panel is drawn again after the map, on its own round trip
    wait_for(browser, "return document.getElementById('source-panel').textContent.indexOf('Rejected') >= 0", 30)
    assert "Rejected by Ana" in browser.find_element("id", "source-panel").text
    assert severe_logs(browser) == []


def test_accept_draws_the_state_as_checked(browser, url, units):
    unit, status, event = units[1]
    open_unit(browser, url, unit)
    assert press_and_wait(browser, event, "accept").startswith("Accepted")
    assert wait_fill(browser, unit, (STATUS_COLORS[status], None)) == (STATUS_COLORS[status], None)


def test_edit_corrects_the_status(browser, url, units):
    unit, status, event = units[2]
    wanted = "government" if status != "government" else "contested"
    open_unit(browser, url, unit)
    press(browser, event, "edit")
    fill_form(browser, note="the source says the army holds it", status=wanted)
    assert save_form(browser).startswith("Edited")
    assert wait_fill(browser, unit, (STATUS_COLORS[wanted], None)) == (STATUS_COLORS[wanted], None)


def test_add_event_on_a_district_nobody_reported(browser, url, data_dir):
    from frontmap.built import load_built

    built = load_built(data_dir)
    reported = set(built.events["district_id"].dropna())
    unit = next(d for d in built.timeline.districts["district_id"] if d not in reported)
    open_unit(browser, url, unit)
    assert unit_fill(browser, unit) == UNKNOWN
    browser.find_element("id", "review-add-event").click()
    fill_form(browser, note="our stringer confirmed the handover by phone", status="taliban")
    assert save_form(browser).startswith("Added event m")
    taliban = (STATUS_COLORS["taliban"], None)
    assert wait_fill(browser, unit, taliban) == taliban
    # the panel is drawn again after the map, on its own round trip
    wait_for(browser, "return document.getElementById('source-panel').textContent.indexOf('Added by') >= 0", 30)
    assert "Added by Ana" in browser.find_element("id", "source-panel").text


def test_undo_restores_the_machine_reading(browser, url, units):
    unit, status, event = units[3]
    assert reject_on(browser, url, unit, event, "duplicate of another report").startswith("Rejected")
    assert wait_fill(browser, unit, UNKNOWN) == UNKNOWN
    assert press_and_wait(browser, event, "undo").startswith("Undone")
    machine = (STATUS_COLORS[status], LIGHT)
    assert wait_fill(browser, unit, machine) == machine


def test_verified_only_view_shows_only_checked_states(browser, url, units):
    accepted, status, _ = units[1]
    unreviewed = units[4][0]
    open_unit(browser, url, accepted)
    browser.find_element("css selector", "#review-view input[value='verified']").click()
    assert wait_fill(browser, unreviewed, UNKNOWN) == UNKNOWN
    assert unit_fill(browser, accepted) == (STATUS_COLORS[status], None)
    browser.find_element("css selector", "#review-view input[value='all']").click()
    assert wait_fill(browser, unreviewed, (STATUS_COLORS[units[4][1]], LIGHT))[1] == LIGHT


def test_notes_and_names_render_as_text(browser, url, units):
    unit, _, event = units[5]
    reject_on(browser, url, unit, event, '<b>bold</b> <img src=x onerror="window.__pwned=1">')
    panel = browser.find_element("id", "source-panel")
    wait_for(browser, "return document.getElementById('source-panel').textContent.indexOf('<b>bold</b>') >= 0")
    assert panel.find_elements("css selector", ".fm-review-badge b, .fm-review-badge img") == []
    assert browser.execute_script("return window.__pwned === undefined")


def test_the_name_is_asked_once(browser, url, units):
    open_unit(browser, url, units[0][0])
    assert browser.find_element("id", "reviewer-shown").text == "Reviewing as Ana"
    # the box holds the kept name too, not the prompt asking for it
    wait_for(browser, "return document.getElementById('reviewer-input').value === 'Ana'")


def test_queue_opens_entries_and_takes_keyboard_shortcuts(browser, url, units):
    open_unit(browser, url, units[0][0])
    browser.find_element("css selector", ".fm-queue summary").click()
    browser.find_element("id", "review-queue-load").click()
    wait_for(browser, "return document.querySelectorAll('.fm-queue-item').length > 0")
    before = browser.execute_script("return document.querySelectorAll('.fm-queue-item').length")
    body = browser.find_element("tag name", "body")
    body.send_keys("j")
    wait_for(browser, "return document.querySelector('.fm-excerpt.fm-focus')")
    assert browser.execute_script("return document.querySelector('.fm-queue-item.fm-focus') !== null")
    before_message = browser.execute_script(LAST_MESSAGE)
    body.send_keys("a")
    assert wait_message(browser, before_message).startswith("Accepted")
    wait_for(browser, f"return document.querySelectorAll('.fm-queue-item').length === {before - 1}", 30)


def _fills(driver, url, units) -> list:
    open_unit(driver, url, units[0][0])
    return [unit_fill(driver, unit) for unit, _, _ in units[:4]]


def test_reviews_survive_a_restart_and_a_rebuild(browser, url, data_dir, boundaries, units):
    from frontmap.build import PipelineExtractor
    from geodata.gazetteer import Gazetteer

    before = _fills(browser, url, units)
    assert before[0] == UNKNOWN and before[1][1] is None and before[2][1] is None
    with dashboard(data_dir, boundaries) as restarted:
        assert _fills(browser, restarted, units) == before

    class Reread(PipelineExtractor):
        def __init__(self, gazetteer):
            super().__init__(gazetteer)
            self.fingerprint = "re-extract every article"

    summary = build_sample(data_dir, extract=Reread(Gazetteer.load()))
    assert summary.articles_updated == summary.articles_read > 0
    with dashboard(data_dir, boundaries) as rebuilt:
        assert _fills(browser, rebuilt, units) == before


def test_two_analysts_review_one_unit_at_once(browser, url, data_dir):
    from frontmap.review import list_reviews, reviews_of
    from frontmap.store import Store

    unit, events = busiest_district(data_dir)
    open_unit(browser, url, unit)
    set_name(browser, "Ana")
    wait_for(browser, "return document.querySelectorAll('button.fm-rv-accept').length > 0", 30)
    shown = set(shown_events(browser))
    with Store.open(data_dir) as store:
        first, second, third = [e for e in events if e in shown and reviews_of(store, e) is None][:3]
    with chrome() as other:
        open_unit(other, url, unit)
        set_name(other, "Ben")
        assert press_and_wait(browser, first, "accept").startswith("Accepted")
        press(other, first, "reject")  # Ben's panel still shows the event unreviewed
        fill_form(other, note="not this district")
        stale = save_form(other)
        assert "Ana" in stale and "not applied" in stale
        other.find_element("id", "review-form-cancel").click()  # so the form that opens next is the new press's
        wait_for(other, "return document.getElementById('review-form').hidden")
        press(other, first, "reject", version=1)  # his panel now shows Ana's accept: he decides again
        fill_form(other, note="not this district")
        assert save_form(other).startswith("Rejected")
        mine, theirs = browser.execute_script(LAST_MESSAGE), other.execute_script(LAST_MESSAGE)
        press(browser, second, "accept")
        press(other, third, "accept")
        assert wait_message(other, theirs).startswith("Accepted")
    assert wait_message(browser, mine).startswith("Accepted")
    with Store.open(data_dir) as store:
        log = [(r.reviewer, r.action, r.event_id) for r in list_reviews(store)]
    assert ("Ana", "accept", first) in log and ("Ben", "reject", first) in log
    assert ("Ana", "accept", second) in log and ("Ben", "accept", third) in log


def test_a_public_instance_reviews_only_with_the_token(browser, data_dir, boundaries, units, monkeypatch):
    from selenium.webdriver.common.keys import Keys

    from frontmap.review import reviews_of
    from frontmap.store import Store

    with Store.open(data_dir) as store:
        unit, _, event = next(u for u in units[6:] if reviews_of(store, u[2]) is None)
    monkeypatch.delenv("FRONTMAP_REVIEW_TOKEN", raising=False)
    with dashboard(data_dir, boundaries, host=None) as public:
        open_unit(browser, public, unit)
        assert "Reviewing is off" in browser.find_element("id", "review-section").text
        assert browser.find_elements("css selector", "button.fm-rv-accept") == []
    monkeypatch.setenv("FRONTMAP_REVIEW_TOKEN", "open sesame")
    with dashboard(data_dir, boundaries, host=None) as public:
        open_unit(browser, public, unit)
        set_name(browser, "Ana")
        token = browser.find_element("id", "review-token-input")
        token.send_keys("guess")
        assert "token" in press_and_wait(browser, event, "accept")
        token.send_keys(Keys.CONTROL, "a")
        token.send_keys("open sesame")
        wait_for(browser, "return sessionStorage.getItem('review-token-store') === JSON.stringify('open sesame')")
        assert press_and_wait(browser, event, "accept").startswith("Accepted")
