"""Review latency of the dashboard in headless Chromium (a benchmark: prints figures, asserts nothing).

Builds the sample corpus into a temporary data directory (or copies --data), serves the
dashboard on 127.0.0.1, opens it in headless Debian Chromium and, on up to `--events` districts
whose state rests on one event, measures from the click that records a review to the map
repainted with it (the page's JS records the time of the first frame after the recolour):

- reject: the Reject button opens the form, a note is typed, then the click on Save is timed
  (a reject needs a note, so Save is the click that rejects);
- accept: the click on Accept (recorded at once) is timed.

Prints one line per kind: `reject_p50_ms=... reject_p95_ms=... reject_max_ms=... n=...` with the
median split into click to request and request to answer (the rest is the browser after it), then
one line on the server's side of those reviews alone: the review callback's request, in CPU time
of the thread that served it (what load on a shared machine does not change) and wall time, and
the bytes of its answer: `server_cpu_p50_ms=... server_wall_p50_ms=... answer_bytes_p50=...`.

Usage: FRONTMAP_GEODATA=/work/shared/geodata python benchmarks/review_latency.py [--events 8] [--data DIR]
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared headless-Chromium helpers live with the browser tests

from browser.chrome import chrome, serve, wait_for
from browser.review_pages import (
    build_sample,
    fill_form,
    open_unit,
    press,
    set_name,
    single_event_states,
)

TIMED_CLICK = """
const done = arguments[arguments.length - 1];
const target = arguments[0] ? document.getElementById(arguments[0]) : null;
const fm = window.frontmap, old = fm.series;
const start = performance.now();
if (target) { target.click(); } else {
  const want = arguments[1];
  for (const b of document.querySelectorAll('button.fm-rv-' + want.action)) {
    if (JSON.parse(b.id).event === want.event) { b.click(); break; }
  }
}
let renders = null;
(function poll() {
  if (renders === null && fm.series !== old) { renders = fm.perf.renders; }
  if (renders !== null && fm.perf.renders > renders) {
    // the first server request after the click is the review's: [total, click to request, request to answer]
    const sent = performance.getEntriesByType('resource').filter(
      (e) => e.name.indexOf('_dash-update-component') >= 0 && e.startTime >= start)[0];
    done([fm.perf.lastPaint - start, sent ? sent.startTime - start : -1, sent ? sent.responseEnd - sent.startTime : -1]);
    return;
  }
  if (performance.now() - start > 20000) { done([-1, -1, -1]); return; }
  setTimeout(poll, 1);
})();
"""


def percentile(values: list[float], q: float) -> float:
    """Return the `q` quantile (0..1) of `values` by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def timed(driver, element_id: str | None, event: dict | None = None) -> list[float]:
    """Return the milliseconds from the click to the map repainted with the review's result,
    from the click to the review's request, and from that request to its answer (-1: not seen)."""
    return driver.execute_async_script(TIMED_CLICK, element_id, event)


class ReviewRequests:
    """WSGI middleware noting, for each request that records a review (its answer carries the
    review message and the series), the serving thread's CPU ms, the wall ms and the answer's bytes."""

    def __init__(self, app):
        self.app, self.cpu, self.wall, self.bytes = app, [], [], []

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "POST" or "update-component" not in environ.get("PATH_INFO", ""):
            return self.app(environ, start_response)
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        cpu, wall = time.thread_time(), time.perf_counter()
        answer = b"".join(self.app(environ, start_response))
        if b"review-message.children" in body and b"series-store.data" in body:
            self.cpu.append(1000 * (time.thread_time() - cpu))
            self.wall.append(1000 * (time.perf_counter() - wall))
            self.bytes.append(len(answer))
        return [answer]


def measure(data: Path, n_events: int) -> tuple[dict[str, list[float]], ReviewRequests]:
    """Return the latencies (ms: [total, click to request, request to answer]) of rejects and
    accepts on the districts of `data`, and what the server noted of the review requests."""
    from dashboard.app import create_app
    from geodata.boundaries import load_boundaries

    units = single_event_states(data)[: 2 * n_events]
    found: dict[str, list[list[float]]] = {"reject": [], "accept": []}
    app = create_app(data_dir=data, boundaries=load_boundaries(), host="127.0.0.1")
    requests = app.server.wsgi_app = ReviewRequests(app.server.wsgi_app)
    with serve(app) as url, chrome() as driver:
        driver.set_script_timeout(30)
        for n, (unit, _, event) in enumerate(units):
            open_unit(driver, url, unit)
            wait_for(driver, "return document.querySelector('#counts-graph .fm-counts-svg')", 60)
            time.sleep(0.5)  # let the page settle: time the review, not the page load
            if n == 0:
                set_name(driver, "benchmark")
            if n % 2 == 0:
                press(driver, event, "reject")
                fill_form(driver, note="benchmark: misread")
                found["reject"].append(timed(driver, "review-form-save"))
            else:
                found["accept"].append(timed(driver, None, {"action": "accept", "event": event}))
    return found, requests


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print one line of figures per review kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=8, help="reviews of each kind to time")
    parser.add_argument("--data", type=Path, help="a built data directory (copied; default: build the sample)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="frontmap-review-bench-") as folder:
        data = Path(folder) / "data"
        if args.data:
            shutil.copytree(args.data, data)
        else:
            build_sample(data)
        found, requests = measure(data, args.events)
        for kind, values in found.items():
            seen = [v for v in values if v[0] >= 0]
            ok = [v[0] for v in seen]
            if not ok:
                print(f"{kind}: no repaint seen")
                continue
            parts = [statistics.median([v[n] for v in seen]) for n in (1, 2)]
            print(f"{kind}_p50_ms={statistics.median(ok):.0f} {kind}_p95_ms={percentile(ok, 0.95):.0f} "
                  f"{kind}_max_ms={max(ok):.0f} n={len(ok)} timeouts={len(values) - len(ok)} "
                  f"(p50 click_to_request_ms={parts[0]:.0f} request_to_answer_ms={parts[1]:.0f})")
        if requests.cpu:
            print(f"server_cpu_p50_ms={statistics.median(requests.cpu):.1f} "
                  f"server_cpu_p95_ms={percentile(requests.cpu, 0.95):.1f} "
                  f"server_wall_p50_ms={statistics.median(requests.wall):.0f} "
                  f"answer_bytes_p50={statistics.median(requests.bytes):.0f} n={len(requests.cpu)}")


if __name__ == "__main__":
    main()
