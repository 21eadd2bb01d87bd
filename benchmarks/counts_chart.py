"""Page responsiveness while the counts chart loads, in headless Chromium (a benchmark: prints
figures, asserts nothing).

Serves the dashboard on a data directory with a build (e.g. a synthetic store: `python
scripts/synthetic_corpus.py OUT --articles 5000` then `frontmap build OUT --data DIR`), records
the main thread's long tasks (over 50 ms) from the first byte, and prints one line:

    interactive_ms=... chart_ms=... longest_task_ms=... blocking_ms=... counts_bytes=... map_ms=...

interactive_ms: navigation start to the end of the last long task (the page answers input from
then on). chart_ms: to the counts chart drawn. longest_task_ms: the longest freeze. blocking_ms:
total blocking time (each long task's time over 50 ms). counts_bytes: the counts chart's answer.
map_ms: to the map first painted. Medians over --loads first visits (fresh browser profiles).

Usage: FRONTMAP_GEODATA=/work/shared/geodata python benchmarks/counts_chart.py --data DIR [--loads 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared headless-Chromium helpers live with the browser tests

from browser.chrome import chrome, serve, wait_for  # noqa: E402

OBSERVE = """
window.__fmLong = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { window.__fmLong.push([e.startTime, e.duration]); });
}).observe({type: 'longtask', buffered: true});
"""

RESULT = """
const long = window.__fmLong || [];
const chart = performance.getEntriesByType('resource').filter(e => /_dash-update-component/.test(e.name));
const sizes = chart.map(e => e.encodedBodySize || e.transferSize || 0);
return {
  interactive_ms: Math.max(window.frontmap.perf.firstPaint, ...long.map(t => t[0] + t[1])),
  chart_ms: window.__fmChart,
  longest_task_ms: Math.max(0, ...long.map(t => t[1])),
  blocking_ms: long.reduce((s, t) => s + Math.max(0, t[1] - 50), 0),
  counts_bytes: Math.max(0, ...sizes),
  map_ms: window.frontmap.perf.firstPaint,
};
"""

CHART_DRAWN = """
if (document.querySelector('#counts-graph svg') && !window.__fmChart) { window.__fmChart = performance.now(); }
return Boolean(window.__fmChart);
"""


def one_load(driver, url: str) -> dict[str, float]:
    """Return the figures of one page load (quiet for two seconds after the chart is drawn)."""
    driver.get(url)
    wait_for(driver, "return window.frontmap && window.frontmap.perf.renders > 0", 120)
    wait_for(driver, CHART_DRAWN, 120)
    time.sleep(2)
    return driver.execute_script(RESULT)


def measure(url: str, loads: int) -> dict[str, float]:
    """Return the median of each figure over `loads` first visits (a fresh browser profile each:
    nothing cached, as a new user sees it)."""
    runs = []
    for _ in range(loads):
        with chrome() as driver:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": OBSERVE})
            runs.append(one_load(driver, url))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a data directory with a build")
    parser.add_argument("--loads", type=int, default=3, help="page loads to time (default 3)")
    parser.add_argument("--geodata", type=Path, help="boundary folder (default: $FRONTMAP_GEODATA or the cache)")
    args = parser.parse_args(argv)
    from dashboard.app import create_app

    app = create_app(data_dir=args.data, geodata=args.geodata)
    with serve(app) as url:
        figures = measure(url, max(1, args.loads))
    print(" ".join(f"{key}={value:.0f}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
