"""Headless Debian Chromium for the browser tests, the scrub benchmark and the README screenshot,
plus a way to serve a Dash app on 127.0.0.1 in a background thread."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
)


def chromium_available() -> bool:
    """Return True when Debian's chromium and chromedriver are installed."""
    return CHROMIUM.exists() and CHROMEDRIVER.exists()


@contextlib.contextmanager
def chrome(width: int = 1400, height: int = 1000, downloads: Path | None = None) -> Iterator:
    """Yield a headless Chromium WebDriver with a fresh profile and browser-console logging."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="frontmap-chrome-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if downloads is not None:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@contextlib.contextmanager
def serve(app, request_handler=None) -> Iterator[str]:
    """Serve a Dash app's Flask server on a free 127.0.0.1 port in a thread (Werkzeug's threaded
    server, with `request_handler` when given); yield its base URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app.server, threaded=True, request_handler=request_handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


def severe_logs(driver, origin: str | None = None) -> list[dict]:
    """Return the browser console's SEVERE entries since the last call; with `origin`, only those
    of that server (a page of an earlier test's server, stopped since, can log after it is left)."""
    entries = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    if origin is None:
        return entries
    return [e for e in entries if not (e.get("source") in ("network", "console-api") and from_elsewhere(e, origin))]


def from_elsewhere(entry: dict, origin: str) -> bool:
    """Return True when a console entry names a script or address of a server other than `origin`."""
    message = entry.get("message", "")
    return message.startswith("http") and not message.startswith(origin)


def wait_for(driver, script: str, timeout: float = 15.0):
    """Return the first truthy result of `script` (JavaScript returning a value), polling until `timeout`."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: d.execute_script(script))
