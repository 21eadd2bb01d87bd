"""The dashboard under a real WSGI server (gunicorn, several worker processes) on 127.0.0.1:
pages load, Dash callbacks answer, and a short load run has no errors."""

from __future__ import annotations

import importlib.util
import json
import sys
import time

import pytest

from frontmap.build import build_corpus
from frontmap.paths import PROJECT_ROOT

pytest.importorskip("gunicorn", reason="gunicorn is the documented WSGI server (pip install gunicorn)")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="gunicorn needs fork (use waitress)")


def load_benchmark():
    """Import benchmarks/load_test.py (not a package) as a module."""
    spec = importlib.util.spec_from_file_location("load_test", PROJECT_ROOT / "benchmarks" / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_test"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


@pytest.fixture(scope="module")
def server(bench, tmp_path_factory, sample_corpus, geodata_dir):
    """gunicorn with 3 workers serving the dashboard over the built sample corpus."""
    data = tmp_path_factory.mktemp("wsgi-data")
    build_corpus(sample_corpus, None, data, data)
    port = bench.free_port()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRONTMAP_GEODATA", str(geodata_dir))
        process = bench.start_gunicorn(data, port, workers=3, threads=2, access_log=True)
    yield process, port
    bench.stop_server(process)


def test_several_workers_serve_the_pages(bench, server):
    process, port = server
    give_up = time.monotonic() + 60  # workers boot one after another; a guard, not a speed check
    while len(bench.process_tree(process.pid)) < 4 and time.monotonic() < give_up:
        time.sleep(0.2)
    workers = [pid for pid in bench.process_tree(process.pid) if pid != process.pid]
    assert len(workers) >= 3, bench.server_output(process)
    status, body = bench.request("127.0.0.1", port, "GET", "/")
    assert status == 200 and b"react-entry-point" in body
    status, body = bench.request("127.0.0.1", port, "GET", "/_dash-layout")
    assert status == 200 and json.loads(body)
    status, body = bench.request("127.0.0.1", port, "GET", "/_dash-dependencies")
    assert status == 200 and isinstance(json.loads(body), list)


def test_a_dash_callback_answers_on_fresh_connections(bench, server):
    from dashboard import ids

    process, port = server
    board = bench.Dashboard.discover("127.0.0.1", port)
    client = bench.Client("127.0.0.1", port, board, bench.Stats(), None, bench.Budget(1), seed=0)
    client.selected = {"id": board.unit_ids["district"][0], "layer": "district", "t": 1}
    trigger = client.panel["inputs"][0]
    body = bench.payload(client.panel, client.values(), [(trigger["id"], trigger["property"])])
    # Fresh connections are spread over the workers; ask often enough to reach each of them.
    for _ in range(12):
        status, raw = bench.request("127.0.0.1", port, "POST", "/_dash-update-component", body)
        assert status == 200, raw[:500]
        answer = json.loads(raw)
        assert ids.PANEL in answer["response"]
        assert "Click a district" not in json.dumps(answer["response"])  # a real panel, not the prompt


def test_bad_callback_requests_fail_cleanly(bench, server):
    process, port = server
    status, _ = bench.request("127.0.0.1", port, "POST", "/_dash-update-component",
                              {"output": "no-such.children", "inputs": [], "changedPropIds": []})
    assert 400 <= status < 600
    status, _ = bench.request("127.0.0.1", port, "GET", "/")
    assert status == 200, "the server must keep serving after a bad request"


def test_short_concurrent_load_has_no_errors(bench, server):
    process, port = server
    figures = bench.run_load("127.0.0.1", port, clients=4, duration=3, max_requests=400,
                             server_pid=process.pid)
    assert figures["requests"] > 0
    assert figures["errors"] == 0, figures["error_samples"]
    assert figures["peak_rss_mb"] > 0


def test_an_upload_is_served_by_the_other_workers_too(bench, server):
    """After an upload through the dashboard's callback, a worker that did not run it serves the
    new article too, without a restart: each worker notices that the data directory changed."""
    import base64

    from dashboard import ids
    from dashboard import upload_ids

    process, port = server
    board = bench.Dashboard.discover("127.0.0.1", port)
    upload = board.server_callback(upload_ids.UPLOAD_RESULT)
    assert upload is not None, "the dashboard registers no upload callback"
    article = ("Marker report 4242: Taliban capture Zaranj\n\n"
               "KABUL, August 10, 2021 - Taliban fighters captured Zaranj, the capital of Nimroz "
               "province, on Tuesday, officials said.\n")
    contents = "data:text/plain;base64," + base64.b64encode(article.encode()).decode()

    def posts() -> list[int]:
        return [pid for pid, line in bench.served_by(process) if "POST" in line]

    def worker_of_next_post(before: int) -> int:
        """Return the pid that served POST number `before` + 1 (its log line may lag the answer)."""
        give_up = time.monotonic() + 10
        while len(posts()) <= before and time.monotonic() < give_up:
            time.sleep(0.02)
        return posts()[before]

    before = len(posts())
    values = {(upload_ids.UPLOAD, "contents"): [contents], (upload_ids.UPLOAD, "filename"): ["marker.txt"],
              (upload_ids.DATA_VERSION, "data"): None}
    status, raw = bench.request("127.0.0.1", port, "POST", "/_dash-update-component",
                                bench.payload(upload, values, [(upload_ids.UPLOAD, "contents")]))
    assert status == 200, raw[:500]
    assert "marker.txt: added" in raw.decode()

    zaranj = "17698898B39156943056373"
    client = bench.Client("127.0.0.1", port, bench.Dashboard.discover("127.0.0.1", port),
                          bench.Stats(), None, bench.Budget(1), seed=0)
    client.selected = {"id": zaranj, "layer": "district", "t": 2}
    trigger = client.panel["inputs"][0]
    body = bench.payload(client.panel, client.values(), [(trigger["id"], trigger["property"])])
    uploaded_by = worker_of_next_post(before)
    answered_by = set()
    for _ in range(200):  # fresh connections until another worker than the uploader has answered
        before = len(posts())
        status, raw = bench.request("127.0.0.1", port, "POST", "/_dash-update-component", body)
        assert status == 200 and "Marker report 4242" in raw.decode(), raw[:300]
        answered_by.add(worker_of_next_post(before))
        if answered_by - {uploaded_by}:
            break
    assert answered_by - {uploaded_by}, "every request went to the worker that ran the upload"
    status, raw = bench.request("127.0.0.1", port, "GET", "/_dash-layout")
    assert status == 200 and upload_ids.UPLOAD in raw.decode() and ids.SERIES in raw.decode()


def test_uploads_sent_at_once_to_several_workers_are_all_reported_truly(bench, server):
    """Five clients upload three articles each at once to gunicorn (several worker processes, two
    threads each): every answer says the file was added, and none reports a failure."""
    import base64
    from concurrent.futures import ThreadPoolExecutor

    from dashboard import upload_ids

    process, port = server
    upload = bench.Dashboard.discover("127.0.0.1", port).server_callback(upload_ids.UPLOAD_RESULT)
    answers: list[tuple[int, str]] = []

    def send(client_number: int) -> None:
        for k in range(3):
            article = (f"Wire {client_number}-{k}: Taliban enter Qalat\n\nKABUL, August 12, 2021 - Taliban "
                       f"fighters captured Qalat on Thursday, officials told wire {client_number}-{k}.\n")
            values = {(upload_ids.UPLOAD, "contents"): ["data:text/plain;base64," + base64.b64encode(article.encode()).decode()],
                      (upload_ids.UPLOAD, "filename"): [f"wire_{client_number}_{k}.txt"],
                      (upload_ids.DATA_VERSION, "data"): None}
            answers.append(bench.request("127.0.0.1", port, "POST", "/_dash-update-component",
                                         bench.payload(upload, values, [(upload_ids.UPLOAD, "contents")]),
                                         timeout=120))

    with ThreadPoolExecutor(5) as pool:
        list(pool.map(send, range(5)))
    assert len(answers) == 15
    for status, raw in answers:
        text = raw.decode()
        assert status == 200 and ": added" in text and "Ingested 1 file(s)" in text, text[:500]
        assert "Ingest stopped" not in text
