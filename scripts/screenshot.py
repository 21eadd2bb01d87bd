"""Make docs/dashboard.png, the README's picture of the dashboard, from the sample corpus.

Builds the sample corpus into a temporary data directory (or uses --data), serves the dashboard on
127.0.0.1 (so the sources panel offers analyst review, as on a local server), opens it in headless
Debian Chromium at --date with --unit selected, waits for the map, the sources panel with its
review buttons and the counts chart, and saves a screenshot.

Usage: python scripts/screenshot.py [--date 2021-08-13] [--unit DISTRICT_ID] [--layer district]
       [--size 1280x800] [--out docs/dashboard.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared headless-Chromium helpers live with the browser tests

from browser.chrome import chrome, serve, wait_for  # noqa: E402

QALA_E_NAW = "17698898B11614254206376"  # Badghis' capital: contested in July, claimed on 13 August


def main(argv: list[str] | None = None) -> Path:
    """Write the screenshot and return its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", default="2021-08-13", help="day shown (YYYY-MM-DD)")
    parser.add_argument("--unit", default=QALA_E_NAW, help="district_id (or province code) selected")
    parser.add_argument("--layer", default="district", choices=("district", "province"))
    parser.add_argument("--data", type=Path, help="a data directory with a build (default: build the sample corpus)")
    parser.add_argument("--geodata", type=Path, help="boundary folder (default: $FRONTMAP_GEODATA or the cache)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--size", default="1400x1200", help="page (viewport) size WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from dashboard.app import create_app

    data = args.data
    if data is None:
        from frontmap.build import build_corpus
        from frontmap.paths import SAMPLE_CORPUS

        data = Path(tempfile.mkdtemp(prefix="frontmap-shot-"))
        build_corpus(SAMPLE_CORPUS, SAMPLE_CORPUS / "manifest.csv", data, data)
    app = create_app(data_dir=data, geodata=args.geodata, host="127.0.0.1")  # served on the loopback below
    query = urllib.parse.urlencode({"date": args.date, "layer": args.layer, "unit": args.unit})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with serve(app) as url, chrome(width, height) as driver:
        fit_viewport(driver, width, height)
        driver.get(f"{url}/?{query}")
        wait_for(driver, "return document.querySelectorAll('#map path.fm-unit').length > 0", 60)
        wait_for(driver, "return document.querySelector('#source-panel h3') !== null", 30)
        wait_for(driver, "return document.querySelector('#source-panel button.fm-rv-accept') !== null", 30)
        wait_for(driver, "return document.querySelector('.fm-cursor') !== null", 60)
        time.sleep(0.5)
        driver.save_screenshot(str(args.out))
    print(f"wrote {args.out}")
    return args.out


def fit_viewport(driver, width: int, height: int) -> None:
    """Resize the window so the page itself (the viewport) is `width` x `height` pixels."""
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    outer = driver.get_window_size()
    driver.set_window_size(outer["width"] + width - inner[0], outer["height"] + height - inner[1])


if __name__ == "__main__":
    main()
