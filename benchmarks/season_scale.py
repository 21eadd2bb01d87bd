"""A season of news: build, grow, serve and read a 100,000-article synthetic corpus (a benchmark:
prints figures, asserts nothing).

Writes the corpus with scripts/synthetic_corpus.py (or reuses --corpus), then measures:

    build_s, peak_mb    `frontmap build CORPUS --jobs N` in a fresh process: wall time, and the peak of
                        the memory of the build and its workers together (the sum of their proportional
                        set sizes, so pages a forked worker shares with its parent count once), sampled
                        twice a second; peak_rss_sum_mb counts shared pages once per process
    add_1000_s          `frontmap build LATER` of 1,000 new articles (a later batch in its own folder)
                        into that store: their extraction, story grouping, and the two CSVs merged
                        (only the districts the new events are on worked out again); add_cpu_s: the
                        CPU seconds of that build and its workers (wall times swing with the load)
    serve_start_s       what `frontmap serve` does before it listens: load the build, create the app
    first_render_ms     headless Chromium: navigation start to the map first painted
    initial_bytes       the page's data (HTML, layout with geometry and change points, startup callbacks)
    panel_ms            the sources panel of the busiest district on the last day, as the browser asks
                        for it (POST /_dash-update-component): first request, then the median of five
    more_ms             the same panel's next page of older reports

    python benchmarks/season_scale.py                              # 100,000 articles, every core
    python benchmarks/season_scale.py --articles 5000 --jobs 2     # a quick look
    python benchmarks/season_scale.py --corpus DIR --work DIR      # reuse a corpus written before
Targets: peak <= 1500 MB, add_1000 <= 15 s, first map <= 2 s, panel <= 300 ms, initial data <= 2 MB.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the headless-Chromium helpers live with the browser tests
sys.path.insert(0, str(ROOT / "benchmarks"))

NEW_ARTICLES = 1000
SAMPLE_EVERY_S = 0.5


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic_corpus", ROOT / "scripts" / "synthetic_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _tree_memory_mb(root) -> tuple[float, float]:
    """Return the summed proportional and resident set sizes (MB) of `root` and its descendants now
    (resident sizes count pages a forked worker shares with its parent twice: an upper bound)."""
    import psutil

    pss = rss = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        pss += getattr(info, "pss", info.rss)
        rss += info.rss
    return pss / 2**20, rss / 2**20


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(corpus: Path, data: Path, jobs: int) -> tuple[float, tuple[float, float], str]:
    """Run `frontmap build` in a fresh process; return (wall seconds, peak (PSS, RSS) MB of its
    process tree, output); the CPU seconds of the build and its workers go to timed_build.cpu_s."""
    import psutil

    command = [sys.executable, "-c", "import sys; from frontmap.cli import main; sys.exit(main())",
               "build", str(corpus), "--data", str(data), "--jobs", str(jobs)]
    started, cpu = time.perf_counter(), _children_cpu_s()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    root, peak, lines = psutil.Process(child.pid), (0.0, 0.0), []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
    reader.start()
    while child.poll() is None:
        peak = tuple(max(a, b) for a, b in zip(peak, _tree_memory_mb(root)))
        time.sleep(SAMPLE_EVERY_S)
    wall = time.perf_counter() - started
    timed_build.cpu_s = _children_cpu_s() - cpu
    reader.join(timeout=5)
    if child.returncode:
        raise SystemExit(f"build failed ({child.returncode}):\n{''.join(lines)}")
    return wall, peak, "".join(lines)


def _post(client, body: dict) -> tuple[float, int]:
    """POST one callback body as the Dash renderer does; return (milliseconds, response bytes)."""
    started = time.perf_counter()
    response = client.post("/_dash-update-component", json=body)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"callback {body['output']} answered {response.status_code}: {response.data[:300]!r}")
    return elapsed, len(response.data)


def callback_body(client, output_id: str, given: dict[tuple[str, str], object]) -> dict:
    """Return the body the renderer POSTs for the app's server callback that writes `output_id`:
    its inputs and states as the app declares them (/_dash-dependencies), each valued from `given`
    ((id, property) -> value) or else from the page's layout (/_dash-layout), as a fresh page has
    them; its first input is the one that changed. A callback that gains a state cannot leave the
    benchmark behind."""
    from load_test import Dashboard, find_prop, payload

    board = Dashboard(client.get("/_dash-dependencies").get_json(), {}, [])
    dependency = board.server_callback(output_id)
    if dependency is None:
        raise SystemExit(f"the app has no server callback writing {output_id}")
    layout = client.get("/_dash-layout").get_json()
    specs = [*dependency["inputs"], *dependency.get("state", [])]
    values = {(s["id"], s["property"]): find_prop(layout, s["id"], s["property"]) for s in specs}
    values.update(given)
    trigger = dependency["inputs"][0]
    return payload(dependency, values, [(trigger["id"], trigger["property"])])


def panel_figures(app, built) -> dict:
    """Return the sources panel timings for the busiest district on the last day."""
    from dashboard import ids

    busiest = built.events["district_id"].value_counts().index[0]
    request = {"id": str(busiest), "layer": "district", "day": built.timeline.days()[-1].isoformat()}
    client = app.server.test_client()
    panel = callback_body(client, ids.PANEL, {(ids.PANEL_REQUEST, "data"): request})
    first, size = _post(client, panel)
    again = [_post(client, panel)[0] for _ in range(5)]
    more = callback_body(client, ids.PANEL_OLDER, {(ids.PANEL_MORE, "n_clicks"): 1, (ids.PANEL_REQUEST, "data"): request})
    more_ms, _ = _post(client, more)
    return {"busiest_events": int((built.events["district_id"] == busiest).sum()), "panel_first_ms": first,
            "panel_ms": statistics.median(again), "panel_bytes": size, "more_ms": more_ms}


def serve_figures(data: Path, geodata: Path | None) -> dict:
    """Return serve start-up, first render, initial bytes and the sources panel figures."""
    from browser.chrome import serve
    from dashboard.app import create_app
    from frontmap.built import load_built
    from geodata.boundaries import load_boundaries
    from scrub_latency import measure

    boundaries = load_boundaries(geodata)
    started = time.perf_counter()
    built = load_built(data)
    app = create_app(data_dir=data, built=built, boundaries=boundaries)
    start_s = time.perf_counter() - started
    with serve(app) as url:
        page = measure(url, steps=3)
    figures = {"serve_start_s": start_s, "first_render_ms": page["first_render_ms"],
               "initial_bytes": page["initial_bytes"], "step_p50_ms": page["p50_ms"]}
    return {**figures, **panel_figures(app, built)}


def main(argv: list[str] | None = None) -> int:
    """Write (or reuse) the corpus, run every measurement, print the figures."""
    from frontmap.engines import cores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=cores(), help="build jobs (default: every core)")
    parser.add_argument("--corpus", type=Path, help="a corpus written before by scripts/synthetic_corpus.py")
    parser.add_argument("--work", type=Path, help="folder for the data and the later batch (default: temporary)")
    parser.add_argument("--geodata", type=Path, help="boundary folder (default: $FRONTMAP_GEODATA or the cache)")
    parser.add_argument("--serve-only", action="store_true", help="measure the dashboard on WORK/data built before")
    args = parser.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    work = args.work or Path(tempfile.mkdtemp(prefix="frontmap-season-"))
    work.mkdir(parents=True, exist_ok=True)
    synthetic = _synthetic()
    corpus = args.corpus or work / "corpus"
    if args.corpus is None:
        synthetic.write_corpus(corpus, args.articles)
    later = work / "later"
    if not later.exists():
        synthetic.write_corpus(later, NEW_ARTICLES, seed=11, first_serial=args.articles)
    data = work / "data"
    if not args.serve_only:
        build_s, (pss, rss), output = timed_build(corpus, data, args.jobs)
        print(output.strip().splitlines()[0], "/", output.strip().splitlines()[2], flush=True)
        print(f"build_s={build_s:.1f} peak_mb={pss:.0f} peak_rss_sum_mb={rss:.0f} jobs={args.jobs}", flush=True)
        add_s, (pss, rss), _ = timed_build(later, data, args.jobs)
        print(f"add_{NEW_ARTICLES}_s={add_s:.1f} add_cpu_s={timed_build.cpu_s:.1f} add_peak_mb={pss:.0f}", flush=True)
    figures = serve_figures(data, args.geodata)
    print(" ".join(f"{key}={value:.0f}" if isinstance(value, int) or "bytes" in key else f"{key}={value:.2f}"
                   for key, value in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
