"""Print export speed: PNG per image with a warm browser, a 60-frame GIF, the HTML time-lapse.

Run: FRONTMAP_GEODATA=/path/to/geodata python benchmarks/export_speed.py [--repeat 5] [--frames 60]
Builds the sample corpus into a throw-away data directory (cache too), so the user's are untouched.
Targets (issue 5): PNG warm <= 2 s per image; a 60-frame GIF <= 60 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Export PNGs, a GIF and the HTML time-lapse of the sample corpus and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="warm PNGs to time (median and max shown)")
    parser.add_argument("--frames", type=int, default=60, help="GIF frames (days from the timeline's start)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="frontmap-bench-") as scratch:
        scratch_dir = Path(scratch)
        os.environ["FRONTMAP_CACHE"] = str(scratch_dir / "cache")
        from dashboard import animation, export
        from frontmap import paths
        from geodata.boundaries import load_boundaries
        from frontmap.build import build_corpus
        from frontmap.built import load_built

        data = scratch_dir / "data"
        build_corpus(paths.SAMPLE_CORPUS, data_dir=data)
        built, boundaries = load_built(data), load_boundaries()
        timeline = built.timeline
        days = timeline.days()
        print(f"timeline: {timeline.start()} to {timeline.end()} ({len(days)} days), {len(built.events)} events")

        with export.ImageRenderer() as renderer:
            started = time.perf_counter()
            export.export_image(built, boundaries, days[-1], scratch_dir / "cold.png", renderer=renderer)
            first = time.perf_counter() - started
            warm = []
            for n in range(args.repeat):
                day = days[(n * 7) % len(days)]
                started = time.perf_counter()
                export.export_image(built, boundaries, day, scratch_dir / f"warm{n}.png", renderer=renderer)
                warm.append(time.perf_counter() - started)
            svg_started = time.perf_counter()
            export.export_image(built, boundaries, days[-1], scratch_dir / "map.svg", "svg", renderer=renderer)
            svg = time.perf_counter() - svg_started
        print(f"png, browser start + first image: {first:.2f} s")
        print(f"png warm (1200x900), per image: median {statistics.median(warm):.2f} s, max {max(warm):.2f} s "
              f"over {args.repeat} (target <= 2 s)")
        print(f"svg warm: {svg:.2f} s")

        # The GIF spans the whole timeline; a timeline cut to --frames days gives exactly that many frames.
        short = _first_days(built, args.frames)
        started = time.perf_counter()
        gif = animation.export_animation(short, boundaries, scratch_dir / "lapse.gif", every="1d", progress=False,
                                      width=1200, height=900)
        gif_s = time.perf_counter() - started
        frames = len(export.animation_days(short.timeline, "1d"))
        print(f"gif, {frames} frames (1200x900): {gif_s:.2f} s, {gif.stat().st_size / 1e6:.1f} MB (target <= 60 s)")

        started = time.perf_counter()
        html = export.export_html(built, boundaries, scratch_dir / "timeline.html")
        print(f"html, {len(days)} days: {time.perf_counter() - started:.2f} s, {html.stat().st_size / 1e6:.1f} MB "
              "(limit 15 MB)")


class _Cut:
    """A timeline that ends `frames` days after its start (the states are the real ones)."""

    def __init__(self, timeline, frames: int):
        self._timeline = timeline
        self._end = timeline.start() + dt.timedelta(days=frames - 1)

    def __getattr__(self, name):
        return getattr(self._timeline, name)

    def end(self) -> dt.date:
        return self._end


def _first_days(built, frames: int):
    from dataclasses import replace

    return replace(built, timeline=_Cut(built.timeline, frames))


if __name__ == "__main__":
    main()
