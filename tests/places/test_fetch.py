"""geodata.fetch against a real HTTP server on 127.0.0.1 serving the release files or bad answers."""

from __future__ import annotations

import json
import socket
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyogrio
import pytest

from geodata.boundary_files import BOUNDARY_STEM, find_boundary_dir, read_boundary_layer
from geodata.fetch import FetchError, fetch_boundaries

SHAPEFILE_SUFFIXES = (".shp", ".shx", ".dbf", ".prj")


class Route:
    """One canned answer: status, content type, body, and optionally fewer bytes than announced."""

    def __init__(self, body: bytes, content_type: str = "application/octet-stream", *,
                 status: int = 200, send_bytes: int | None = None, delay: float = 0.0):
        self.body, self.content_type, self.status = body, content_type, status
        self.send_bytes, self.delay = send_bytes, delay


class QuietServer(ThreadingHTTPServer):
    """Does not print a traceback when a client hangs up early (the timeout test does that)."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass


class Server:
    """A threaded HTTP server on 127.0.0.1 answering from a dict of path -> Route."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                time.sleep(route.delay)
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body[: route.send_bytes])
                self.close_connection = True

            def log_message(self, *args) -> None:
                pass

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def api(self, **links: str) -> str:
        """Serve a release description with `links` (field -> path) and return the API URL."""
        release = {"boundaryID": "AFG-ADM2-17698898", "boundaryISO": "AFG", "boundaryType": "ADM2"}
        release.update({field: self.url + path for field, path in links.items()})
        self.routes["/api/"] = Route(json.dumps(release).encode(), "application/json")
        return self.url + "/api/"


@pytest.fixture
def server():
    srv = Server()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture(scope="module")
def release_zip(tmp_path_factory, geodata_dir) -> bytes:
    """The shared release files zipped the way the upstream zip nests them (in a folder)."""
    path = tmp_path_factory.mktemp("zip") / "release.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for suffix in SHAPEFILE_SUFFIXES:
            name = f"{BOUNDARY_STEM}{suffix}"
            bundle.write(geodata_dir / name, f"release/{name}")
        meta = f"{BOUNDARY_STEM}-metaData.json"
        bundle.write(geodata_dir / meta, f"release/{meta}")
        bundle.writestr("release/unrelated.txt", "not extracted")
    return path.read_bytes()


@pytest.fixture(scope="module")
def release_geojson(tmp_path_factory, geodata_dir) -> bytes:
    """The shared release converted to GeoJSON in a temporary folder."""
    path = tmp_path_factory.mktemp("gj") / "release.geojson"
    frame = pyogrio.read_dataframe(geodata_dir / f"{BOUNDARY_STEM}.shp")
    pyogrio.write_dataframe(frame, path, driver="GeoJSON")
    return path.read_bytes()


def _leftovers(parent: Path, dest: Path) -> list[str]:
    """Names in `parent` other than `dest` itself (temporary folders a fetch must not leave)."""
    return sorted(p.name for p in parent.iterdir() if p != dest) if parent.exists() else []


def test_fetch_installs_zip_release(server, release_zip, tmp_path):
    server.routes["/files/release.zip"] = Route(release_zip, "application/zip")
    dest = tmp_path / "cache" / "geoboundaries"

    api_url = server.api(staticDownloadLink="/files/release.zip")
    installed = fetch_boundaries(api_url, dest, progress=False)

    assert installed == dest
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [f"{BOUNDARY_STEM}{s}" for s in SHAPEFILE_SUFFIXES] + [f"{BOUNDARY_STEM}-metaData.json"]
    )
    assert len(read_boundary_layer(dest)) == 398
    assert _leftovers(dest.parent, dest) == []
    assert find_boundary_dir(dest) == dest


def test_fetch_goes_to_the_cache_by_default(server, release_zip, monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "usercache"))
    monkeypatch.delenv("FRONTMAP_GEODATA")
    server.routes["/r.zip"] = Route(release_zip, "application/zip")

    installed = fetch_boundaries(server.api(staticDownloadLink="/r.zip"), progress=False)

    assert installed == tmp_path / "usercache" / "geoboundaries"
    assert find_boundary_dir() == installed


