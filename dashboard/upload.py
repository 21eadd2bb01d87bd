"""The dashboard's "add articles" section: a file drop zone, the per-file outcome of the last
upload, and a dcc.Store (`upload_ids.DATA_VERSION`) that tells the map to reload after an ingest.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from pathlib import Path
from typing import Any, Mapping, Sequence

from dash import Input, Output, State, dcc, html, no_update

from dashboard import upload_ids as ids
from dashboard.upload_summary import file_outcome, summary_sentences
from frontmap.paths import store_path
from frontmap.intake.sources import ARCHIVE_SUFFIXES, ARTICLE_SUFFIXES
from frontmap.intake.uploads import RejectedFile, UploadLimits, UploadReport, ingest_uploads

log = logging.getLogger(__name__)

#: Set to "off" to serve the dashboard without the upload section (and without its callback).
ENV_UPLOADS = "FRONTMAP_UPLOADS"
#: What the file chooser offers: the article files the build reads, archives of them, the manifest.
ACCEPT = ",".join((*ARTICLE_SUFFIXES, *ARCHIVE_SUFFIXES, "text/plain", "text/csv", "text/html",
                   "application/zip"))


def upload_section(limits: UploadLimits | None = None) -> html.Div:
    """Return the upload section: a multi-file dcc.Upload, a result area and the DATA_VERSION store."""
    limits = limits or UploadLimits.from_env()
    megabytes = limits.max_upload_bytes / (1024 * 1024)
    return html.Div(
        className="upload-section",
        children=[
            html.H4("Add articles"),
            dcc.Upload(
                id=ids.UPLOAD,
                multiple=True,
                max_size=limits.max_upload_bytes,
                accept=ACCEPT,
                children=html.Div([
                    "Drop .txt files, saved web pages (.html), article tables (.csv, .jsonl, .parquet) "
                    "or a .zip of them (with an optional manifest.csv) here, or ",
                    html.A("choose files", href="#"),
                    f" — at most {megabytes:g} MB each.",
                ]),
                style={"border": "1px dashed #888", "borderRadius": "4px", "padding": "10px",
                       "textAlign": "center", "cursor": "pointer"},
            ),
            # The browser checks sizes and kinds before any upload starts (assets/notices.js,
            # checkUploadFiles): the drop zone refuses both without a word.
            html.P(id=ids.UPLOAD_WARNING, className="upload-warning", role="alert", hidden=True,
                   **{"data-max-bytes": str(limits.max_upload_bytes), "data-max-mb": f"{megabytes:g}",
                      "data-accept": ACCEPT, "data-kinds": kinds_read()}),
            dcc.Loading(html.Div(id=ids.UPLOAD_RESULT, className="upload-result")),
            dcc.Store(id=ids.DATA_VERSION, storage_type="memory"),
        ],
    )


def kinds_read() -> str:
    """Return the file kinds an upload may hold, for a sentence: ".txt, .html, ... or .zip"."""
    suffixes = list(dict.fromkeys((*ARTICLE_SUFFIXES, *ARCHIVE_SUFFIXES)))
    return ", ".join(suffixes[:-1]) + " or " + suffixes[-1]


def register_upload_callbacks(app: Any, data_dir: Path | str, limits: UploadLimits | None = None) -> None:
    """Register the upload callback on Dash `app`, ingesting into `data_dir`; returns nothing.

    Also caps the size of HTTP requests the app's Flask server accepts (MAX_CONTENT_LENGTH), unless
    the operator set it already.
    """
    if data_dir is None:
        raise ValueError("data_dir: expected the data directory uploads are ingested into, got None")
    data_dir = Path(data_dir)
    limits = limits or UploadLimits.from_env()
    app.server.config.setdefault("MAX_CONTENT_LENGTH", None)
    if app.server.config["MAX_CONTENT_LENGTH"] is None:
        app.server.config["MAX_CONTENT_LENGTH"] = limits.max_request_bytes

    @app.callback(
        Output(ids.UPLOAD_RESULT, "children"),
        Output(ids.DATA_VERSION, "data"),
        Output(ids.UPLOAD, "contents"),
        Input(ids.UPLOAD, "contents"),
        State(ids.UPLOAD, "filename"),
        State(ids.DATA_VERSION, "data"),
        prevent_initial_call=True,
    )
    def _on_upload(contents, filenames, version):
        if not contents:
            return no_update, no_update, None
        children, new_version = handle_upload(contents, filenames, data_dir, limits, version)
        # Clearing `contents` lets the same file be uploaded again and keeps it out of later requests.
        return children, new_version, None


def handle_upload(contents: str | Sequence[str], filenames: str | Sequence[str] | None,
                  data_dir: Path, limits: UploadLimits, version: Any = None) -> tuple[html.Div, Any]:
    """Decode the dcc.Upload `contents` (data URLs) and ingest them into `data_dir`.

    Returns (the result area's children, the new DATA_VERSION value: `version` unchanged unless
    articles were built).
    """
    if not _strings(contents) or not (filenames is None or _strings(filenames)):
        return html.Div([html.P("The upload arrived malformed (expected files and their names); "
                                "nothing was added.", className="upload-error")]), version
    contents = [contents] if isinstance(contents, str) else list(contents)
    names = [filenames] if isinstance(filenames, str) else list(filenames or [])
    names += [f"upload-{i + 1}" for i in range(len(names), len(contents))]
    uploads, undecodable = decode_contents(contents, names, limits)
    try:
        report = ingest_uploads(uploads, data_dir, limits)
    except Exception as exc:  # the UI must survive any ingest failure and say what happened
        log.exception("upload ingest failed")
        # Articles are stored one by one, so those before the error are in: say so.
        return html.Div([html.P(f"Ingest stopped: {type(exc).__name__}: {exc}. Articles stored before "
                                "the error stay stored; sending the files again adds only the rest.",
                                className="upload-error")]), data_version(data_dir)
    report.rejected[:0] = undecodable
    new_version = data_version(data_dir) if report.ok else version
    return render_report(report), new_version


def _strings(value: Any) -> bool:
    """Return True for a string or a list of strings (what dcc.Upload sends)."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def decode_contents(contents: Sequence[str], filenames: Sequence[str],
                    limits: UploadLimits) -> tuple[list[tuple[str, bytes]], list[RejectedFile]]:
    """Return ((name, bytes) pairs for every data URL that decodes, RejectedFile for those that do not)."""
    uploads: list[tuple[str, bytes]] = []
    rejected: list[RejectedFile] = []
    for name, content in zip(filenames, contents):
        name = str(name)
        header, sep, payload = (content or "").partition(",")
        if not sep or ";base64" not in header:
            rejected.append(RejectedFile(name, "upload did not arrive as a base64 data URL"))
            continue
        if len(payload) * 3 // 4 > limits.max_upload_bytes + 3:
            # Refuse before decoding, so an oversized file never sits in memory twice.
            size = len(payload) * 3 // 4 / (1024 * 1024)
            rejected.append(RejectedFile(
                name, f"file is {size:.1f} MB, over the "
                      f"{limits.max_upload_bytes / (1024 * 1024):g} MB limit per upload"))
            continue
        try:
            uploads.append((name, base64.b64decode(payload, validate=True)))
        except (binascii.Error, ValueError):
            rejected.append(RejectedFile(name, "upload is not valid base64"))
    return uploads, rejected


