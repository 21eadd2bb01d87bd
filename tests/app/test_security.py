"""The dashboard's server against hostile clients: security headers on every response, request
bodies capped whatever the upload setting, requests in flight bounded, malformed callback requests
answered without a 500, and uploads sent at once through a real threaded server all reported truly."""

from __future__ import annotations

import base64
import http.client
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard import ids, upload_ids
from dashboard.security import InFlightLimit, callback_body_problem, quiet_request_handler
from frontmap.build import build_corpus
from frontmap.store import Store

from browser.chrome import serve

UPDATE = "/_dash-update-component"
QALAT_REPORT = ("Dispatch {n} from Zabul: Taliban enter Qalat\n\n"
                "KABUL, August 12, 2021 - Taliban fighters captured Qalat, the capital of Zabul province, "
                "on Thursday, officials told reporter number {n}.\n")


@pytest.fixture(scope="module")
def data(tmp_path_factory, sample_corpus):
    folder = tmp_path_factory.mktemp("security-data")
    build_corpus(sample_corpus, sample_corpus / "manifest.csv", folder, folder)
    return folder


def make_app(data, geodata_dir, uploads: str):
    from dashboard.app import create_app

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRONTMAP_UPLOADS", uploads)
        return create_app(data_dir=data, geodata=geodata_dir)


@pytest.fixture(scope="module")
def app_on(data, geodata_dir):
    return make_app(data, geodata_dir, "on")


@pytest.fixture(scope="module")
def app_off(data, geodata_dir):
    return make_app(data, geodata_dir, "off")


def dependency(client, output_part: str) -> dict:
    """Return the server callback whose output names `output_part`."""
    deps = client.get("/_dash-dependencies").get_json()
    return next(d for d in deps if output_part in d["output"] and not d.get("clientside_function"))


def body_for(dep: dict, inputs: list, state: list | None = None) -> dict:
    """Return a callback request body for `dep` with these input and state values."""
    def outputs(spec):
        def one(part):
            component, prop = part.rsplit(".", 1)
            return {"id": component, "property": prop.split("@")[0]}
        return [one(p) for p in spec[2:-2].split("...")] if spec.startswith("..") else one(spec)

    def listed(specs, values):
        return [{"id": s["id"], "property": s["property"], "value": v} for s, v in zip(specs, values)]

    return {"output": dep["output"], "outputs": outputs(dep["output"]),
            "inputs": listed(dep["inputs"], inputs),
            "state": listed(dep.get("state", []), state or [None] * len(dep.get("state", []))),
            "changedPropIds": [f"{dep['inputs'][0]['id']}.{dep['inputs'][0]['property']}"]}


def test_every_response_carries_the_security_headers(app_off):
    client = app_off.server.test_client()
    for path in ("/", "/_dash-layout", "/assets/frontmap.js", "/no-such-page"):
        headers = client.get(path).headers
        policy = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy, path
        assert "script-src 'self' 'sha256-" in policy and "unsafe-eval" not in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"


def test_request_bodies_are_capped_with_uploads_off(app_off):
    with serve(app_off, quiet_request_handler()) as url:
        port = int(url.rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.putrequest("POST", UPDATE)
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(200 * 1024 * 1024))  # announced, never sent
        conn.endheaders()
        conn.send(b"{" * 1024)
        response = conn.getresponse()
        assert response.status == 413
        assert response.getheader("Server") == "frontmap"  # no software, no version
        conn.close()


def test_malformed_callback_requests_get_no_500(app_on):
    client = app_on.server.test_client()
    panel = dependency(client, ids.PANEL)
    restore = dependency(client, ids.LAYER)
    upload = dependency(client, upload_ids.UPLOAD_RESULT)
    bodies = [
        body_for(panel, [[1, 2]]),
        body_for(panel, [{"id": "x", "layer": "district", "day": "-1"}]),
        body_for(panel, [{"id": "x", "layer": {"a": 1}, "day": {"y": 2}}]),
        body_for(restore, ["?date=-1"]),
        body_for(restore, [12345]),
        body_for(upload, [5]),
        body_for(upload, [[1, 2]]),
        body_for(upload, [["data:text/plain;base64,QQ=="]], [7, None]),
        [1, 2],
        {"output": 5},
        {"output": panel["output"], "outputs": "x", "inputs": "y"},
    ]
    for body in bodies:
        response = client.post(UPDATE, json=body)
        assert response.status_code < 500, (body, response.get_data(as_text=True)[:300])
    deep = "[" * 50_000 + "]" * 50_000
    assert client.post(UPDATE, data=deep, content_type="application/json").status_code == 400
    huge = client.post(UPDATE, json=body_for(panel, [{"id": "D" * 1_000_000, "layer": "district"}]))
    assert huge.status_code == 200 and len(huge.get_data()) < 10_000  # the id is not echoed whole


