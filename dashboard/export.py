"""Maps as files: PNG/SVG/PDF through Kaleido and the system Chromium, and a self-playing HTML
file (GIF/MP4 time-lapses: dashboard/animation.py).

Every format draws the same map (dashboard/static_map.py for layout and texts, dashboard/style.py
for colours). Still images go through one headless Chromium that `ImageRenderer` keeps open for
many figures. Every writer goes through
`frontmap.snapshot.atomic_path`, so a failed export leaves no partial file.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import plotly.io

from dashboard.static_map import MapShapes, map_shapes, player_script, static_figure, timeline_figure
from frontmap.snapshot import (
    DATA_FORMATS,
    ExportError,
    atomic_path,
    check_day,
    check_format,
    check_layer,
    check_writable,
    snapshot_table,
)
from frontmap.status import STATUSES, UNKNOWN

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
TIMELINE_FORMATS: tuple[str, ...] = ("html", "gif", "mp4")
EXPORT_FORMATS: tuple[str, ...] = IMAGE_FORMATS + DATA_FORMATS + TIMELINE_FORMATS
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
RENDER_TIMEOUT = 90.0  # seconds for one image, including a cold browser start

log = logging.getLogger(__name__)

__all__ = [
    "EXPORT_FORMATS", "ExportError", "ExportRequest", "ImageRenderer", "animation_days",
    "check_export_request", "export_html", "export_image", "find_browser", "figure_bytes",
    "layer_shapes", "statuses_on", "check_size", "find_ffmpeg",
]


@dataclass(frozen=True)
class ExportRequest:
    """A checked export: the format (lower case), the day (None for whole-timeline formats), the file."""

    fmt: str
    day: dt.date | None
    out: Path


def check_export_request(built, day: dt.date | str | None, fmt: str, out: os.PathLike | str) -> ExportRequest:
    """Return the checked request, or raise ExportError for an unknown format (listing them), a
    missing day or one outside the timeline (naming its range), an unwritable path, or mp4 without ffmpeg.
    """
    fmt = check_format(fmt, EXPORT_FORMATS)
    when = None
    if fmt not in TIMELINE_FORMATS:
        if day is None:
            raise ExportError(f"format {fmt} shows one day: give a date (YYYY-MM-DD)")
        when = check_day(built.timeline, day)
    if fmt == "mp4":
        find_ffmpeg()
    return ExportRequest(fmt, when, check_writable(out))


def find_browser() -> str:
    """Return the Chromium/Chrome executable to render with: $BROWSER_PATH, else one on PATH.

    Never downloads a browser; raises ExportError saying how to install one when none is found.
    """
    chosen = os.environ.get("BROWSER_PATH")
    if chosen:
        if not os.access(chosen, os.X_OK):
            raise ExportError(f"BROWSER_PATH={chosen!r} is not an executable browser")
        return chosen
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ExportError(
        "png/svg/pdf export needs Chromium or Chrome: install it (Debian: apt-get install chromium) "
        "or set BROWSER_PATH to its executable"
    )


def find_ffmpeg() -> str:
    """Return an ffmpeg executable (on PATH, else the imageio-ffmpeg package's); ExportError if none."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg  # optional: ships an ffmpeg binary inside its wheel
    except ImportError:
        imageio_ffmpeg = None
    if imageio_ffmpeg is not None:
        try:
            return imageio_ffmpeg.get_ffmpeg_exe()
        except RuntimeError:
            pass
    raise ExportError(
        "mp4 export needs ffmpeg: install it (Debian: apt-get install ffmpeg) or the imageio-ffmpeg "
        "package, or choose --format gif"
    )


class ImageRenderer:
    """One headless Chromium (through Kaleido) kept open to render many figures.

    Use as a context manager; `render()` may be called from any thread. Kaleido is asynchronous,
    so it runs on an event loop in a thread of its own, which also works under a running loop.
    """

    def __init__(self, browser: str | None = None, timeout: float = RENDER_TIMEOUT):
        self._browser = browser
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None

    def __enter__(self) -> ImageRenderer:
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def open(self) -> None:
        """Start the browser (a few seconds); rendering then reuses it."""
        if self._kaleido is not None:
            return
        browser = self._browser or find_browser()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kaleido", daemon=True)
        self._thread.start()
        try:
            self._kaleido = self._call(self._start(browser))
        except Exception:
            self.close()
            raise

    async def _start(self, browser: str):
        import kaleido

        class _KeepTabs(kaleido.Kaleido):
            # Kaleido reloads its page (and the 4.8 MB plotly.js) after every image, a third of a
            # warm render. Its plotly scope draws each figure in a throw-away div and purges it,
            # so the page holds no figure state worth a reload: hand the tab straight back.
            async def _return_kaleido_tab(self, tab) -> None:
                await self.tabs_ready.put(tab)

        # mathjax=False: Kaleido would otherwise load MathJax from a CDN (no network here).
        renderer = _KeepTabs(path=browser, mathjax=False, timeout=self._timeout)
        await renderer.open()
        return renderer

    def _call(self, coroutine):
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout=self._timeout + 30)
        except ExportError:
            raise
        except Exception as error:  # Kaleido/choreographer raise many kinds; the user needs one message
            future.cancel()
            raise ExportError(f"the browser could not render the map: {type(error).__name__}: {error}") from error

    def render(self, figure, fmt: str, width: int, height: int) -> bytes:
        """Return the bytes of `figure` rendered as png, svg or pdf at width x height pixels."""
        fmt = check_format(fmt, IMAGE_FORMATS)
        if self._kaleido is None:
            self.open()
        opts = {"format": fmt, "width": width, "height": height, "scale": 1}
        return self._call(self._kaleido.calc_fig(figure, opts=opts))

    def close(self) -> None:
        """Close the browser and its thread."""
        if self._loop is None:
            return
        if self._kaleido is not None:
            try:
                asyncio.run_coroutine_threadsafe(self._kaleido.close(), self._loop).result(timeout=30)
            except Exception as error:  # closing a crashed browser must not hide the first error
                log.warning("closing the browser failed: %s", error)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)
        self._loop.close()
        self._loop = self._thread = self._kaleido = None