def render_report(report: UploadReport) -> html.Div:
    """Return the result area's content for `report`: a summary in sentences and one line per file
    saying what happened to it."""
    outcome = file_outcome(report.build) if report.ok else "received"
    items = [html.Li(f"{name}: {outcome}", className="upload-accepted") for name in report.accepted]
    items += [html.Li(f"{r.name}: rejected — {r.reason}", className="upload-rejected")
              for r in report.rejected]
    if report.ok:
        headline = f"Ingested {len(report.accepted)} file(s){' with a manifest' if report.manifest else ''}."
        summary = summary_sentences(report.build)
        if summary:
            headline += f" {summary}"
    elif report.accepted:
        headline = "Nothing was built."
    else:
        headline = "No file was accepted."
    return html.Div([html.P(headline), html.Ul(items)])


def data_version(data_dir: Path) -> str:
    """Return a token that changes whenever the built data in `data_dir` changes (store and CSVs).

    Every worker process can compute it on its own, so it also serves as a cache key for the
    dashboard's loaded data.
    """
    data_dir = Path(data_dir)
    parts = []
    for path in (store_path(data_dir), data_dir / "timeline.csv", data_dir / "events.csv"):
        try:
            stat = path.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{stat.st_mtime_ns:x}.{stat.st_size:x}")
    return "/".join(parts)


def uploads_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Return False when the operator switched uploads off ($FRONTMAP_UPLOADS = 0/off/false/no)."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_UPLOADS, "").strip().lower()
    if value in ("", "1", "on", "true", "yes"):
        return True
    if value in ("0", "off", "false", "no"):
        return False
    raise ValueError(f"${ENV_UPLOADS}: expected on or off, got {env.get(ENV_UPLOADS)!r}")
