"""Load test of the dashboard under a real WSGI server, on loopback only, bounded in time and count.

Starts gunicorn (several workers) on 127.0.0.1 serving `dashboard.app:create_app()` over a data
directory (built from the sample corpus when empty), then drives the Dash callbacks over HTTP as
the browser does: each simulated user loads the page (`/`, `/_dash-layout`, `/_dash-dependencies`,
the URL-restore callback), then scrubs the slider, clicks districts and switches to the province
layer and clicks provinces, POSTing to `/_dash-update-component` with the payloads the renderer
sends (callback signatures read from `/_dash-dependencies`). The map recolouring itself runs in
the browser, so scrubbing reaches the server through the sources-panel callback.

A run with one client comes first, then one with N clients; for each it prints request count,
errors, p50/p95/max latency and the server's peak resident memory (master + workers).

    python benchmarks/load_test.py                       # 20 clients, 60 s, 4 workers
    python benchmarks/load_test.py --clients 5 --duration 10 --single-duration 5
    python benchmarks/load_test.py --url http://127.0.0.1:8050   # an already running server
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
HARD_MAX_CLIENTS = 100
HARD_MAX_SECONDS = 600
UPDATE_PATH = "/_dash-update-component"


# ------------------------------------------------------------------------------------ the server


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_built(data_dir: Path) -> Path:
    """Build the sample corpus into `data_dir` unless it already holds a build; return `data_dir`."""
    from frontmap.build import build_corpus
    from frontmap.built import NothingBuilt, load_built

    try:
        load_built(data_dir)
    except NothingBuilt:
        build_corpus(data_dir=data_dir, out_dir=data_dir)
    return data_dir


def start_gunicorn(data_dir: Path, port: int, workers: int = 4, threads: int = 4,
                   timeout: float = 180.0, preload: bool = True,
                   access_log: bool = False) -> subprocess.Popen:
    """Start gunicorn serving the dashboard on 127.0.0.1:`port`; return once it answers `/`.

    With `preload` the app is built once in the master and the workers share it (copy-on-write).
    With `access_log` every request is logged as ``ACCESS <worker pid> <request line> <status>``
    (see served_by).

    Raises RuntimeError with the server's output when it exits or does not answer in `timeout` s.
    """
    env = {**os.environ, "FRONTMAP_DATA": str(data_dir)}
    log = tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--threads", str(threads), "--timeout", "120", "--graceful-timeout", "5",
         *(["--preload"] if preload else []),
         *(["--access-logfile", "-", "--access-logformat", "ACCESS %(p)s %(r)s %(s)s"] if access_log else []),
         "dashboard.app:create_app()"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    server.log = log  # kept so a failure can show what the server said
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}:\n{server_output(server)}")
        try:
            status, _ = request("127.0.0.1", port, "GET", "/")
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.25)
    stop_server(server)
    raise RuntimeError(f"gunicorn did not answer within {timeout:.0f} s:\n{server_output(server)}")


def server_output(server: subprocess.Popen) -> str:
    """Return the last few KB of what a server started by start_gunicorn printed."""
    log = getattr(server, "log", None)
    if log is None:
        return ""
    log.seek(0)
    return log.read()[-4000:]


def served_by(server: subprocess.Popen) -> list[tuple[int, str]]:
    """Return (worker pid, request line) for every request so far of a server started with
    access_log=True, oldest first."""
    log = getattr(server, "log", None)
    if log is None:
        return []
    log.seek(0)
    found = []
    for line in log.read().splitlines():
        if line.startswith("ACCESS "):
            _, pid, request_line = line.split(" ", 2)
            found.append((int(pid.strip("<>")), request_line))
    return found


def stop_server(server: subprocess.Popen) -> None:
    """Stop a server started by start_gunicorn (TERM, then KILL after 10 s)."""
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def process_tree(pid: int) -> list[int]:
    """Return `pid` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def tree_memory(pid: int) -> tuple[int, int]:
    """Return (RSS, PSS) in bytes summed over `pid` and its descendants ((0, 0) if unknown).

    RSS counts pages shared between the workers once per worker; PSS splits them among the sharers,
    so its sum is what the server really occupies.
    """
    rss = pss = 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return rss, pss


