"""Tests for dashboard/export.py and dashboard/static_map.py: every format written and read back."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from dashboard import animation, export
from dashboard.export import ExportError, ImageRenderer, animation_days, check_export_request
from dashboard.static_map import LEGEND_WIDTH, date_label, legend_entries, map_title, project, static_figure
from dashboard.style import CREDIT_LINE, STATUS_COLORS
from hand_made import END, START, boundaries, built  # noqa: F401  (shared fixtures)


def _rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _colors_present(image: Image.Image) -> set[str]:
    """Return the statuses whose exact colour covers at least 50 pixels of the map (left of the legend)."""
    width, height = image.size
    map_area = image.convert("RGB").crop((0, 0, round(width * (1 - LEGEND_WIDTH)), height))
    pixels = np.asarray(map_area).reshape(-1, 3)
    return {
        status for status, color in STATUS_COLORS.items()
        if np.count_nonzero((pixels == _rgb(color)).all(axis=1)) >= 50
    }


@pytest.fixture(scope="module")
def renderer():
    with ImageRenderer() as shared:
        yield shared


@pytest.mark.browser
def test_png_has_the_size_asked_and_every_status_colour_on_the_map(built, boundaries, renderer, tmp_path):
    out = export.export_image(built, boundaries, END, tmp_path / "map.png", "png", width=1000, height=750,
                              renderer=renderer)
    image = Image.open(out)
    assert image.format == "PNG" and image.size == (1000, 750)
    assert _colors_present(image) == {"taliban", "contested", "government", "unknown"}
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


@pytest.mark.browser
def test_province_png_shows_the_capitals_status(built, boundaries, renderer, tmp_path):
    out = export.export_image(built, boundaries, END, tmp_path / "p.png", "PNG", layer="province",
                              renderer=renderer)
    assert Image.open(out).size == (1200, 900)
    assert {"taliban", "unknown"} <= _colors_present(Image.open(out))


@pytest.mark.browser
def test_svg_keeps_title_date_legend_and_credit_as_text(built, boundaries, renderer, tmp_path):
    out = export.export_image(built, boundaries, "2021-06-25", tmp_path / "map.svg", "svg", renderer=renderer)
    root = ET.parse(out).getroot()
    texts = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {map_title(), "25 June 2021", CREDIT_LINE, "Government (20)", "Contested (30)"} <= texts


@pytest.mark.browser
def test_pdf_is_a_whole_pdf(built, boundaries, renderer, tmp_path):
    out = export.export_image(built, boundaries, START, tmp_path / "map.pdf", "pdf", renderer=renderer)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and len(data) > 10_000


@pytest.mark.browser
def test_image_errors_leave_no_file(built, boundaries, renderer, tmp_path):
    with pytest.raises(ExportError, match="2021-05-10 to 2021-07-30"):
        export.export_image(built, boundaries, "2021-08-15", tmp_path / "late.png", renderer=renderer)
    with pytest.raises(ExportError, match="png, svg, pdf"):
        export.export_image(built, boundaries, END, tmp_path / "map.jpg", "jpg", renderer=renderer)
    with pytest.raises(ExportError, match="does not exist"):
        export.export_image(built, boundaries, END, tmp_path / "no" / "map.png", renderer=renderer)
    assert list(tmp_path.iterdir()) == []


def test_missing_browser_is_a_clear_error_and_writes_nothing(built, boundaries, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    with pytest.raises(ExportError, match="BROWSER_PATH"):
        export.export_image(built, boundaries, END, tmp_path / "map.png")
    assert list(tmp_path.iterdir()) == []


def test_gif_has_a_frame_per_step_with_date_and_changing_colours(built, boundaries, tmp_path):
    out = animation.export_animation(built, boundaries, tmp_path / "lapse.gif", every="7d", fps=5, progress=False,
                                  width=800, height=600)
    days = animation_days(built.timeline, "7d")
    gif = Image.open(out)
    assert gif.format == "GIF" and gif.size == (800, 600) and gif.n_frames == len(days) == 13
    assert gif.info["duration"] == 200
    first = _colors_present(gif.convert("RGB"))
    gif.seek(gif.n_frames - 1)
    last = _colors_present(gif.convert("RGB"))
    assert first == {"claimed", "unknown"}
    assert last == {"taliban", "contested", "government", "unknown"}


def test_raster_frame_draws_the_same_texts_as_the_figure(boundaries):
    shapes, outlines = export.layer_shapes(boundaries, "district")
    raster = animation.RasterMap(shapes, outlines, "district", 600, 450)
    statuses = ["unknown"] * len(shapes.ids)
    statuses[:5] = ["taliban"] * 5
    frame = raster.frame(dt.date(2021, 8, 15), statuses)
    assert frame.size == (600, 450) and {"taliban", "unknown"} <= _colors_present(frame)
    # The date stamp's row is not empty and differs from another day's.
    other = raster.frame(dt.date(2021, 6, 1), statuses)
    assert not np.array_equal(np.asarray(frame)[38:64], np.asarray(other)[38:64])
    assert legend_entries(statuses)[0][1] == "Taliban control (5)"


def test_mp4_when_ffmpeg_is_there(built, boundaries, tmp_path):
    try:
        export.find_ffmpeg()
    except ExportError:
        pytest.skip("no ffmpeg on this machine")
    out = animation.export_animation(built, boundaries, tmp_path / "lapse.mp4", fmt="mp4", every="14d",
                                  progress=False, width=601, height=451)
    assert out.read_bytes()[4:8] == b"ftyp"


def test_mp4_without_ffmpeg_says_what_to_install(built, boundaries, tmp_path, monkeypatch):
    monkeypatch.setattr(export.shutil, "which", lambda name: None)
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)
    with pytest.raises(ExportError, match="needs ffmpeg"):
        animation.export_animation(built, boundaries, tmp_path / "lapse.mp4", fmt="mp4", progress=False)
    with pytest.raises(ExportError, match="needs ffmpeg"):
        check_export_request(built, None, "mp4", tmp_path / "lapse.mp4")
    assert list(tmp_path.iterdir()) == []


def test_html_is_self_contained_and_plays_every_day(built, boundaries, tmp_path):
    out = export.export_html(built, boundaries, tmp_path / "timeline.html")
    text = out.read_text(encoding="utf-8")
    assert out.stat().st_size < 15_000_000
    assert not re.search(r"<script[^>]+src=[\"']?https?:", text, flags=re.IGNORECASE)
    assert "Plotly.newPlot" in text and "plotly_buttonclicked" in text
    payload = json.loads(re.search(r"var timeline = (\{.*?\});", text).group(1))
    days = (END - START).days + 1
    assert len(payload["dates"]) == len(payload["codes"]) == days
    assert payload["dates"][0] == date_label(START) and all(len(c) == 398 for c in payload["codes"])
    assert payload["codes"][-1].count("0") == 61  # code 0 is the legend's first status, taliban


def test_animation_days_steps_and_keeps_the_last_day(built):
    assert animation_days(built.timeline, "1d")[:2] == [START, START + dt.timedelta(days=1)]
    weekly = animation_days(built.timeline, "2w")
    assert weekly[1] - weekly[0] == dt.timedelta(days=14) and weekly[-1] == END
    for bad in ("0d", "fortnight", "-1d"):
        with pytest.raises(ExportError, match="1d, 7d or 2w"):
            animation_days(built.timeline, bad)


def test_request_check_names_formats_range_and_path(built, tmp_path):
    with pytest.raises(ExportError, match="png, svg, pdf, geojson, csv, parquet, html, gif, mp4"):
        check_export_request(built, END, "tiff", tmp_path / "x.tiff")
    with pytest.raises(ExportError, match="from 2021-05-10 to 2021-07-30"):
        check_export_request(built, "2021-01-01", "csv", tmp_path / "x.csv")
    with pytest.raises(ExportError, match="give a date"):
        check_export_request(built, None, "png", tmp_path / "x.png")
    with pytest.raises(ExportError, match="cannot write"):
        check_export_request(built, END, "png", tmp_path / "missing" / "x.png")
    request = check_export_request(built, None, "HTML", tmp_path / "t.html")
    assert (request.fmt, request.day, request.out) == ("html", None, tmp_path / "t.html")
    assert check_export_request(built, "2021-06-01", "png", tmp_path / "m.png").day == dt.date(2021, 6, 1)


MAZAR, NAHR_E_SHAHI = "Mazar-i-Sharif", "Nahr-e Shahi"  # the city is an enclave in the district's hole


def _enclave_table(boundaries):
    table = boundaries.districts.assign(status="unknown")
    table.loc[table["district"] == MAZAR, "status"] = "taliban"
    table.loc[table["district"] == NAHR_E_SHAHI, "status"] = "government"
    return table


def _enclave_pixel(boundaries, raster) -> tuple[int, int]:
    point = boundaries.districts.loc[boundaries.districts["district"] == MAZAR].geometry.iloc[0].representative_point()
    x, y = project(np.array([point.x]), np.array([point.y]))
    (px, py), = raster._transform()(np.column_stack([x, y]))
    return round(px), round(py)


def test_raster_keeps_an_enclave_visible_inside_its_neighbours_hole(boundaries):
    table = _enclave_table(boundaries)
    shapes, _ = export.layer_shapes(boundaries, "district")
    raster = animation.RasterMap(shapes, None, "district", 2400, 1800)
    frame = raster.frame(END, table.set_index("district_id").loc[list(shapes.ids), "status"].tolist())
    assert frame.getpixel(_enclave_pixel(boundaries, raster)) == _rgb(STATUS_COLORS["taliban"])


@pytest.mark.browser
def test_png_keeps_an_enclave_visible_inside_its_neighbours_hole(boundaries, renderer):
    figure = static_figure(_enclave_table(boundaries), END, width=2400, height=1800)
    image = Image.open(io.BytesIO(renderer.render(figure, "png", 2400, 1800))).convert("RGB")
    shapes, _ = export.layer_shapes(boundaries, "district")
    x, y = _enclave_pixel(boundaries, animation.RasterMap(shapes, None, "district", 2400, 1800))
    around = [image.getpixel((x + dx, y + dy)) for dx in (-2, 0, 2) for dy in (-2, 0, 2)]
    assert image.getpixel((x, y)) == _rgb(STATUS_COLORS["taliban"]) and around.count(around[4]) >= 3


@pytest.mark.browser
def test_html_plays_offline_in_chromium(built, boundaries, tmp_path):
    from browser.chrome import chrome, severe_logs, wait_for

    out = export.export_html(built, boundaries, tmp_path / "timeline.html")
    with chrome() as driver:
        driver.get(out.as_uri())
        plot = "document.querySelector('.js-plotly-plot')"
        wait_for(driver, f"return {plot} && {plot}.data && {plot}.data.length > 398")
        date = f"return {plot}.layout.annotations[0].text"
        assert driver.execute_script(date) == date_label(START)
        driver.find_elements("css selector", ".updatemenu-button")[0].click()  # Play
        wait_for(driver, f"return {plot}.layout.sliders[0].active >= 2")
        driver.find_elements("css selector", ".updatemenu-button")[1].click()  # Pause
        shown, text = driver.execute_script(f"return [{plot}.layout.sliders[0].active, {plot}.layout.annotations[0].text]")
        assert text == date_label(START + dt.timedelta(days=shown))
        legend = driver.execute_script(f"return {plot}.data.slice(398, 403).map(t => t.name)")
        assert legend[4].startswith("No report (") and severe_logs(driver) == []
