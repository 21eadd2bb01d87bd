"""Maps as files: PNG/SVG/PDF through Kaleido and the system Chromium, a self-playing HTML file,
and GIF/MP4 time-lapses.

Every format draws the same map (dashboard/static_map.py for layout and texts, dashboard/style.py
for colours). Still images go through one headless Chromium that `ImageRenderer` keeps open for
many figures; animation frames are rasterised here with Pillow from polygons projected once
(tens of milliseconds a frame, against a second or more for a browser round trip). Every writer goes through
`geodata.snapshot.atomic_path`, so a failed export leaves no partial file.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import plotly.io
from PIL import Image, ImageDraw, ImageFont

from dashboard.static_map import (
    CREDIT_SIZE,
    DATE_SIZE,
    LEGEND_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    MUTED_COLOR,
    TEXT_COLOR,
    TITLE_SIZE,
    MapShapes,
    date_label,
    legend_entries,
    legend_font_size,
    legend_title,
    map_shapes,
    map_title,
    player_script,
    static_figure,
    timeline_figure,
)
from dashboard.style import BORDER_COLOR, CREDIT_LINE, PROVINCE_OUTLINE_COLOR
from geodata.snapshot import (
    DATA_FORMATS,
    ExportError,
    atomic_path,
    check_day,
    check_format,
    check_layer,
    check_writable,
    snapshot_table,
)
from geodata.status import STATUSES, UNKNOWN

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
TIMELINE_FORMATS: tuple[str, ...] = ("html", "gif", "mp4")
EXPORT_FORMATS: tuple[str, ...] = IMAGE_FORMATS + DATA_FORMATS + TIMELINE_FORMATS
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
RENDER_TIMEOUT = 90.0  # seconds for one image, including a cold browser start

log = logging.getLogger(__name__)

__all__ = [
    "EXPORT_FORMATS", "ExportError", "ExportRequest", "ImageRenderer", "animation_days",
    "check_export_request", "export_animation", "export_html", "export_image", "find_browser",
    "find_ffmpeg", "figure_bytes",
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


def _check_size(width: int, height: int) -> None:
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or not 200 <= value <= 8000:
            raise ExportError(f"{name}: expected a whole number of pixels from 200 to 8000, got {value!r}")


def _id_column(layer: str) -> str:
    return "province_code" if layer == "province" else "district_id"


def _layer_shapes(boundaries, layer: str) -> tuple[MapShapes, MapShapes | None]:
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
    _check_size(width, height)
    target = check_writable(out)
    table = snapshot_table(built, boundaries, day, layer=layer)
    when = check_day(built.timeline, day)
    shapes, outlines = _layer_shapes(boundaries, layer)
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


def _statuses_on(built, shapes: MapShapes, days: list[dt.date], layer: str) -> list[list[str]]:
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
    shapes, outlines = _layer_shapes(boundaries, layer)
    units = boundaries.provinces if layer == "province" else boundaries.districts
    label = units.set_index(_id_column(layer)).apply(_hover_name, axis=1)
    names = [label.get(unit, unit) for unit in shapes.ids]
    statuses = _statuses_on(built, shapes, days, layer)
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


def _font(size: int) -> ImageFont.ImageFont:
    # DejaVu Sans matches the plotly figure's first font choice; Pillow's own font is the fallback.
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def _rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))


class RasterMap:
    """Draws animation frames with Pillow: the units are rasterised once into a label image, and
    each frame is a colour lookup plus the date, legend counts, title and credit line, laid out
    with the same proportions and texts as the plotly figure.
    """

    def __init__(self, shapes: MapShapes, outlines: MapShapes | None, layer: str, width: int, height: int):
        self.shapes, self.layer, self.width, self.height = shapes, layer, width, height
        self._border = len(shapes.ids) + 1
        self._outline = len(shapes.ids) + 2
        self._labels = self._rasterise(outlines)
        self._fonts = {
            name: _font(max(8, round(size * height))) for name, size in (("title", TITLE_SIZE), ("date", DATE_SIZE),
                                                                         ("credit", CREDIT_SIZE))
        }
        self._fonts["legend"] = _font(legend_font_size(width, height))

    def _transform(self):
        xmin, ymin, xmax, ymax = self.shapes.bounds
        left, right = MARGIN_LEFT * self.width, (1 - LEGEND_WIDTH) * self.width
        top, bottom = MARGIN_TOP * self.height, (1 - MARGIN_BOTTOM) * self.height
        scale = 0.98 * min((right - left) / (xmax - xmin), (bottom - top) / (ymax - ymin))
        x0 = (left + right) / 2 - scale * (xmin + xmax) / 2
        y0 = (top + bottom) / 2 + scale * (ymin + ymax) / 2
        return lambda ring: np.column_stack([x0 + scale * ring[:, 0], y0 - scale * ring[:, 1]])

    @staticmethod
    def _split(ring_array: np.ndarray) -> Iterator[np.ndarray]:
        breaks = np.flatnonzero(np.isnan(ring_array[:, 0]))
        start = 0
        for stop in [*breaks, len(ring_array)]:
            if stop - start >= 3:
                yield ring_array[start:stop]
            start = stop + 1

    def _rasterise(self, outlines: MapShapes | None) -> np.ndarray:
        to_pixels = self._transform()
        image = Image.new("I", (self.width, self.height), 0)
        draw = ImageDraw.Draw(image)
        pixel_rings = [[to_pixels(r).tolist() for r in self._split(rings)] for rings in self.shapes.rings]
        # Every ring is filled, holes included; units with several rings go first so that a unit
        # lying in another's hole (an enclave) is painted over it afterwards.
        order = sorted(range(len(pixel_rings)), key=lambda n: -len(pixel_rings[n]))
        for n in order:
            for ring in pixel_rings[n]:
                draw.polygon([tuple(p) for p in ring], fill=n + 1)
        for rings in pixel_rings:
            for ring in rings:
                draw.line([tuple(p) for p in ring], fill=self._border, width=1)
        if outlines is not None:
            for rings in outlines.rings:
                for ring in self._split(rings):
                    draw.line([tuple(p) for p in to_pixels(ring).tolist()], fill=self._outline, width=1)
        return np.asarray(image, dtype=np.int32)

    def frame(self, day: dt.date, statuses: list[str]) -> Image.Image:
        """Return the RGB frame of `day`, `statuses` in the order of the shapes' ids."""
        entries = legend_entries(statuses)
        colors = {status: _rgb(color) for status, _, color in entries}
        lut = np.empty((self._outline + 1, 3), dtype=np.uint8)
        lut[0] = (255, 255, 255)
        lut[1 : self._border] = [colors[s] for s in statuses]
        lut[self._border] = _rgb(BORDER_COLOR)
        lut[self._outline] = _rgb(PROVINCE_OUTLINE_COLOR)
        image = Image.fromarray(lut[self._labels], "RGB")
        self._draw_texts(ImageDraw.Draw(image), day, entries)
        return image

    def _draw_texts(self, draw: ImageDraw.ImageDraw, day: dt.date, entries) -> None:
        w, h, fonts = self.width, self.height, self._fonts
        left = MARGIN_LEFT * w
        draw.text((left, 0.025 * h), map_title(self.layer), font=fonts["title"], fill=TEXT_COLOR)
        draw.text((left, 0.085 * h), date_label(day), font=fonts["date"], fill=TEXT_COLOR)
        draw.text((left, h * (1 - MARGIN_BOTTOM / 2)), CREDIT_LINE, font=fonts["credit"], fill=MUTED_COLOR, anchor="lm")
        size = fonts["legend"].size
        line = round(size * 1.6)
        x = (1 - LEGEND_WIDTH + 0.02) * w
        y = MARGIN_TOP * h + (1 - MARGIN_TOP - MARGIN_BOTTOM) * h / 2 - line * (len(entries) + 1) / 2
        draw.text((x, y), legend_title(self.layer), font=fonts["legend"], fill=TEXT_COLOR)
        for n, (_, label, color) in enumerate(entries, start=1):
            top = y + n * line
            draw.rectangle([x + 2, top + 2, x + 2 + size, top + 2 + size], fill=color, outline="#999999")
            draw.text((x + size * 1.8, top), label, font=fonts["legend"], fill=TEXT_COLOR)


