"""The `frontmap` command line: build, status, places, serve, geodata, export.

Domain errors raised by the pipeline are turned into one clear CLI error each; no traceback
reaches the user for bad input.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import click

from frontmap import paths

DATA_HELP = "Data directory (store, built CSVs). Default: $FRONTMAP_DATA, else the user data directory."
GEODATA_HELP = "Folder holding the geoBoundaries AFG ADM2 files. Default: $FRONTMAP_GEODATA, else the cache."


def _data_option(command):
    return click.option("--data", "data", type=click.Path(file_okay=False), default=None, help=DATA_HELP)(command)


def _geodata_option(command):
    return click.option(
        "--geodata", "geodata", type=click.Path(file_okay=False), default=None, help=GEODATA_HELP
    )(command)


def _parse_day(value: str | None, option: str = "--date") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}", param_hint=option) from None


def _load_or_build(data: Path):
    """Return the built data in `data`, building the sample corpus first when nothing is built."""
    from frontmap.build import build_corpus
    from frontmap.built import NothingBuilt, load_built

    try:
        return load_built(data)
    except NothingBuilt:
        click.echo(f"Nothing built in {data} yet: building the sample corpus first.", err=True)
        build_corpus(paths.SAMPLE_CORPUS, data_dir=data)
        return load_built(data)


def _user_errors() -> tuple[type[Exception], ...]:
    """Return the domain errors whose message is written for users (shown without a traceback)."""
    from geodata.boundary_files import BoundariesNotFound, BoundaryFileError
    from frontmap.built import NothingBuilt
    from frontmap.engines import EngineError
    from geodata.fetch import FetchError
    from frontmap.store import StoreError

    return (BoundariesNotFound, BoundaryFileError, EngineError, FetchError, NothingBuilt, StoreError)


class FrontmapGroup(click.Group):
    """The top-level group: turns the pipeline's domain errors into one clear CLI error each."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except _user_errors() as error:
            raise click.ClickException(str(error)) from None
        except PermissionError as error:
            raise click.ClickException(f"cannot write {error.filename}: permission denied") from None


