"""Download the geoBoundaries AFG ADM2 release into the cache: validated, installed atomically.

Only `frontmap geodata fetch` calls this; nothing downloads at import, build or serve time.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin
from urllib.request import Request, urlopen

from tqdm import tqdm

from geodata.boundary_files import (
    BOUNDARY_STEM,
    METADATA_FILE,
    BoundaryFileError,
    read_boundary_layer,
)
from geodata.paths import cache_dir

DEFAULT_API_URL = "https://www.geoboundaries.org/api/current/gbOpen/AFG/ADM2/"
TIMEOUT_SECONDS = 60.0
CHUNK_BYTES = 64 * 1024
# API fields holding download links, in order of preference: the release zip (shapefile, metadata,
# citation), then the plain GeoJSON.
ZIP_LINK_FIELD = "staticDownloadLink"
GEOJSON_LINK_FIELD = "gjDownloadURL"
SHAPEFILE_MEMBERS = frozenset(
    f"{BOUNDARY_STEM}{suffix}" for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg")
)
EXTRA_MEMBERS = frozenset(
    {METADATA_FILE, f"{BOUNDARY_STEM}-metaData.txt", "CITATION-AND-USE-geoBoundaries.txt"}
)


OFFLINE_HINT = (
    "Without a network, install a local copy instead: "
    "`frontmap geodata fetch --from PATH` (a folder holding the release files, or the release zip)."
)


class FetchError(RuntimeError):
    """The boundaries could not be downloaded, or what arrived is not the expected release."""


def fetch_boundaries(
    api_url: str = DEFAULT_API_URL,
    dest: str | os.PathLike | None = None,
    progress: bool = True,
    timeout: float = TIMEOUT_SECONDS,
) -> Path:
    """Download the release described by `api_url`, validate it and install it; return its folder.

    `dest` defaults to `cache_dir()/geoboundaries` (where find_boundary_dir looks last); it is a
    folder frontmap owns and is replaced as a whole. The files are downloaded into a temporary
    folder beside `dest`, validated (398 polygons, EPSG:4326, shapeName/shapeID), then renamed into
    place, so a failed or interrupted download leaves any earlier install untouched and no partial
    files. Raises FetchError saying why and which URL; `timeout` is in seconds per network wait.
    """
    target = _target(dest)
    try:
        release = fetch_release_metadata(api_url, timeout)
    except FetchError as error:
        raise FetchError(f"{error}\n{OFFLINE_HINT}") from error
    field, url = download_link(release, api_url)

    def fill(staging: Path, tmp: Path) -> None:
        if field == ZIP_LINK_FIELD:
            archive = tmp / "release.zip"
            download(url, archive, progress, timeout)
            unpack_release(archive, staging, url)
        else:
            download(url, staging / f"{BOUNDARY_STEM}.geojson", progress, timeout)
        if not (staging / METADATA_FILE).exists():
            (staging / METADATA_FILE).write_text(json.dumps(release, indent=1), encoding="utf-8")

    return _stage_and_install(target, fill, f"{url}: the download")


def install_local_copy(source: str | os.PathLike, dest: str | os.PathLike | None = None) -> Path:
    """Install the boundaries from a local copy (a folder holding the release files, or the
    release zip) into `dest` (default: the cache, where every command looks); return its folder.

    The copy is validated like a download, and installed atomically. Raises FetchError when
    `source` is missing or is not the expected release.
    """
    source = Path(source).expanduser()
    if not source.exists():
        raise FetchError(f"{source}: no such folder or file")

    def fill(staging: Path, tmp: Path) -> None:
        if source.is_dir():
            _copy_release_files(source, staging)
        else:
            unpack_release(source, staging, str(source))

    return _stage_and_install(_target(dest), fill, f"{source}")


def _target(dest: str | os.PathLike | None) -> Path:
    """Return the install folder: `dest`, else the cache's geoboundaries folder."""
    return Path(dest).expanduser() if dest is not None else cache_dir() / "geoboundaries"


def _stage_and_install(target: Path, fill, what: str) -> Path:
    """Fill a staging folder beside `target` (`fill(staging, tmp)`), validate it and move it to
    `target`; return `target`. `what` names the source in errors."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{target.name}-fetch-", dir=target.parent) as tmp:
        staging = Path(tmp) / "release"
        staging.mkdir()
        fill(staging, Path(tmp))
        try:
            read_boundary_layer(staging)
        except BoundaryFileError as error:
            raise FetchError(f"{what} is not the expected release: {error}") from error
        _install(staging, target)
    return target


def _copy_release_files(folder: Path, staging: Path) -> None:
    """Copy the release's layer and metadata files found in `folder` into `staging`."""
    if (folder / f"{BOUNDARY_STEM}.shp").is_file():
        wanted = SHAPEFILE_MEMBERS
    else:
        wanted = frozenset({f"{BOUNDARY_STEM}.geojson"})
    present = [name for name in sorted(wanted | EXTRA_MEMBERS) if (folder / name).is_file()]
    if not wanted & set(present):
        raise FetchError(f"{folder}: holds no {BOUNDARY_STEM}.shp or .geojson")
    for name in present:
        shutil.copyfile(folder / name, staging / name)


