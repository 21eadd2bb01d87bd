"""`frontmap review ...`: the analyst review from the command line (the dashboard's powers).

Every command works on one data directory (--data, else $FRONTMAP_DATA, else the user data
directory). A command that records a review also rewrites events.csv and timeline.csv in the
data directory when a build wrote them there, so they follow the reviews as `frontmap status` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from frontmap import paths

_DATA_HELP = "Data directory (store, built CSVs). Default: $FRONTMAP_DATA, else the user data directory."
_EXCERPT_CHARS = 90


def _data(command):
    return click.option("--data", "data", type=click.Path(file_okay=False), default=None, help=_DATA_HELP)(command)


def _reviewer(command):
    from frontmap.review.access import default_reviewer

    return click.option("--reviewer", default=default_reviewer, show_default="the user",
                        help="Who reviews (kept in the log with each review).")(command)


class ReviewGroup(click.Group):
    """Turns review errors (unknown event, missing note, bad status...) into one clear CLI error."""

    def invoke(self, ctx: click.Context):
        from frontmap.review.model import ReviewError

        try:
            return super().invoke(ctx)
        except ReviewError as error:
            raise click.ClickException(str(error)) from None


def _open(data: str | None):
    from frontmap.store import Store

    return Store.open(paths.data_dir(data))


def _after_review(data: str | None, message: str) -> None:
    """Print `message` and bring the data directory's CSVs up to date with the reviews."""
    from frontmap.build import refresh_outputs

    click.echo(message)
    refresh_outputs(paths.data_dir(data))


@click.group(cls=ReviewGroup)
def review() -> None:
    """Analyst review: accept, reject, edit and add events; reviews win over the machine's reading."""


