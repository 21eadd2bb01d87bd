"""Article text is shown as text, end to end: a corpus article full of markup goes through the real
build and the real app, and in headless Chromium its sources panel and the map's hover run no
script and inject no element; the markup shows up as literal characters."""

from __future__ import annotations

import json
import urllib.request

import pytest

from browser.chrome import chrome, chromium_available, serve, wait_for
from frontmap.build import build_corpus

pytestmark = pytest.mark.browser

KUNDUZ = "17698898B60886536033067"
HERAT = "17698898B52348915786714"
HOSTILE_TITLE = '<b id="xss-title">Taliban</b> take Kunduz <script>window.__xss = "title"</script>'
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n\n"
    # The body repeats the headline's markup: the panel quotes the body's sentence of the event.
    'KABUL, August 8, 2021 - <b id="xss-title">Taliban</b> fighters <script>window.__xss = "title"</script> '
    "captured the city of Kunduz "
    "<script>window.__xss = 'excerpt'; document.body.dataset.xss = '1'</script>"
    '<img id="xss-img" src="x" onerror="window.__xss = \'img\'"> on Sunday, '
    '<iframe id="xss-frame" srcdoc="<script>parent.__xss = \'frame\'</script>"></iframe>'
    '<svg id="xss-svg" onload="window.__xss = \'svg\'"></svg> officials said '
    '<a id="xss-link" href="javascript:window.__xss = \'link\'">here</a>.\n\n'
    "Fighting also continued in Herat <style>body { display: none }</style> on Sunday, "
    "residents said.\n"
)
MANIFEST = (
    "file,item,published,outlet,agency,title,url\n"
    'hostile.txt,,2021-08-08,"<i id=""xss-outlet"">Wire</i>",,'
    '"<img id=""xss-mtitle"" src=x onerror=""window.__xss=\'mtitle\'"">Kunduz falls",'
    "javascript:window.__xss='url'\n"
)
INJECTED = ["xss-title", "xss-img", "xss-frame", "xss-svg", "xss-link", "xss-outlet", "xss-mtitle"]


@pytest.fixture(scope="module")
def hostile_app_url(tmp_path_factory, geodata_dir):
    if not chromium_available():
        pytest.fail("browser tests need /usr/bin/chromium and /usr/bin/chromedriver")
    from dashboard.app import create_app

    root = tmp_path_factory.mktemp("inert")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (corpus / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    data = root / "data"
    summary = build_corpus(corpus, None, data, data)
    assert summary.events_total > 0, summary.lines()
    app = create_app(data_dir=data, geodata=geodata_dir)
    with serve(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chrome() as driver:
        yield driver


def district_index(url: str, district_id: str) -> int:
    """Return the position of `district_id` in the page's district series."""
    from dashboard import ids

    with urllib.request.urlopen(url + "/_dash-layout", timeout=30) as response:
        layout = json.load(response)

    def find(node):
        if isinstance(node, dict):
            props = node.get("props", {})
            if isinstance(props, dict) and props.get("id") == ids.SERIES:
                return props["data"]
            for value in node.values():
                found = find(value)
                if found is not None:
                    return found
        elif isinstance(node, list):
            for item in node:
                found = find(item)
                if found is not None:
                    return found
        return None

    return find(layout)["district"]["ids"].index(district_id)


def assert_nothing_ran(driver) -> None:
    state = driver.execute_script(
        "return {xss: window.__xss === undefined ? null : String(window.__xss),"
        " body: document.body.dataset.xss || null,"
        " found: arguments[0].filter(id => document.getElementById(id) !== null),"
        " hidden: getComputedStyle(document.body).display === 'none'};", INJECTED)
    assert state == {"xss": None, "body": None, "found": [], "hidden": False}


def test_sources_panel_and_hover_show_markup_as_text(browser, hostile_app_url):
    from selenium.common.exceptions import NoAlertPresentException

    index = district_index(hostile_app_url, KUNDUZ)
    browser.get(hostile_app_url + "/")
    wait_for(browser, "return document.querySelectorAll('#map path.fm-district').length === 398", 60)
    selector = f'#map path.fm-district[data-i="{index}"]'
    wait_for(browser, f"return document.querySelector('{selector}') !== null")

    # Hover: the tooltip is drawn, and nothing from the article turns into markup.
    browser.execute_script(
        "var p = document.querySelector(arguments[0]); var b = p.getBoundingClientRect();"
        "p.dispatchEvent(new MouseEvent('mousemove', {bubbles: true,"
        " clientX: b.left + b.width / 2, clientY: b.top + b.height / 2}));", selector)
    wait_for(browser, "var t = document.querySelector('[role=tooltip]'); return t && !t.hidden")
    assert "Kunduz" in browser.execute_script("return document.querySelector('[role=tooltip]').textContent")
    assert_nothing_ran(browser)

    # Click: the sources panel lists the article, its markup as literal characters.
    browser.execute_script(
        "document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}));",
        selector)
    wait_for(browser, "return document.getElementById('source-panel').textContent.includes('<script>')", 30)
    panel = browser.execute_script("return document.getElementById('source-panel').textContent")
    for literal in ('<b id="xss-title">Taliban</b>', '<script>window.__xss = "title"</script>',
                    '<img id="xss-mtitle"', '<i id="xss-outlet">'):
        assert literal in panel, panel
    elements = browser.execute_script(
        "var p = document.getElementById('source-panel');"
        "return {scripts: p.querySelectorAll('script, iframe, style, object, embed').length,"
        " handlers: Array.from(p.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
        ".some(a => a.name.startsWith('on'))).length,"
        " badLinks: Array.from(p.querySelectorAll('a')).filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length};")
    assert elements == {"scripts": 0, "handlers": 0, "badLinks": 0}
    assert_nothing_ran(browser)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text

    # The Herat report carries a <style> block that would blank the page if it were applied.
    herat = f'#map path.fm-district[data-i="{district_index(hostile_app_url, HERAT)}"]'
    browser.execute_script(
        "document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}));", herat)
    wait_for(browser, "return document.getElementById('source-panel').textContent.includes('<style>')", 30)
    assert "<style>body { display: none }</style>" in browser.execute_script(
        "return document.getElementById('source-panel').textContent")
    assert_nothing_ran(browser)
