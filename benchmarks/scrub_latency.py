"""Scrub latency of the dashboard in headless Chromium (a benchmark: prints figures, asserts nothing).

Builds the sample corpus into a temporary data directory (or uses --data), serves the dashboard on
127.0.0.1, opens it in headless Debian Chromium, presses the right arrow key `--steps` times and
measures each step from the key press to the map repainted (the page's JS records the time of the
first frame after the recolour). Prints one line:

    p50_ms=... p95_ms=... first_render_ms=... initial_bytes=... step_bytes=... script_bytes=...

first_render_ms: navigation start to the map first painted. initial_bytes: the page's data (HTML,
layout with geometry and state change points, startup callbacks). script_bytes: the JS/CSS bundles
(Dash, React, the dashboard's assets), reported apart. step_bytes: bytes fetched per step.

Usage: FRONTMAP_GEODATA=/work/shared/geodata python benchmarks/scrub_latency.py [--steps 55] [--data DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared headless-Chromium helpers live with the browser tests

from browser.chrome import chrome, serve, wait_for  # noqa: E402

STEP_SCRIPT = """
const done = arguments[arguments.length - 1];
const before = performance.getEntriesByType('resource').length;
const start = performance.now();
document.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[0], bubbles: true}));
(function poll() {
  if (window.frontmap.perf.lastPaint > start) {
    const latency = window.frontmap.perf.lastPaint - start;
    setTimeout(() => {
      const fetched = performance.getEntriesByType('resource').slice(before)
        .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);
      done([latency, fetched]);
    }, 30);
  } else { setTimeout(poll, 1); }
})();
"""

LOAD_SCRIPT = """
const nav = performance.getEntriesByType('navigation')[0];
const data = [], scripts = [];
for (const e of performance.getEntriesByType('resource')) {
  const size = e.transferSize || e.encodedBodySize || 0;
  (/\\.(js|css)(\\?|$)/.test(e.name) ? scripts : data).push(size);
}
const sum = a => a.reduce((x, y) => x + y, 0);
return [window.frontmap.perf.firstPaint, (nav.transferSize || nav.encodedBodySize || 0) + sum(data), sum(scripts)];
"""


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0-100) of `values`, linear between closest ranks."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def built_data(data: Path | None) -> Path:
    """Return a data directory holding a build (the sample corpus, built now, when `data` is None)."""
    if data is not None:
        return data
    from frontmap.build import build_corpus
    from frontmap.paths import SAMPLE_CORPUS

    folder = Path(tempfile.mkdtemp(prefix="frontmap-bench-"))
    build_corpus(SAMPLE_CORPUS, SAMPLE_CORPUS / "manifest.csv", folder, folder)
    return folder


def measure(url: str, steps: int) -> dict[str, float]:
    """Return the figures for one page load and `steps` arrow-key steps."""
    with chrome() as driver:
        driver.set_script_timeout(30)
        driver.get(url + "/?date=2000-01-01")  # clamped to the first day: room to step forward
        wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 60)
        # the counts chart arrives after the map: let it and every startup callback finish
        wait_for(driver, "return document.querySelector('#counts-graph .fm-counts-svg .fm-cursor')", 60)
        time.sleep(0.5)
        first_render, initial_bytes, script_bytes = driver.execute_script(LOAD_SCRIPT)
        n_days = driver.execute_script("return document.querySelector('#day-slider [role=slider]')"
                                       ".getAttribute('aria-valuemax')")
        last = int(n_days) if n_days else steps
        latencies, fetched = [], []
        day = 0
        for _ in range(steps):
            key = "ArrowRight" if day < last else "ArrowLeft"
            latency, size = driver.execute_async_script(STEP_SCRIPT, key)
            day = day + 1 if key == "ArrowRight" else day - 1
            latencies.append(latency)
            fetched.append(size)
    return {
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "first_render_ms": first_render,
        "initial_bytes": initial_bytes,
        "step_bytes": statistics.mean(fetched),
        "script_bytes": script_bytes,
    }


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=55, help="slider steps to time (default 55)")
    parser.add_argument("--data", type=Path, help="a data directory with a build (default: build the sample corpus)")
    parser.add_argument("--geodata", type=Path, help="boundary folder (default: $FRONTMAP_GEODATA or the cache)")
    args = parser.parse_args(argv)
    if args.steps < 1:
        parser.error("--steps: expected a positive number")
    from dashboard.app import create_app

    app = create_app(data_dir=built_data(args.data), geodata=args.geodata)
    with serve(app) as url:
        figures = measure(url, args.steps)
    print(" ".join(f"{key}={value:.0f}" if "bytes" in key else f"{key}={value:.1f}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