class PeakMemory(threading.Thread):
    """Samples the server's summed RSS and PSS every `every` seconds and keeps the peaks."""

    def __init__(self, pid: int | None, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, (0, 0)
        self._stop_event = threading.Event()

    def run(self) -> None:
        while self.pid and not self._stop_event.is_set():
            rss, pss = tree_memory(self.pid)
            self.peak = (max(self.peak[0], rss), max(self.peak[1], pss))
            self._stop_event.wait(self.every)

    def stop(self) -> tuple[int, int]:
        """Stop sampling; return the peak (RSS, PSS) in bytes ((0, 0) when no pid was given)."""
        self._stop_event.set()
        self.join(timeout=5)
        return self.peak


# ------------------------------------------------------------------------------------ HTTP


def request(host: str, port: int, method: str, path: str, body: dict | None = None,
            connection: http.client.HTTPConnection | None = None, timeout: float = 60.0):
    """Send one request; return (status, body bytes). Uses `connection` when given."""
    conn = connection or http.client.HTTPConnection(host, port, timeout=timeout)
    payload = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json", "Accept": "application/json"} if body is not None else {}
    try:
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if connection is None:
            conn.close()


def parse_output(output: str) -> list[dict] | dict:
    """Return the `outputs` field the renderer sends for a dependency's `output` string."""

    def one(spec: str) -> dict:
        component, prop = spec.rsplit(".", 1)
        return {"id": component, "property": prop.split("@")[0]}

    if output.startswith(".."):
        return [one(part) for part in output[2:-2].split("...")]
    return one(output)


@dataclass
class Dashboard:
    """What a client learns from the page: callback dependencies, unit ids, the days (ISO)."""

    dependencies: list[dict]
    unit_ids: dict[str, list[str]]
    days: list[str]

    @classmethod
    def discover(cls, host: str, port: int) -> "Dashboard":
        """Return the dashboard's callbacks and data, read from /_dash-layout and /_dash-dependencies."""
        from dashboard import ids

        status, raw = request(host, port, "GET", "/_dash-dependencies")
        if status != 200:
            raise RuntimeError(f"/_dash-dependencies answered {status}")
        dependencies = json.loads(raw)
        status, raw = request(host, port, "GET", "/_dash-layout")
        if status != 200:
            raise RuntimeError(f"/_dash-layout answered {status}")
        series = find_prop(json.loads(raw), ids.SERIES, "data")
        if not series:
            raise RuntimeError(f"no {ids.SERIES} store with data in the layout")
        unit_ids = {layer: list(series[layer]["ids"]) for layer in ("district", "province")}
        return cls(dependencies, unit_ids, list(series["days"]))

    def server_callback(self, output_id: str, input_id: str | None = None) -> dict | None:
        """Return the server-side dependency that writes `output_id` (and reads `input_id`, if
        given); None when the app has none."""
        for dep in self.dependencies:
            if dep.get("clientside_function"):
                continue
            written = {o["id"] for o in as_list(parse_output(dep["output"]))}
            if output_id in written and (input_id is None or input_id in {i["id"] for i in dep["inputs"]}):
                return dep
        return None


def as_list(value) -> list:
    """Return `value` as a list (a single output spec becomes a one-element list)."""
    return value if isinstance(value, list) else [value]


def find_prop(node, component_id: str, prop: str):
    """Return property `prop` of the component `component_id` anywhere in a layout JSON tree."""
    if isinstance(node, dict):
        props = node.get("props")
        if isinstance(props, dict) and props.get("id") == component_id and prop in props:
            return props[prop]
        for value in (props or {}).values() if isinstance(props, dict) else node.values():
            found = find_prop(value, component_id, prop)
            if found is not None:
                return found
    elif isinstance(node, list):
        for item in node:
            found = find_prop(item, component_id, prop)
            if found is not None:
                return found
    return None


def payload(dep: dict, values: dict[tuple[str, str], object], changed: list[tuple[str, str]]) -> dict:
    """Return the JSON body the Dash renderer POSTs for dependency `dep` with these prop values."""

    def listed(specs):
        return [{"id": s["id"], "property": s["property"], "value": values.get((s["id"], s["property"]))}
                for s in specs]

    return {
        "output": dep["output"],
        "outputs": parse_output(dep["output"]),
        "inputs": listed(dep["inputs"]),
        "state": listed(dep.get("state", [])),
        "changedPropIds": [f"{cid}.{prop}" for cid, prop in changed],
    }


# ------------------------------------------------------------------------------------ clients


@dataclass
class Stats:
    """Latencies (seconds) by action, and errors as (action, what) pairs."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, action: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(action, []).append(seconds)
            if error:
                self.errors.append((action, error))

    def count(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def all_latencies(self) -> list[float]:
        return [x for values in self.latencies.values() for x in values]


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0..100) of `values` (nearest rank; 0.0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


class Client(threading.Thread):
    """One simulated user: loads the page, then scrubs, clicks and switches layer until told to stop.

    The values sent are those the browser holds: the slider's day index, the day shown (ISO), the
    selected unit, and the panel request the page derives from both; each server callback gets
    the ones it declares as inputs and states.
    """

    def __init__(self, host: str, port: int, board: Dashboard, stats: Stats, stop: threading.Event,
                 budget: "Budget", seed: int):
        super().__init__(daemon=True)
        self.host, self.port, self.board, self.stats, self.stop_event = host, port, board, stats, stop
        self.budget, self.random = budget, random.Random(seed)
        from dashboard import ids

        self.ids = ids
        self.panel = board.server_callback(ids.PANEL)
        if self.panel is None:
            raise LookupError(f"no server callback writes {ids.PANEL}")
        self.restore = board.server_callback(ids.SELECTED, ids.URL)
        counts_holder = getattr(ids, "COUNTS_HOLDER", None)
        self.counts = board.server_callback(counts_holder) if counts_holder else None
        self.day = len(board.days) - 1
        self.selected = None
        self.conn: http.client.HTTPConnection | None = None

    def values(self) -> dict[tuple[str, str], object]:
        """Return the browser-side values of every prop a server callback may read."""
        ids = self.ids
        day = self.board.days[self.day]
        request_ = {**self.selected, "day": day} if self.selected else None
        found = {(ids.SELECTED, "data"): self.selected, (ids.SLIDER, "value"): self.day,
                 (ids.LAYER, "value"): (self.selected or {}).get("layer", "district"),
                 (ids.URL, "search"): ""}
        for name, value in (("CURRENT_DAY", day), ("PANEL_REQUEST", request_), ("MAP_READY", True)):
            if hasattr(ids, name):
                found[(getattr(ids, name), "data")] = value
        return found

    def send(self, action: str, method: str, path: str, body: dict | None = None) -> None:
        if not self.budget.take():
            self.stop_event.set()
            return
        started = time.perf_counter()
        error = None
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            status, raw = request(self.host, self.port, method, path, body, connection=self.conn)
            if status != 200:
                error = f"HTTP {status}: {raw[:200]!r}"
            elif body is not None and b'"response"' not in raw:
                error = f"no callback response: {raw[:200]!r}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
        if error or self.conn is None or getattr(self.conn, "sock", None) is None:
            if self.conn is not None:
                self.conn.close()
            self.conn = None  # reconnect next time (the server may close after each response)
        self.stats.record(action, time.perf_counter() - started, error)

    def fire(self, action: str, dep: dict | None) -> None:
        """POST dependency `dep` as the renderer would after its first input changed."""
        if dep is None:
            return
        trigger = dep["inputs"][0]
        self.send(action, "POST", UPDATE_PATH,
                  payload(dep, self.values(), [(trigger["id"], trigger["property"])]))

    def load_page(self) -> None:
        self.send("page", "GET", "/")
        self.send("page", "GET", "/_dash-layout")
        self.send("page", "GET", "/_dash-dependencies")
        self.fire("page", self.restore)
        self.fire("page", self.counts)

    def click(self, layer: str) -> None:
        unit = self.random.choice(self.board.unit_ids[layer])
        self.selected = {"id": unit, "layer": layer, "t": int(time.time() * 1000)}
        self.fire("click" if layer == "district" else "layer", self.panel)

    def scrub(self) -> None:
        # A drag sends a few values in a row; with a unit selected, each asks for its panel.
        for _ in range(3):
            self.day = max(0, min(len(self.board.days) - 1, self.day + self.random.randint(-5, 5)))
            self.fire("scrub", self.panel)

    def run(self) -> None:
        self.load_page()
        while not self.stop_event.is_set():
            roll = self.random.random()
            if roll < 0.5:
                self.scrub()
            elif roll < 0.8:
                self.click("district")
            else:
                self.click("province")  # the layer switch is drawn in the browser; its clicks reach us
            time.sleep(self.random.uniform(0.0, 0.05))  # think time between gestures
        if self.conn is not None:
            self.conn.close()


class Budget:
    """A shared cap on the number of requests of one run."""

    def __init__(self, limit: int):
        self.left, self.lock = limit, threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


def run_load(host: str, port: int, clients: int, duration: float, max_requests: int,
             server_pid: int | None = None, seed: int = 1) -> dict:
    """Drive `clients` simulated users for `duration` s (or `max_requests` requests in all).

    Returns a dict: clients, seconds, requests, errors (count), error_samples, p50_ms, p95_ms,
    max_ms, per_action (p50/p95 per action), peak_rss_mb and peak_pss_mb (0 without a local
    server pid).
    """
    clients = min(clients, HARD_MAX_CLIENTS)
    duration = min(duration, HARD_MAX_SECONDS)
    board = Dashboard.discover(host, port)
    stats, stop, budget = Stats(), threading.Event(), Budget(max_requests)
    memory = PeakMemory(server_pid)
    memory.start()
    started = time.monotonic()
    threads = [Client(host, port, board, stats, stop, budget, seed + n) for n in range(clients)]
    for thread in threads:
        thread.start()
    stop.wait(duration)
    stop.set()
    for thread in threads:
        thread.join(timeout=120)
    seconds = time.monotonic() - started
    peak = memory.stop()
    latencies = stats.all_latencies()
    return {
        "clients": clients,
        "seconds": round(seconds, 1),
        "requests": stats.count(),
        "requests_per_s": round(stats.count() / seconds, 1) if seconds else 0.0,
        "errors": len(stats.errors),
        "error_samples": stats.errors[:5],
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "max_ms": round(max(latencies, default=0.0) * 1000, 1),
        "per_action": {
            action: {"n": len(v), "p50_ms": round(percentile(v, 50) * 1000, 1),
                     "p95_ms": round(percentile(v, 95) * 1000, 1),
                     "mean_ms": round(statistics.fmean(v) * 1000, 1)}
            for action, v in sorted(stats.latencies.items())
        },
        "peak_rss_mb": round(peak[0] / 2**20, 1),
        "peak_pss_mb": round(peak[1] / 2**20, 1),
    }


def loopback_target(url: str) -> tuple[str, int]:
    """Return (host, port) of `url`; raise SystemExit unless it is a loopback address."""
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK:
        raise SystemExit(f"--url: this load test only targets loopback (127.0.0.1), got {url!r}")
    return parts.hostname, parts.port or 80


def main(argv: list[str] | None = None) -> int:
    """Run the single-client and the N-client load runs; print the figures; return 0 if no errors."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent users (default 20, at most 100)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of the N-client run (default 60)")
    parser.add_argument("--single-duration", type=float, default=15.0, help="seconds of the 1-client run")
    parser.add_argument("--max-requests", type=int, default=200_000, help="cap on requests per run")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes (default 4)")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker (default 4)")
    parser.add_argument("--no-preload", action="store_true",
                        help="build the app in every worker instead of once in the master")
    parser.add_argument("--data", type=Path, default=None,
                        help="data directory to serve (default: a temporary one built from the sample corpus)")
    parser.add_argument("--url", default=None, help="test an already running server on loopback instead")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    server = None
    scratch = None
    try:
        if args.url:
            host, port = loopback_target(args.url)
            pid = None
        else:
            if args.data is None:
                scratch = tempfile.TemporaryDirectory(prefix="frontmap-load-")
                args.data = Path(scratch.name)
            ensure_built(args.data)
            host, port = "127.0.0.1", free_port()
            server = start_gunicorn(args.data, port, args.workers, args.threads,
                                    preload=not args.no_preload)
            pid = server.pid
        idle = tree_memory(pid) if pid else (0, 0)
        single = run_load(host, port, 1, args.single_duration, args.max_requests, pid)
        many = run_load(host, port, args.clients, args.duration, args.max_requests, pid, seed=100)
    finally:
        if server is not None:
            stop_server(server)
        if scratch is not None:
            scratch.cleanup()

    preload = "" if args.no_preload else " --preload"
    figures = {"server": "external" if args.url else
               f"gunicorn --workers {args.workers} --threads {args.threads}{preload} on 127.0.0.1",
               "idle_rss_mb": round(idle[0] / 2**20, 1), "idle_pss_mb": round(idle[1] / 2**20, 1),
               "single": single, "concurrent": many}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"server: {figures['server']}; idle memory (master + workers): "
              f"RSS {figures['idle_rss_mb']} MB, PSS {figures['idle_pss_mb']} MB")
        for name, run in (("1 client", single), (f"{many['clients']} clients", many)):
            print(f"{name:>11}: {run['requests']} requests in {run['seconds']} s "
                  f"({run['requests_per_s']}/s), errors {run['errors']}, p50 {run['p50_ms']} ms, "
                  f"p95 {run['p95_ms']} ms, max {run['max_ms']} ms, peak RSS {run['peak_rss_mb']} MB, "
                  f"peak PSS {run['peak_pss_mb']} MB")
            for action, figure in run["per_action"].items():
                print(f"{'':>13}{action:<6} n={figure['n']:<6} p50 {figure['p50_ms']} ms  "
                      f"p95 {figure['p95_ms']} ms")
            for sample in run["error_samples"]:
                print(f"{'':>13}error: {sample}")
    return 0 if single["errors"] == 0 and many["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