def test_fetch_geojson_link_and_writes_metadata(server, release_geojson, tmp_path):
    server.routes["/gj"] = Route(release_geojson, "application/geo+json")
    dest = tmp_path / "gb"

    fetch_boundaries(server.api(gjDownloadURL="/gj"), dest, progress=False)

    assert (dest / f"{BOUNDARY_STEM}.geojson").is_file()
    meta = json.loads((dest / f"{BOUNDARY_STEM}-metaData.json").read_text())
    assert meta["boundaryID"] == "AFG-ADM2-17698898"
    assert len(read_boundary_layer(dest)) == 398


def test_truncated_download_installs_nothing(server, release_zip, tmp_path):
    half = len(release_zip) // 2
    server.routes["/r.zip"] = Route(release_zip, "application/zip", send_bytes=half)
    dest = tmp_path / "gb"

    with pytest.raises(FetchError, match=r"/r\.zip.*truncated"):
        fetch_boundaries(server.api(staticDownloadLink="/r.zip"), dest, progress=False)

    assert not dest.exists()
    assert _leftovers(tmp_path, dest) == []


def test_html_instead_of_zip_installs_nothing(server, tmp_path):
    page = b"<!DOCTYPE html><html><body>Rate limit exceeded</body></html>"
    server.routes["/r.zip"] = Route(page, "text/html")
    dest = tmp_path / "gb"

    with pytest.raises(FetchError, match=r"/r\.zip.*not a valid zip"):
        fetch_boundaries(server.api(staticDownloadLink="/r.zip"), dest, progress=False)

    assert _leftovers(tmp_path, dest) == [] and not dest.exists()


def test_wrong_feature_count_keeps_the_earlier_install(server, release_zip, geodata_dir, tmp_path):
    few = tmp_path / "few"
    few.mkdir()
    frame = pyogrio.read_dataframe(geodata_dir / f"{BOUNDARY_STEM}.shp").head(10)
    pyogrio.write_dataframe(frame, few / f"{BOUNDARY_STEM}.shp")
    with zipfile.ZipFile(tmp_path / "few.zip", "w") as bundle:
        for suffix in SHAPEFILE_SUFFIXES:
            bundle.write(few / f"{BOUNDARY_STEM}{suffix}", f"{BOUNDARY_STEM}{suffix}")
    server.routes["/good.zip"] = Route(release_zip, "application/zip")
    server.routes["/few.zip"] = Route((tmp_path / "few.zip").read_bytes(), "application/zip")
    dest = tmp_path / "cache" / "gb"
    fetch_boundaries(server.api(staticDownloadLink="/good.zip"), dest, progress=False)
    before = {p.name: p.read_bytes() for p in dest.iterdir()}

    with pytest.raises(FetchError, match=r"/few\.zip.*10 features, expected 398"):
        fetch_boundaries(server.api(staticDownloadLink="/few.zip"), dest, progress=False)

    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before
    assert _leftovers(dest.parent, dest) == []


def test_api_answering_html_names_the_url(server, tmp_path):
    server.routes["/api/"] = Route(b"<html>maintenance</html>", "text/html")

    with pytest.raises(FetchError, match=r"/api/: expected JSON.*text/html"):
        fetch_boundaries(server.url + "/api/", tmp_path / "gb", progress=False)


def test_api_without_links(server, tmp_path):
    with pytest.raises(FetchError, match="no download link"):
        fetch_boundaries(server.api(), tmp_path / "gb", progress=False)


def test_http_error_names_status_and_url(server, tmp_path):
    with pytest.raises(FetchError, match=r"/missing.zip: the server answered HTTP 404"):
        api_url = server.api(staticDownloadLink="/missing.zip")
        fetch_boundaries(api_url, tmp_path / "gb", progress=False)
    assert _leftovers(tmp_path, tmp_path / "gb") == []


def test_unreachable_server(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=rf"could not reach http://127.0.0.1:{port}/api/"):
        fetch_boundaries(f"http://127.0.0.1:{port}/api/", tmp_path / "gb", progress=False)


def test_slow_server_times_out(server, tmp_path):
    server.routes["/api/"] = Route(b"{}", "application/json", delay=2.0)

    with pytest.raises(FetchError, match=r"/api/.*0\.3 s"):
        fetch_boundaries(server.url + "/api/", tmp_path / "gb", progress=False, timeout=0.3)