def figure_bytes(figure, fmt: str, width: int, height: int, renderer: ImageRenderer | None = None) -> bytes:
    """Return `figure` rendered as png/svg/pdf; uses `renderer` if given, else a browser for this call."""
    if renderer is not None:
        return renderer.render(figure, fmt, width, height)
    with ImageRenderer() as own:
        return own.render(figure, fmt, width, height)


def check_size(width: int, height: int) -> None:
    """Return nothing; raise ExportError unless width and height are sensible pixel sizes."""
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or not 200 <= value <= 8000:
            raise ExportError(f"{name}: expected a whole number of pixels from 200 to 8000, got {value!r}")


def _id_column(layer: str) -> str:
    return "province_code" if layer == "province" else "district_id"


def layer_shapes(boundaries, layer: str) -> tuple[MapShapes, MapShapes | None]:
    """Return the projected units of `layer`, and province outlines to draw over districts."""
    provinces = map_shapes(boundaries.provinces, "province_code")
    if layer == "province":
        return provinces, None
    return map_shapes(boundaries.districts, "district_id"), provinces


def export_image(
    built,
    boundaries,
    day: dt.date | str,
    out: os.PathLike | str,
    fmt: str = "png",
    layer: str = "district",
    width: int = 1200,
    height: int = 900,
    *,
    renderer: ImageRenderer | None = None,
) -> Path:
    """Write the map of `day` (title, date, legend with counts, credit line) as png, svg or pdf.

    Returns the written path. Pass an open `renderer` to reuse one browser for many images.
    Raises ExportError for a day outside the timeline, an unknown format or layer, a bad size,
    an unwritable path, or a missing/failing browser; nothing is left at `out` on failure.
    """
    fmt = check_format(fmt, IMAGE_FORMATS)
    layer = check_layer(layer)
    check_size(width, height)
    target = check_writable(out)
    table = snapshot_table(built, boundaries, day, layer=layer)
    when = check_day(built.timeline, day)
    shapes, outlines = layer_shapes(boundaries, layer)
    figure = static_figure(table, when, layer, shapes=shapes, outlines=outlines, width=width, height=height)
    data = figure_bytes(figure, fmt, width, height, renderer)
    with atomic_path(target) as temp:
        temp.write_bytes(data)
    return target


def animation_days(timeline, every: str | int = "1d") -> list[dt.date]:
    """Return the days from the timeline's start to its end, `every` apart ("1d", "7d", "2w" or a
    number of days); the last day is always included. Raises ExportError for a bad step.
    """
    match = re.fullmatch(r"\s*(\d+)\s*([dw]?)\s*", str(every).lower())
    if not match or int(match.group(1)) == 0:
        raise ExportError(f"every: expected a step such as 1d, 7d or 2w, got {every!r}")
    step = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
    start, end = timeline.start(), timeline.end()
    days = [start + dt.timedelta(days=n) for n in range(0, (end - start).days + 1, step)]
    if days[-1] != end:
        days.append(end)
    return days


def statuses_on(built, shapes: MapShapes, days: list[dt.date], layer: str) -> list[list[str]]:
    """Return, for each day, every unit's status in the order of `shapes.ids`."""
    timeline = built.timeline
    if layer == "district":  # one pass over the change points instead of a state table per day
        codes = timeline.state_codes(list(shapes.ids))
        start = timeline.start()
        return [[STATUSES[code] for code in codes[(day - start).days]] for day in days]
    result = []
    for day in days:
        state = timeline.province_state_on(day)
        status_of = dict(zip(state["province_code"].astype(str), state["status"].fillna(UNKNOWN)))
        result.append([status_of.get(unit, UNKNOWN) for unit in shapes.ids])
    return result


def export_html(built, boundaries, out: os.PathLike | str, layer: str = "district") -> Path:
    """Write one self-contained HTML file that plays the whole timeline offline (slider, play
    button, legend with counts, date). plotly.js is inlined; no network is needed to open it.
    Returns the written path; raises ExportError for an unwritable path or an unknown layer.
    """
    layer = check_layer(layer)
    target = check_writable(out)
    days = animation_days(built.timeline, "1d")
    shapes, outlines = layer_shapes(boundaries, layer)
    units = boundaries.provinces if layer == "province" else boundaries.districts
    label = units.set_index(_id_column(layer)).apply(_hover_name, axis=1)
    names = [label.get(unit, unit) for unit in shapes.ids]
    statuses = statuses_on(built, shapes, days, layer)
    figure = timeline_figure(shapes, days, statuses[0], layer, names=names, outlines=outlines)
    config = {"displaylogo": False, "scrollZoom": False, "toImageButtonOptions": {"filename": target.stem}}
    with atomic_path(target) as temp:
        plotly.io.write_html(
            figure, temp, include_plotlyjs=True, include_mathjax=False, full_html=True, auto_play=False,
            config=config, validate=False, post_script=player_script(days, statuses),
        )
    return target


def _hover_name(unit) -> str:
    district = unit.get("district")
    return f"{district} ({unit['province']})" if isinstance(district, str) else str(unit["province"])