def test_callback_body_shape_is_checked_before_any_callback_runs():
    callbacks = {"panel.children": {"output": "x", "inputs": [{"id": "a", "property": "data"}], "state": []}}
    good = {"output": "panel.children", "outputs": {"id": "panel", "property": "children"},
            "inputs": [{"id": "a", "property": "data", "value": 1}], "state": [], "changedPropIds": ["a.data"]}
    assert callback_body_problem(good, callbacks) is None
    assert callback_body_problem("x", callbacks) == "expected a JSON object"
    assert callback_body_problem({**good, "output": "other"}, callbacks) == "no such callback"
    assert "inputs" in callback_body_problem({**good, "inputs": []}, callbacks)
    assert "changedPropIds" in callback_body_problem({**good, "changedPropIds": [1]}, callbacks)


def test_requests_in_flight_are_bounded():
    release = threading.Event()
    entered = threading.Event()

    def slow_app(environ, start_response):
        entered.set()
        release.wait(10)
        start_response("200 OK", [])
        return [b"done"]

    def hold_one(limited, environ) -> threading.Thread:
        entered.clear()
        worker = threading.Thread(target=limited, args=(environ, lambda status, headers: None))
        worker.start()
        entered.wait(10)
        return worker

    def refused(limited, environ) -> bytes:
        return b"".join(limited(environ, lambda status, headers: None))

    big = {"CONTENT_LENGTH": str(5 * 1024 * 1024)}
    for limited, environ, message in ((InFlightLimit(slow_app, limit=1), {}, b"too many requests"),
                                      (InFlightLimit(slow_app, limit=5, large_limit=1), big, b"other uploads")):
        release.clear()
        worker = hold_one(limited, environ)
        assert message in refused(limited, environ)
        release.set()
        worker.join()
        assert refused(limited, environ) == b"done"  # free again


def test_uploads_sent_at_once_through_a_real_server_are_all_reported_truly(app_on, data):
    """Five clients upload three articles each at the same time to the threaded server: every
    answer says the file was added, none reports a failure, and every article is stored and built."""
    client = app_on.server.test_client()
    upload = dependency(client, upload_ids.UPLOAD_RESULT)
    with Store.open(data) as store:
        before = store.count("articles")
    answers: list[tuple[int, str]] = []
    lock = threading.Lock()

    def send(client_number: int, port: int):
        for k in range(3):
            n = client_number * 10 + k
            contents = "data:text/plain;base64," + base64.b64encode(QALAT_REPORT.format(n=n).encode()).decode()
            body = body_for(upload, [[contents]], [[f"dispatch_{n}.txt"], None])
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            conn.request("POST", UPDATE, body=json.dumps(body), headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            with lock:
                answers.append((response.status, response.read().decode()))
            conn.close()

    with serve(app_on, quiet_request_handler()) as url, ThreadPoolExecutor(5) as pool:
        port = int(url.rsplit(":", 1)[1])
        list(pool.map(send, range(5), [port] * 5))
    assert len(answers) == 15
    for status, text in answers:
        assert status == 200, text[:300]
        assert ": added" in text and "Ingested 1 file(s)" in text, text[:500]
        assert "stopped" not in text and "failed" not in text.replace("articles failed: 0", "")
    with Store.open(data) as store:
        assert store.count("articles") == before + 15
        assert store.unfinished_builds() == []
    events = (data / "events.csv").read_text(encoding="utf-8")
    assert all(f"Dispatch {c * 10 + k} from Zabul" in events for c in range(5) for k in range(3))
