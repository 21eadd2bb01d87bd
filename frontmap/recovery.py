"""Start-up recovery: finish what a killed build or upload left in a data directory.

A build killed half-way (SIGKILL, power cut, a worker stopped by its server's timeout) leaves a
consistent store (every article is written in one transaction) but also a build never marked
finished, events.csv and timeline.csv that do not show the articles it stored, perhaps a
temporary CSV, and, for an upload, a folder under ``uploads/`` holding files that were never
stored. `recover` runs when the dashboard starts, and only when no build of any process is
running in the directory (see frontmap.locks). It finishes the killed builds (the outputs are
written again from the whole store, and each build is marked finished with what it did store)
and rolls back the rest of an interrupted upload: the files none of whose articles got into the
store are removed from its folder, so ``uploads/`` keeps the record of what was added and nothing
else. The user who sent them was never told they were added; they can send them again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from frontmap.intake.articles import CorpusRead, iter_corpus
from frontmap.intake.uploads import MANIFEST_NAME, UPLOADS_SUBDIR
from frontmap.locks import no_build_running, outputs_lock
from frontmap.paths import store_path
from frontmap.store import Store

log = logging.getLogger(__name__)

_TEMPORARY = (".events.csv.*.tmp", ".timeline.csv.*.tmp")


def recover(data_dir: Path | str, gazetteer=None) -> list[str]:
    """Finish the builds killed in `data_dir` and clean their staged uploads (see the module notes).

    Returns one line per thing done (empty when there was nothing to do, or when a build is
    running right now). `gazetteer` (loaded when needed and not given) places the timeline.
    """
    data = Path(data_dir)
    if not store_path(data).exists():
        return []
    try:
        done = _recover(data, gazetteer)
    except PermissionError as exc:  # a read-only data directory: served as it is, nothing to finish
        log.warning("recovery of %s skipped: %s", data, exc)
        return []
    for line in done:
        log.warning("recovery of %s: %s", data, line)
    return done


def _recover(data: Path, gazetteer) -> list[str]:
    """Do `recover`'s work unless a build is running; return what was done."""
    done: list[str] = []
    with no_build_running(data) as free:
        if not free:
            return []
        for pattern in _TEMPORARY:
            for leftover in data.glob(pattern):
                leftover.unlink(missing_ok=True)
                done.append(f"removed {leftover.name}, left by a build that did not finish")
        with Store.open(data) as store:
            done += _clean_staged_uploads(data / UPLOADS_SUBDIR, store)
            done += _finish_killed_builds(data, store, gazetteer)
    return done


def _finish_killed_builds(data: Path, store: Store, gazetteer) -> list[str]:
    """Write the outputs again and mark every unfinished build finished; return what was done."""
    unfinished = store.unfinished_builds()
    if not unfinished:
        return []
    from frontmap.build import BuildSummary, write_outputs  # late: build imports the whole pipeline
    from geodata.gazetteer import Gazetteer

    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
    done = []
    with outputs_lock(data):
        write_outputs(store, gazetteer, data, BuildSummary(corpus_dir=data, data_dir=data,
                                                            store_path=store_path(data)))
        for build in unfinished:
            articles, events = store.stored_by(build["build_id"])
            store.finish_build(build["build_id"], articles_new=articles, events_found=events)
            done.append(f"build {build['build_id']} of {build['corpus_dir']} (started {build['started_at']}) "
                        f"was interrupted; finished with the {articles} article(s) it had stored")
    return done


def _clean_staged_uploads(uploads: Path, store: Store) -> list[str]:
    """Remove, from every upload folder no finished build read, the files none of whose articles
    is stored (and the folder when nothing is left); return what was done."""
    if not uploads.is_dir():
        return []
    finished = {folder for folder, ok in store.build_dirs().items() if ok}
    done = []
    for folder in sorted(p for p in uploads.iterdir() if p.is_dir()):
        if str(folder.resolve()) in finished:
            continue
        removed = _remove_unstored(folder, store)
        if removed:
            done.append(f"{UPLOADS_SUBDIR}/{folder.name}: removed {removed} file(s) of an interrupted "
                        "upload that were never stored")
    return done


def _remove_unstored(folder: Path, store: Store) -> int:
    """Remove the files of `folder` none of whose articles is stored; return how many."""
    manifest = folder / MANIFEST_NAME
    stored: dict[str, bool] = {}
    for article in iter_corpus(folder, manifest if manifest.is_file() else None, CorpusRead()):
        stored[article.file] = stored.get(article.file, False) or store.has_article(article.article_id)
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.name != MANIFEST_NAME and not stored.get(path.name, False):
            path.unlink()
            removed += 1
    if removed and not any(p.name != MANIFEST_NAME for p in folder.iterdir()):
        manifest.unlink(missing_ok=True)
        folder.rmdir()
    return removed