def fetch_release_metadata(api_url: str, timeout: float = TIMEOUT_SECONDS) -> dict:
    """Return the release description (a JSON object) the geoBoundaries API answers at `api_url`."""
    body, content_type = _get(api_url, timeout)
    try:
        answer = json.loads(body)
    except ValueError as error:
        start = body[:60].decode("utf-8", "replace")
        kind = content_type or "no content type"
        raise FetchError(
            f"{api_url}: expected JSON describing the release, got {kind} starting {start!r}"
        ) from error
    if isinstance(answer, list) and answer and isinstance(answer[0], dict):
        answer = answer[0]  # the API answers a list when asked for several releases
    if not isinstance(answer, dict):
        raise FetchError(f"{api_url}: expected a JSON object describing the release")
    return answer


def download_link(release: dict, api_url: str) -> tuple[str, str]:
    """Return (field, absolute URL) of the preferred download link in `release` (from `api_url`)."""
    for field in (ZIP_LINK_FIELD, GEOJSON_LINK_FIELD):
        link = release.get(field)
        if isinstance(link, str) and link.strip():
            return field, urljoin(api_url, link.strip())
    raise FetchError(
        f"{api_url}: the answer has no download link ({ZIP_LINK_FIELD} or {GEOJSON_LINK_FIELD})"
    )


def download(
    url: str, target: Path, progress: bool = True, timeout: float = TIMEOUT_SECONDS
) -> int:
    """Download `url` to `target` with a progress bar; return the bytes written.

    Raises FetchError on an HTTP error, a network error, a timeout, or fewer bytes than announced.
    """
    received = 0
    expected = None
    try:
        with _open(url, timeout) as response:
            length = response.headers.get("Content-Length", "")
            expected = int(length) if length.isdigit() else None
            with (
                target.open("wb") as out,
                tqdm(
                    total=expected,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    desc=url.rsplit("/", 1)[-1] or url,
                    disable=not progress,
                ) as bar,
            ):
                while chunk := response.read(CHUNK_BYTES):
                    out.write(chunk)
                    received += len(chunk)
                    bar.update(len(chunk))
    except http.client.IncompleteRead as error:
        raise FetchError(_truncated(url, received + len(error.partial), expected)) from error
    except TimeoutError as error:
        raise FetchError(f"{url}: no data for {timeout:g} s, download abandoned") from error
    except (http.client.HTTPException, OSError) as error:
        raise FetchError(f"{url}: download failed after {received} bytes ({error})") from error
    if expected is not None and received != expected:
        raise FetchError(_truncated(url, received, expected))
    return received


def unpack_release(archive: Path, staging: Path, url: str) -> None:
    """Extract the release's layer and metadata files from zip `archive` (`url`) into `staging`.

    Only known file names are taken (by base name, so no path in the archive can escape `staging`).
    """
    try:
        with zipfile.ZipFile(archive) as bundle:
            broken = bundle.testzip()
            if broken is not None:
                raise FetchError(f"{url}: corrupt archive member {broken}")
            members = {
                Path(info.filename).name: info for info in bundle.infolist() if not info.is_dir()
            }
            if f"{BOUNDARY_STEM}.shp" in members:
                wanted = SHAPEFILE_MEMBERS
            else:
                wanted = frozenset({f"{BOUNDARY_STEM}.geojson"})
            if not wanted & members.keys():
                raise FetchError(
                    f"{url}: the archive holds no {BOUNDARY_STEM}.shp or .geojson "
                    f"(found {', '.join(sorted(members)[:8]) or 'nothing'})"
                )
            for name in (wanted | EXTRA_MEMBERS) & members.keys():
                with bundle.open(members[name]) as source, (staging / name).open("wb") as out:
                    shutil.copyfileobj(source, out)
    except (zipfile.BadZipFile, EOFError) as error:
        raise FetchError(f"{url}: not a valid zip archive ({error})") from error


def _get(url: str, timeout: float) -> tuple[bytes, str]:
    """Return the body and content type of a small GET of `url`."""
    try:
        with _open(url, timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except TimeoutError as error:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from error
    except (http.client.HTTPException, OSError) as error:
        raise FetchError(f"{url}: request failed ({error})") from error


def _open(url: str, timeout: float):
    """Return the open response for `url`; raise FetchError on HTTP and connection errors."""
    request = Request(url, headers={"User-Agent": "frontmap (geodata fetch)"})
    try:
        return urlopen(request, timeout=timeout)  # noqa: S310 - URL chosen by the user or default
    except HTTPError as error:
        raise FetchError(f"{url}: the server answered HTTP {error.code} {error.reason}") from error
    except URLError as error:
        raise FetchError(
            f"could not reach {url} ({error.reason}); check the network connection"
        ) from error


def _truncated(url: str, received: int, expected: int | None) -> str:
    """Return the message for a download that stopped early."""
    announced = f" of {expected}" if expected is not None else ""
    return f"{url}: download truncated ({received}{announced} bytes arrived); nothing was installed"


def _install(staging: Path, target: Path) -> None:
    """Move folder `staging` to `target` (same filesystem), replacing an earlier install."""
    if not target.exists():
        os.rename(staging, target)
        return
    previous = target.with_name(f".{target.name}-previous-{os.getpid()}")
    os.rename(target, previous)
    try:
        os.rename(staging, target)
    except OSError:
        os.rename(previous, target)
        raise
    shutil.rmtree(previous, ignore_errors=True)