def _gif_palette() -> Image.Image:
    """Return a palette image holding the map's exact colours plus greys for antialiased text."""
    colors = [_rgb(c) for _, _, c in legend_entries([])]
    colors += [_rgb(BORDER_COLOR), _rgb(PROVINCE_OUTLINE_COLOR), _rgb(TEXT_COLOR), _rgb(MUTED_COLOR), (153, 153, 153)]
    colors += [(v, v, v) for v in range(0, 256, 8)]
    flat = [channel for color in colors for channel in color]
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + flat[:3] * (256 - len(colors)))
    return palette


def _progress(days: list[dt.date], enabled: bool, label: str):
    if not enabled:
        return days
    from tqdm import tqdm

    return tqdm(days, desc=label, unit="frame")


def export_animation(
    built,
    boundaries,
    out: os.PathLike | str,
    fmt: str = "gif",
    every: str | int = "1d",
    fps: int = 4,
    progress: bool = True,
    layer: str = "district",
    width: int = 1000,
    height: int = 750,
) -> Path:
    """Write a time-lapse of the whole timeline (a frame every `every`, with date stamp and legend)
    as an animated gif, or mp4 when ffmpeg is available. Returns the written path.

    Raises ExportError for an unknown format, a bad step or fps, mp4 without ffmpeg, or an
    unwritable path; nothing is left at `out` on failure.
    """
    fmt = check_format(fmt, ("gif", "mp4"))
    layer = check_layer(layer)
    if not isinstance(fps, int) or not 1 <= fps <= 60:
        raise ExportError(f"fps: expected a whole number from 1 to 60, got {fps!r}")
    _check_size(width, height)
    target = check_writable(out)
    ffmpeg = find_ffmpeg() if fmt == "mp4" else None
    if fmt == "mp4":  # H.264 in yuv420p needs even sides
        width, height = width + width % 2, height + height % 2
    days = animation_days(built.timeline, every)
    shapes, outlines = _layer_shapes(boundaries, layer)
    raster = RasterMap(shapes, outlines, layer, width, height)
    statuses = _statuses_on(built, shapes, days, layer)
    frames = (raster.frame(day, states) for day, states in zip(_progress(days, progress, fmt), statuses))
    with atomic_path(target) as temp:
        if fmt == "gif":
            _write_gif(frames, temp, fps)
        else:
            _write_mp4(frames, temp, fps, width, height, ffmpeg)
    return target


def _write_gif(frames: Iterator[Image.Image], path: Path, fps: int) -> None:
    palette = _gif_palette()
    indexed = [frame.quantize(palette=palette, dither=Image.Dither.NONE) for frame in frames]
    indexed[0].save(
        path, format="GIF", save_all=True, append_images=indexed[1:], duration=round(1000 / fps), loop=0,
        optimize=False,
    )


def _write_mp4(frames: Iterator[Image.Image], path: Path, fps: int, width: int, height: int, ffmpeg: str) -> None:
    command = [
        ffmpeg, "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}",
        "-r", str(fps), "-i", "-", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
        "-f", "mp4", str(path),
    ]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for frame in frames:
            process.stdin.write(frame.tobytes())
        process.stdin.close()
    except BrokenPipeError:
        pass
    errors = process.stderr.read().decode(errors="replace")
    if process.wait() != 0:
        raise ExportError(f"ffmpeg could not write the mp4: {errors.strip() or 'exit code ' + str(process.returncode)}")