@review.command(name="list")
@click.option("--unreviewed", is_flag=True, help="List the unreviewed events that change the map, most urgent first.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_data
def list_command(unreviewed: bool, as_json: bool, data: str | None) -> None:
    """List the review log (and orphaned reviews), or the unreviewed events."""
    if unreviewed:
        _list_unreviewed(data, as_json)
        return
    from frontmap.review import orphaned
    from frontmap.review.log import read_full_log

    with _open(data) as store:
        log, orphans = read_full_log(store), orphaned(store)
    undone = log.undone()
    records = [{**r.to_row(), "fields": r.fields, "snapshot": r.snapshot, "undone": r.review_id in undone}
               for r in log.rows]
    if as_json:
        click.echo(json.dumps({"reviews": records, "orphans": [o.to_dict() for o in orphans]},
                              ensure_ascii=False, indent=1, default=str))
        return
    click.echo(f"{len(records)} reviews, {len(orphans)} orphaned events")
    for r in log.rows:
        flag = " (undone)" if r.review_id in undone else ""
        what = r.target if r.action == "undo" else _describe({**r.snapshot, **r.fields})
        click.echo(f"  {r.review_id}  {r.created_at[:19].replace('T', ' ')}  {r.reviewer:12} {r.action:6} "
                   f"{r.event_id}  {what}{flag}" + (f"  note: {r.note}" if r.note else ""))
    for orphan in orphans:
        click.echo(f"  orphaned: event {orphan.event_id} ({_describe(orphan.last_known)}) is no longer extracted; "
                   f"{orphan.state.review or 'no review'} in force; reviews {', '.join(r.review_id for r in orphan.state.rows)}"
                   + (f"; its article now gives {', '.join(orphan.successors)}" if orphan.successors else ""))


def _describe(event: dict) -> str:
    """Return place, status and date of an event dict in a few words."""
    parts = [str(event.get(k)) for k in ("place", "status", "event_date") if event.get(k)]
    return " ".join(parts) or "-"


def _list_unreviewed(data: str | None, as_json: bool) -> None:
    from frontmap.built import load_built
    from frontmap.review import review_queue

    queue = review_queue(load_built(paths.data_dir(data)))
    columns = ["event_id", "place", "district_id", "province_code", "status", "event_date", "confidence",
               "capital", "changes_state", "excerpt"]
    rows = [{c: _plain(row[c]) for c in columns} for row in queue.to_dict("records")]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    click.echo(f"{len(rows)} unreviewed events change the map (capitals and state changes first)")
    for row in rows:
        excerpt = row["excerpt"] if len(row["excerpt"]) <= _EXCERPT_CHARS else row["excerpt"][:_EXCERPT_CHARS] + "..."
        click.echo(f"  {row['event_id']}  {row['event_date'] or '-':10} {row['place']:20} {row['status']:10} "
                   f"{row['confidence']:.2f}  {excerpt}")


def _plain(value):
    """Return `value` as a JSON-ready plain value (dates ISO, numpy scalars as Python, missing None)."""
    import pandas as pd

    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    return None if value is None or pd.isna(value) else value


def _decision(action: str, done: str, note_help: str, doc: str) -> click.Command:
    """Return the command `frontmap review ACTION EVENT_ID [--note]` (accept or reject)."""

    @click.argument("event_id")
    @click.option("--note", default=None, help=note_help)
    @_reviewer
    @_data
    def command(event_id: str, note: str | None, reviewer: str, data: str | None) -> None:
        from frontmap import review as api

        with _open(data) as store:
            row = getattr(api, action)(store, event_id, note, reviewer)
        _after_review(data, f"{done} event {event_id} (review {row.review_id})")

    command.__doc__ = doc
    return review.command(name=action)(command)


accept = _decision("accept", "accepted", "Why (optional for accept).", "Mark event EVENT_ID checked and right (verified).")
reject = _decision("reject", "rejected", "Why the event is wrong (required).",
                   "Mark event EVENT_ID wrong: it no longer counts (its row stays in events.csv, marked).")


@review.command()
@click.argument("event_id")
@click.option("--status", default=None, help="The right status: taliban, contested, government or claimed.")
@click.option("--date", "day", default=None, help="The right event date, YYYY-MM-DD.")
@click.option("--place", default=None, help="The right place: a name ('Name, Province' if several), a district_id or AF-XXX.")
@click.option("--note", required=True, help="Why (required).")
@_reviewer
@_data
def edit(event_id: str, status: str | None, day: str | None, place: str | None, note: str, reviewer: str,
         data: str | None) -> None:
    """Correct the status, date or place of event EVENT_ID."""
    from frontmap import review as api

    where = api.resolve_place(place) if place else None
    with _open(data) as store:
        row = api.edit(store, event_id, note, reviewer, status=status, event_date=day, place=where)
    _after_review(data, f"edited event {event_id} (review {row.review_id})")


@review.command()
@click.option("--place", required=True, help="A name ('Name, Province' if several), a district_id or AF-XXX.")
@click.option("--status", required=True, help="taliban, contested, government or claimed.")
@click.option("--date", "day", required=True, help="The event date, YYYY-MM-DD.")
@click.option("--note", required=True, help="What you know and how (required).")
@click.option("--url", default="", help="The source's address (optional).")
@click.option("--quote", default="", help="The source's words (optional).")
@_reviewer
@_data
def add(place: str, status: str, day: str, note: str, url: str, quote: str, reviewer: str, data: str | None) -> None:
    """Record an event you know of that no article gave; prints the new event id."""
    from frontmap import review as api

    where = api.resolve_place(place)
    with _open(data) as store:
        event = api.add_manual(store, where, status, day, note, reviewer, url=url, quote=quote)
    _after_review(data, event.event_id)


@review.command()
@click.argument("review_id")
@click.option("--note", default=None, help="Why (optional).")
@_reviewer
@_data
def undo(review_id: str, note: str | None, reviewer: str, data: str | None) -> None:
    """Take back review REVIEW_ID (see `frontmap review list`)."""
    from frontmap import review as api

    with _open(data) as store:
        row = api.undo(store, review_id, reviewer, note)
    _after_review(data, f"undid review {review_id} (review {row.review_id})")


@review.command(name="export")
@click.argument("file", type=click.Path(dir_okay=False))
@_data
def export_command(file: str, data: str | None) -> None:
    """Write the whole review log to FILE (CSV)."""
    from frontmap.review import export_csv

    with _open(data) as store:
        count = export_csv(store, Path(file))
    click.echo(f"wrote {count} reviews to {file}")


@review.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_data
def import_command(file: str, as_json: bool, data: str | None) -> None:
    """Merge the reviews in FILE (another analyst's export); conflicts are listed, none lost."""
    from frontmap.review import import_csv

    with _open(data) as store:
        report = import_csv(store, Path(file))
    if as_json:
        click.echo(json.dumps({"added": report.added, "already": report.already, "refused": report.refused,
                               "conflicts": [c.to_dict() for c in report.conflicts]}, indent=1))
    else:
        click.echo(report.describe())
    from frontmap.build import refresh_outputs

    refresh_outputs(paths.data_dir(data))
