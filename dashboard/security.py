"""What every response and request of the dashboard's server goes through, whatever the settings:
security headers, a request-size cap, a bound on requests in flight, and a clear 400 for request
bodies too deeply nested to parse.

- Headers: a Content-Security-Policy allowing only the app's own scripts (the inline ones Dash
  writes into the page by their hashes), nosniff, framing refused (`frame-ancestors 'none'` and
  X-Frame-Options; $FRONTMAP_FRAME_ANCESTORS lets an operator name sites that may frame it),
  and no referrer sent elsewhere. (The Server header is the WSGI server's: `quiet_request_handler`
  makes the development server's name no software version; gunicorn's names none.)
- Size: Flask's MAX_CONTENT_LENGTH (413 beyond it) unless the operator set one.
- In flight: at most $FRONTMAP_MAX_IN_FLIGHT requests per process (default 64), and at most
  LARGE_IN_FLIGHT of those with a body over LARGE_BODY_BYTES (uploads), answered 503 beyond.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping

ENV_MAX_IN_FLIGHT = "FRONTMAP_MAX_IN_FLIGHT"
ENV_FRAME_ANCESTORS = "FRONTMAP_FRAME_ANCESTORS"
DEFAULT_MAX_IN_FLIGHT = 64
LARGE_BODY_BYTES = 1024 * 1024
LARGE_IN_FLIGHT = 2
UPDATE_PATH = "/_dash-update-component"
SERVER_NAME = "frontmap"
#: The request-size cap when uploads are off: every other callback sends a few KB.
NO_UPLOAD_REQUEST_BYTES = 1024 * 1024


def quiet_request_handler():
    """Return the request handler class for Werkzeug's development server (`frontmap serve`) that
    names no software or version in its Server header."""
    from werkzeug.serving import WSGIRequestHandler

    class QuietRequestHandler(WSGIRequestHandler):
        def version_string(self) -> str:
            return SERVER_NAME

    return QuietRequestHandler


def content_security_policy(script_hashes: Iterable[str], frame_ancestors: str = "'none'") -> str:
    """Return the CSP header value: own scripts plus the inline ones by `script_hashes`."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(script_hashes),
        "style-src 'self' 'unsafe-inline'",  # React and Plotly set style attributes and rules
        "img-src 'self' data: blob:",  # the exported map image is drawn from a data URL
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors}",
    ])


def security_headers(script_hashes: Iterable[str], environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return the headers every response carries (see the module notes)."""
    env = os.environ if environ is None else environ
    ancestors = env.get(ENV_FRAME_ANCESTORS, "").strip() or "'none'"
    headers = {
        "Content-Security-Policy": content_security_policy(script_hashes, ancestors),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
    if ancestors == "'none'":
        headers["X-Frame-Options"] = "DENY"
    return headers


def max_in_flight(environ: Mapping[str, str] | None = None) -> int:
    """Return $FRONTMAP_MAX_IN_FLIGHT (default 64); raise ValueError naming it when not a count."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_MAX_IN_FLIGHT, "").strip()
    if not value:
        return DEFAULT_MAX_IN_FLIGHT
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"${ENV_MAX_IN_FLIGHT}: expected a whole number of requests >= 1, got {value!r}")
    return int(value)


class InFlightLimit:
    """WSGI middleware: answers 503 when `limit` requests (or `large_limit` requests with a body
    over LARGE_BODY_BYTES) are being handled already in this process."""

    def __init__(self, app: Callable, limit: int, large_limit: int = LARGE_IN_FLIGHT):
        self.app = app
        self._all = threading.BoundedSemaphore(limit)
        self._large = threading.BoundedSemaphore(large_limit)

    def __call__(self, environ: dict, start_response: Callable):
        large = _content_length(environ) > LARGE_BODY_BYTES
        if not self._all.acquire(blocking=False):
            return _busy(start_response, "The server is answering too many requests; try again shortly.")
        try:
            if large and not self._large.acquire(blocking=False):
                return _busy(start_response, "The server is busy with other uploads; try again in a minute.")
            try:
                return self.app(environ, start_response)
            finally:
                if large:
                    self._large.release()
        finally:
            self._all.release()


def callback_body_problem(body, callback_map: Mapping[str, Mapping]) -> str | None:
    """Return what is wrong with the JSON body of a Dash callback request, or None when it has the
    shape of a request for one of `callback_map`'s callbacks (the shape only: the values are the
    callbacks' to judge)."""
    if not isinstance(body, dict):
        return "expected a JSON object"
    output = body.get("output")
    spec = callback_map.get(output) if isinstance(output, str) else None
    if spec is None:
        return "no such callback"
    expected = len(spec["output"]) if isinstance(spec.get("output"), list) else None
    outputs = body.get("outputs")
    if expected is None and not _is_prop(outputs):
        return "outputs: expected one output"
    if expected is not None and not (isinstance(outputs, list) and len(outputs) == expected
                                     and all(_is_prop(o) for o in outputs)):
        return f"outputs: expected {expected} outputs"
    for key in ("inputs", "state"):
        given = body.get(key, [])
        wanted = len(spec.get(key) or [])
        if not (isinstance(given, list) and len(given) == wanted and all(_is_prop(v) for v in given)):
            return f"{key}: expected {wanted} entries with an id and a property"
    changed = body.get("changedPropIds", [])
    if not (isinstance(changed, list) and all(isinstance(c, str) for c in changed)):
        return "changedPropIds: expected a list of strings"
    return None


def _is_prop(value) -> bool:
    return isinstance(value, dict) and "id" in value and isinstance(value.get("property"), str)


def _content_length(environ: Mapping) -> int:
    try:
        return int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _busy(start_response: Callable, message: str) -> list[bytes]:
    body = message.encode()
    start_response("503 Service Unavailable", [
        ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))),
        ("Retry-After", "30"), ("Connection", "close"), ("X-Content-Type-Options", "nosniff"),
    ])
    return [body]


def protect(app, max_request_bytes: int) -> None:
    """Give Dash `app` the headers, the request cap, the in-flight bound and the 400 for bodies
    nested too deeply; returns nothing. Call it after every callback is registered (the inline
    scripts' hashes depend on them)."""
    server = app.server
    if server.config.get("MAX_CONTENT_LENGTH") is None:
        server.config["MAX_CONTENT_LENGTH"] = max_request_bytes
    headers = security_headers(app.csp_hashes())

    @server.after_request
    def _headers(response):
        for name, value in headers.items():
            response.headers[name] = value
        return response

    @server.before_request
    def _check_callback_body():
        from flask import request

        if request.method == "POST" and request.path.endswith(UPDATE_PATH):
            problem = callback_body_problem(request.get_json(silent=True), app.callback_map)
            if problem:
                return f"Malformed callback request: {problem}.", 400, {"Content-Type": "text/plain; charset=utf-8"}
        return None

    @server.errorhandler(RecursionError)
    def _too_deep(_error):
        return "Request body nested too deeply.", 400, {"Content-Type": "text/plain; charset=utf-8"}

    server.wsgi_app = InFlightLimit(server.wsgi_app, max_in_flight())