@click.group(cls=FrontmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log progress and per-record warnings.")
@click.version_option(package_name="frontmap")
def main(verbose: bool) -> None:
    """frontmap: news reports to a day-by-day territorial-control map of Afghanistan (2021)."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@main.command()
@click.argument("corpus_dir", required=False, type=click.Path(file_okay=False))
@click.option("--manifest", type=click.Path(dir_okay=False), default=None, help="Manifest CSV (default: CORPUS_DIR/manifest.csv).")
@click.option("--out", type=click.Path(file_okay=False), default=None, help="Where to write events.csv and timeline.csv (default: the data directory).")
@click.option("--columns", default=None, metavar="FIELD=COLUMN,...",
              help="Columns of article tables (.csv, .jsonl, .parquet), e.g. text=body,published=date "
                   "(fields: text, title, published, outlet, agency, url). Default: found by common names.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes (local engine) or local-cluster workers (dask) extracting articles. Default: every core.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where articles are extracted: processes on this machine, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786); default: a local cluster.")
@_data_option
def build(corpus_dir: str | None, manifest: str | None, out: str | None, columns: str | None, jobs: int | None,
          engine: str, scheduler: str | None, data: str | None) -> None:
    """Ingest a corpus (.txt, saved web pages, article tables, .zip of them), extract control
    events and build the timeline."""
    from frontmap.build import build_corpus
    from frontmap.engines import make_engine
    from frontmap.intake.tables import parse_columns

    try:
        named = parse_columns(columns)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--columns") from None

    corpus = Path(corpus_dir) if corpus_dir else paths.SAMPLE_CORPUS
    if not corpus.is_dir():
        raise click.BadParameter(f"{corpus} is not a folder", param_hint="CORPUS_DIR")
    if manifest and not Path(manifest).is_file():
        raise click.BadParameter(f"{manifest} does not exist", param_hint="--manifest")
    if scheduler and engine != "dask":
        raise click.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    summary = build_corpus(
        corpus,
        manifest=Path(manifest) if manifest else None,
        data_dir=paths.data_dir(data),
        out_dir=Path(out) if out else None,
        columns=named,
        engine=make_engine(jobs, engine, scheduler),
    )
    click.echo(summary.describe())


@main.command()
@click.option("--date", "day", required=True, help="The day, YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--all", "show_all", is_flag=True, help="In the table, list districts with no report too.")
@_data_option
def status(day: str, as_json: bool, show_all: bool, data: str | None) -> None:
    """Print every district's control state on a day."""
    from frontmap.built import NothingBuilt, load_built

    when = _parse_day(day)
    try:
        built = load_built(paths.data_dir(data))
    except NothingBuilt as error:
        raise click.ClickException(f"{error} Run `frontmap build` first.") from None
    note = _outside_timeline(built.timeline, when)
    if note:
        click.echo(f"Warning: {note}", err=True)
    table = built.timeline.state_on(when)
    if as_json:
        records = []
        for row in table.itertuples(index=False):
            records.append(
                {
                    "district_id": row.district_id,
                    "district": row.district,
                    "province_code": row.province_code,
                    "province": row.province,
                    "status": row.status,
                    "since": row.since.isoformat() if row.since is not None and row.since == row.since else None,
                    "event_ids": list(row.event_ids),
                }
            )
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    shown = table if show_all else table[table["status"] != "unknown"]
    click.echo(f"Control on {when.isoformat()}: {len(shown)} of {len(table)} districts with a report")
    for row in shown.sort_values(["province_code", "district"]).itertuples(index=False):
        since = row.since.isoformat() if row.since is not None and row.since == row.since else "-"
        click.echo(f"  {row.province_code:7} {row.district:28} {row.status:10} since {since}")


def _outside_timeline(timeline, when: dt.date) -> str | None:
    """Return a note when `when` is outside the timeline's span, or when no event is placed at all
    (None inside it): what the state shown is based on."""
    if not timeline.placed():
        return ("no dated event is placed on the timeline (the store holds no event dated within its "
                "publication years), so every district is unknown.")
    start, end = timeline.start(), timeline.end()
    span = f"the timeline runs from {start.isoformat()} to {end.isoformat()}"
    if when > end:
        return f"{when.isoformat()} is after the timeline ({span}); the states shown are those of its last day, from the latest reports."
    if when < start:
        return f"{when.isoformat()} is before the timeline ({span}); no report is placed yet, so every district is unknown."
    return None


@main.group()
def places() -> None:
    """Gazetteer look-ups."""


@places.command()
@click.argument("query")
@click.option("--context", default=None, help="Text around the name, to tell apart places of the same name.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def lookup(query: str, context: str | None, as_json: bool) -> None:
    """Resolve QUERY to districts and provinces, best first."""
    from geodata.gazetteer import Gazetteer

    if not query.strip():
        raise click.BadParameter("give a place name, e.g. \"Qala-i-Naw\"", param_hint="QUERY")
    matches = Gazetteer.load().lookup(query, context=context)
    if as_json:
        payload = {"query": query, "matches": [match.to_dict() for match in matches]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    if not matches:
        click.echo(f"{query}: no Afghan district or province of that name")
        return
    for match in matches:
        found = match.to_dict()
        click.echo(
            f"{found['district'] or '-':24} {found['province']:14} {found['province_code']:7} "
            f"{found['kind']:16} {found['score']:.2f} {found['district_id'] or ''}"
        )


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8050, show_default=True, type=int)
@click.option("--debug", is_flag=True, help="Dash debug mode (reloader off).")
@_data_option
@_geodata_option
def serve(host: str, port: int, debug: bool, data: str | None, geodata: str | None) -> None:
    """Run the dashboard on the built timeline (building the sample corpus first if nothing is built)."""
    from dashboard.app import create_app
    from geodata.boundaries import load_boundaries

    data_path = paths.data_dir(data)
    boundaries = load_boundaries(Path(geodata) if geodata else None)
    built = _load_or_build(data_path)
    app = create_app(data_dir=data_path, built=built, boundaries=boundaries, host=host)
    from dashboard.server_log import tidy_server_log

    tidy_server_log()
    click.echo(f"frontmap dashboard on http://{host}:{port}/ (Ctrl+C to stop)")
    from dashboard.security import quiet_request_handler

    app.run(host=host, port=port, debug=debug, use_reloader=False, request_handler=quiet_request_handler())


@main.group(name="geodata")
def geodata_group() -> None:
    """Get and describe the district boundaries."""


@geodata_group.command()
@click.option("--url", default=None, help="The geoBoundaries API address to ask (default: the gbOpen AFG ADM2 release).")
@click.option("--from", "source", default=None, type=click.Path(exists=True),
              help="Install from a local copy instead: a folder holding the release files, or the release zip.")
def fetch(url: str | None, source: str | None) -> None:
    """Install the geoBoundaries AFG ADM2 release into the cache, where every command finds it:
    downloaded (the only command that downloads), or copied from a local copy with --from."""
    from geodata.fetch import fetch_boundaries, install_local_copy

    if source and url:
        raise click.UsageError("give --url or --from, not both")
    if source:
        target = install_local_copy(source)
    else:
        target = fetch_boundaries(url) if url else fetch_boundaries()
    click.echo(f"Boundaries installed in {target}")


@geodata_group.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_geodata_option
def info(as_json: bool, geodata: str | None) -> None:
    """Describe the boundaries in use (counts, vertices, source, simplified size)."""
    from geodata.boundaries import load_boundaries

    facts = load_boundaries(Path(geodata) if geodata else None).info()
    if as_json:
        click.echo(json.dumps(facts, indent=1))
        return
    for key, value in facts.items():
        click.echo(f"{key}: {value}")


EXPORT_FORMATS = ("png", "svg", "pdf", "geojson", "csv", "parquet", "html", "gif", "mp4")


@main.command()
@click.option("--date", "day", default=None, help="The day (YYYY-MM-DD); required for png/svg/pdf/geojson/csv/parquet.")
@click.option("--format", "fmt", required=True, help=f"One of: {', '.join(EXPORT_FORMATS)}.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@click.option("--layer", type=click.Choice(["district", "province"]), default="district", show_default=True)
@click.option("--width", type=int, default=1200, show_default=True)
@click.option("--height", type=int, default=900, show_default=True)
@click.option("--every", default="1d", show_default=True, help="Animation step (gif/mp4), e.g. 1d or 7d.")
@click.option("--fps", type=int, default=4, show_default=True, help="Animation frames per second (gif/mp4).")
@_data_option
@_geodata_option
def export(day, fmt, out, layer, width, height, every, fps, data, geodata) -> None:
    """Write a snapshot (one day) or a time-lapse (the whole timeline) to a file."""
    from dashboard import animation
    from dashboard import export as exporter
    from geodata.boundaries import load_boundaries
    from frontmap.snapshot import snapshot_table, write_snapshot

    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise click.BadParameter(f"unknown format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    when = _parse_day(day)
    if fmt in ("png", "svg", "pdf", "geojson", "csv", "parquet") and when is None:
        raise click.BadParameter(f"--format {fmt} needs --date YYYY-MM-DD", param_hint="--date")
    boundaries = load_boundaries(Path(geodata) if geodata else None)
    built = _load_or_build(paths.data_dir(data))
    target = Path(out)
    try:
        if fmt in ("geojson", "csv", "parquet"):
            exporter.check_export_request(built, when, fmt, target)
            write_snapshot(snapshot_table(built, boundaries, when, layer=layer), target, fmt)
        elif fmt in ("png", "svg", "pdf"):
            exporter.export_image(built, boundaries, when, target, fmt, layer=layer, width=width, height=height)
        elif fmt == "html":
            exporter.export_html(built, boundaries, target, layer=layer)
        else:
            animation.export_animation(
                built, boundaries, target, fmt=fmt, every=every, fps=fps, progress=True,
                layer=layer, width=width, height=height,
            )
    except exporter.ExportError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Wrote {target}")


from frontmap.review_cli import review as _review

main.add_command(_review)  # `frontmap review ...` lives in its own module
