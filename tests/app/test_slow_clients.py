"""The deployment docs/deploying.md recommends for a server without a buffering proxy in front:
waitress, which reads every request whole before a worker thread sees it, so clients that send
their bodies slowly hold no thread and the pages stay served."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from frontmap.build import build_corpus

pytest.importorskip("waitress", reason="waitress is the documented server without a proxy (pip install waitress)")

SLOW_CLIENTS = 20
PROBES = 8


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_page(port: int, timeout: float) -> int:
    """Return the status of GET / (raises on a timeout)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.fixture(scope="module")
def waitress_port(tmp_path_factory, sample_corpus):
    """waitress serving the dashboard as docs/deploying.md shows, 4 threads, on 127.0.0.1."""
    data = tmp_path_factory.mktemp("slow-data")
    build_corpus(sample_corpus, sample_corpus / "manifest.csv", data, data)
    port = free_port()
    env = {**os.environ, "FRONTMAP_DATA": str(data)}
    server = subprocess.Popen(
        [sys.executable, "-m", "waitress", "--threads=4", f"--listen=127.0.0.1:{port}",
         "--max-request-body-size=31457280", "--call", "dashboard.app:create_app"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    give_up = time.monotonic() + 120  # loading boundaries on a busy machine; a guard, not a speed check
    while time.monotonic() < give_up:
        try:
            if get_page(port, 5) == 200:
                break
        except OSError:
            time.sleep(0.5)
    yield port
    server.terminate()
    server.wait(timeout=10)


def test_slow_request_bodies_do_not_starve_the_pages(waitress_port):
    slow = []
    for _ in range(SLOW_CLIENTS):
        sock = socket.create_connection(("127.0.0.1", waitress_port), timeout=10)
        sock.sendall(b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"output\": ")
        slow.append(sock)  # the rest of the body never comes
    try:
        statuses = [get_page(waitress_port, timeout=20) for _ in range(PROBES)]
    finally:
        for sock in slow:
            sock.close()
    assert statuses == [200] * PROBES
