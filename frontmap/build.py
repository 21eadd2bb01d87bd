"""Build: corpus -> articles -> mentions + events (stored) -> timeline -> events.csv, timeline.csv.

`build_corpus` reads a corpus, extracts mentions and events for each article not yet in the data
directory's store (each article written in one transaction), then rebuilds the timeline from
every event in the store and writes the two CSVs atomically. `load_built` gives the dashboard
and the exports what a build left: articles, events (joined with their articles) and the
timeline, with `sources_for` for the sources panel.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from frontmap import outputs, paths
from frontmap.budget import (
    ENV_ARTICLE_SECONDS,
    BudgetedExtractor,
    ExtractionTimedOut,
    article_seconds,
)
from frontmap.engines import Engine, SerialEngine
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.memo import article_scope
from frontmap.extract.reading_limits import Extraction, ReadingCuts
from frontmap.extract.text import split_sentences, text_view
from frontmap.intake.articles import Article, CorpusPlan, CorpusRead, SkippedFile, articles_from, plan_corpus
from frontmap.intake.stories import group_stories, story_signature
from frontmap.intake.yearless import undated_lines, undated_reason
from frontmap.locks import build_running, outputs_lock
from frontmap.outputs import (  # noqa: F401  (re-exported: the CSVs' names, columns and writers)
    EVENTS_CSV,
    EVENTS_CSV_COLUMNS,
    TIMELINE_CSV,
    events_csv_frame,
    timeline_from_store,
    timeline_span,
    write_csv_atomic,
    write_csv_pieces_atomic,
)
from frontmap.store import Store
from frontmap.store_rows import ArticleRows, article_rows
from frontmap.story_checks import StoryChecks, ahead_on
from frontmap.story_bands import read_bands, write_bands
from geodata import gazetteer as gazetteer_module
from geodata.gazetteer import Gazetteer

log = logging.getLogger(__name__)

_MAX_WARNINGS_SHOWN = 30
#: Articles written to the store in one transaction: a commit each would cost more than the writes.
WRITE_BATCH = 32


@dataclass
class BuildSummary:
    """What one build did: articles read/new/already stored, files skipped, events, CSV paths."""

    corpus_dir: Path
    data_dir: Path
    store_path: Path
    articles_read: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_already_stored: int = 0
    articles_failed: int = 0
    articles_over_budget: int = 0  # skipped: their extraction ran past the per-article time budget
    articles_read_in_part: int = 0  # stored, but the reading limits left some of their text unread
    events_found: int = 0
    articles_total: int = 0
    events_total: int = 0
    districts_with_state: int = 0
    events_undated: int = 0  # in the whole store
    undated_articles: dict[str, list[str]] = field(default_factory=dict)  # reason -> articles (this build)
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events_csv: Path | None = None
    timeline_csv: Path | None = None

    def describe(self) -> str:
        """Return the summary as a few human-readable lines (for the CLI)."""
        lines = [
            f"articles read: {self.articles_read} (new {self.articles_new}, updated {self.articles_updated}, "
            f"already stored {self.articles_already_stored}, failed {self.articles_failed}, "
            f"over the time budget {self.articles_over_budget}, read in part {self.articles_read_in_part})",
            f"files skipped: {len(self.skipped)}",
            *(f"  {s.file}: {s.reason}" for s in self.skipped),
            f"events found: {self.events_found} (store now holds {self.events_total} events "
            f"from {self.articles_total} articles)",
            *undated_lines(self.events_undated, self.events_total, self.undated_articles),
            f"districts with a known state: {self.districts_with_state}",
        ]
        others = [w for w in self.warnings if not w.startswith("skipped ")]  # skips are listed above
        lines.append(f"warnings: {len(others)}")
        lines.extend(f"  {w}" for w in others[:_MAX_WARNINGS_SHOWN])
        if len(others) > _MAX_WARNINGS_SHOWN:
            lines.append(f"  ... and {len(others) - _MAX_WARNINGS_SHOWN} more")
        lines.append(f"wrote {self.events_csv} and {self.timeline_csv}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready plain values."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, Path):
                data[key] = str(value)
        return data


Extractor = Callable[[Article], tuple[Sequence[Any], Sequence[Any]]]


class PipelineExtractor:
    """The standard extractor: mentions then events (sentences split once for both), the
    automaton built once.

    `fingerprint` identifies the extraction code and data (a hash of `frontmap.extract` and the
    gazetteer's code and tables): articles stored under another fingerprint are extracted again,
    so a build after an upgrade never keeps events the current rules would not find.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.finder = MentionFinder(gazetteer)
        self.fingerprint = extraction_fingerprint()

    def __call__(self, article: Article) -> Extraction:
        sentences = split_sentences(article.text)  # split and lower-case once, for both stages
        view = text_view(article.text)
        cuts = ReadingCuts()
        with article_scope():  # what the reading works out more than once, kept for this article only
            mentions = self.finder.find(article, sentences, view, cuts)
            return Extraction(mentions, extract_events(article, mentions, sentences, view, cuts), cuts.note())


class SigningExtractor:
    """An extractor that also returns the article's story signature (stories.story_signature), and
    its mentions and events as the rows the store writes (store_rows.ArticleRows), so that both
    are made wherever the extraction runs (a worker), not by the build's own process, which
    receives plain rows; its results are (rows, signature, note of what the reading limits left
    unread: the Extraction's `cut_short`, "" when all was read)."""

    def __init__(self, extract: Extractor):
        self.extract = extract
        self.fingerprint = getattr(extract, "fingerprint", "")

    def __call__(self, article: Article) -> tuple[ArticleRows, bytes, str]:
        extracted = self.extract(article)
        mentions, events = extracted
        rows = article_rows(article.article_id, mentions, events)
        return rows, story_signature(article.text), getattr(extracted, "cut_short", "")


def extraction_fingerprint() -> str:
    """Return 16 hex digits hashing the extraction code (`frontmap.extract`) and the gazetteer's code
    and tables: what decides which events an article yields, and nothing else."""
    extract = Path(__file__).resolve().parent / "extract"
    places = Path(gazetteer_module.__file__).resolve().parent
    sources = [*extract.glob("*.py"), places / "gazetteer.py", *places.glob("gazetteer_*.py"),
               places / "normalize.py", places / "names.py", *places.glob("data/*")]
    digest = hashlib.sha256()
    for path in sorted(source for source in sources if source.is_file()):
        root = extract.parent if extract in path.parents else places
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_corpus(
    corpus_dir: Path | str = paths.SAMPLE_CORPUS,
    manifest: Path | str | None = None,
    data_dir: Path | str | None = None,
    out_dir: Path | str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    extract: Extractor | None = None,
    columns: Mapping[str, str] | None = None,
    article_budget: float | None | str = "environment",
    engine: Engine | None = None,
    today: dt.date | None = None,
) -> BuildSummary:
    """Ingest `corpus_dir` into the data directory's store, rebuild the timeline, write the CSVs.

    Returns a BuildSummary. `manifest` defaults to corpus_dir/manifest.csv, `data_dir` to
    paths.data_dir(), `out_dir` (where events.csv and timeline.csv go) to the data directory.
    `gazetteer` defaults to Gazetteer.load(); `extract` (article -> (mentions, events)) to
    PipelineExtractor(gazetteer) (an extractor's `fingerprint` attribute, if any, is stored with
    each article). Articles already stored unchanged by the same extractor are not extracted
    again; a file that cannot be read or an article whose extraction fails is reported, and the
    build goes on. `columns` names the columns of article tables (tables.parse_columns).
    `article_budget` is the seconds one article's extraction may take (None: no
    limit; by default $FRONTMAP_ARTICLE_SECONDS, see frontmap.budget): an article past it is
    skipped with its reason. Builds into one data directory may run at once (threads or
    processes): they write the outputs and record their end one at a time.
    `engine` (frontmap.engines.make_engine) runs the extraction in worker processes or on a Dask
    cluster; the store is still written here, in corpus order, so the output is the same as the
    default's (this process, one article at a time). A publication date after `today` (default:
    the real today) is refused, its article kept undated (frontmap.intake.publication).
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise NotADirectoryError(f"corpus_dir: expected a folder of .txt files, got {corpus_dir}")
    data = paths.data_dir(data_dir)
    out = Path(out_dir) if out_dir is not None else data
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
    extract = extract if extract is not None else PipelineExtractor(gazetteer)
    budget = article_seconds() if article_budget == "environment" else article_budget
    report = CorpusRead()
    summary = BuildSummary(corpus_dir=corpus_dir, data_dir=data, store_path=paths.store_path(data))
    with build_running(data), Store.open(data) as store:
        build_id = store.begin_build(corpus_dir.resolve())
        plan = plan_corpus(corpus_dir, Path(manifest) if manifest else None, report, columns, today)
        extract = SigningExtractor(BudgetedExtractor(extract, budget))
        with ExitStack() as outputs:  # the outputs lock outlives the workers: they are done after grouping
            with _serving(engine, {"read": plan.read, "extract": extract, "stories": StoryChecks(store.path)}) as pool:
                _read_and_ingest(store, plan, extract, build_id, summary, report, engine, pool)
                outputs.enter_context(outputs_lock(data))
                _group_stories(store, pool)
            write_outputs(store, gazetteer, out, summary, build_id)
            _finish_build(store, build_id, summary, report)
    return summary


def _serving(engine: Engine | None, tasks: Mapping[str, Callable[[Any], Any]]) -> AbstractContextManager:
    """Return `engine.serving(tasks)` for an engine that can keep a pool of workers for the whole
    build (a local pool: it reads the files, extracts, and makes story grouping's comparisons
    ahead), else a context giving None (everything but the extraction runs in this process)."""
    return engine.serving(tasks) if hasattr(engine, "serving") else nullcontext(None)


def _read_and_ingest(
    store: Store, plan: CorpusPlan, extract: Extractor, build_id: int,
    summary: BuildSummary, report: CorpusRead, engine: Engine | None = None, pool: Any = None,
) -> None:
    """Read the corpus of `plan` and ingest its articles (_ingest_articles). A `pool` (a serving
    local engine) reads the files in its workers too, so this process only receives the articles;
    otherwise they are read here (a Dask cluster's workers need no access to the corpus)."""
    if pool is None:
        reads = ((source, functools.partial(plan.read, source)) for source in plan.sources)
        _ingest_articles(store, articles_from(plan, reads, report), extract, build_id, summary, report, engine)
        return
    articles = articles_from(plan, pool.run_each("read", plan.sources), report)
    _ingest_articles(store, articles, extract, build_id, summary, report, pool)


def _ingest_articles(
    store: Store, articles: Iterable[Article], extract: Extractor, build_id: int,
    summary: BuildSummary, report: CorpusRead, engine: Engine | None = None,
) -> None:
    """Extract (on `engine`, default this process) and store every article not already stored by
    the same extractor, in corpus order, WRITE_BATCH articles a transaction, counting each outcome
    in `summary`; an article whose extraction fails or runs past its budget is reported and
    skipped. What was extracted before an error (a lost engine) is still stored."""
    fingerprint = str(getattr(extract, "fingerprint", ""))
    unstored = _unstored(store, articles, fingerprint, summary)
    pending: list[tuple[Article, str, ArticleRows, bytes]] = []
    try:
        for article, state, extracted in (engine or SerialEngine()).extract_each(extract, unstored):
            outcome = _outcome(article, extracted, summary, report)
            if outcome is not None:
                pending.append((article, state, *outcome))
            if len(pending) >= WRITE_BATCH:
                batch, pending = pending, []
                _store_batch(store, batch, build_id, fingerprint, summary)
    finally:
        _store_batch(store, pending, build_id, fingerprint, summary)


def _outcome(article: Article, extracted: Callable[[], tuple[ArticleRows, bytes, str]],
             summary: BuildSummary, report: CorpusRead) -> tuple[ArticleRows, bytes] | None:
    """Return the article's (rows, story signature), or None when its extraction failed or ran past its
    budget (reported and counted in `summary`, as an article the reading limits read in part is)."""
    try:
        rows, signature, cut_short = extracted()
        if cut_short:
            report.warn(f"{_where(article)}: {cut_short}")
            summary.articles_read_in_part += 1
        return rows, signature
    except ExtractionTimedOut as exc:
        report.warn(f"{_where(article)}: skipped: {exc} (${ENV_ARTICLE_SECONDS}); article not stored")
        summary.articles_over_budget += 1
    except Exception as exc:  # one article's failure must not stop the corpus
        log.debug("extraction failed for %s", _where(article), exc_info=True)
        report.warn(f"{_where(article)}: extraction failed ({type(exc).__name__}: {exc}); article not stored")
        summary.articles_failed += 1
    return None


def _where(article: Article) -> str:
    return article.file if article.item is None else f"{article.file} item {article.item}"


def _store_batch(store: Store, batch: list[tuple[Article, str, ArticleRows, bytes]],
                 build_id: int, fingerprint: str, summary: BuildSummary) -> None:
    """Write `batch` ((article, state, rows, story signature)) in one transaction, counting it in
    `summary`."""
    if not batch:
        return
    written = store.add_articles([(article, *extracted) for article, _, *extracted in batch], build_id, fingerprint)
    for (article, state, rows, _), found in zip(batch, written):
        summary.events_found += found
        if rows.undated():
            summary.undated_articles.setdefault(undated_reason(article), []).append(_where(article))
        if state == "new":
            summary.articles_new += 1
        else:
            summary.articles_updated += 1


def _group_stories(store: Store, pool: Any = None) -> None:
    """Group the articles not yet in a story (new, extracted again, or stored before stories
    were) with each other and with the stored stories; the stored ones are not compared again.
    A `pool` serving StoryChecks makes the likeliest comparisons ahead (story_checks)."""
    ungrouped = store.ungrouped_texts()
    first = next(ungrouped, None)  # most builds of a big store: a few new articles, or none
    if first is not None:
        grouping = group_stories(itertools.chain((first,), ungrouped), store.story_signatures(), store.article_text,
                                 ahead_on(pool) if pool is not None else None, read_bands(store))
        store.set_stories(grouping.story_of, grouping.signatures)
        if grouping.bands is not None:
            write_bands(store, grouping.bands)


def _unstored(
    store: Store, articles: Iterable[Article], fingerprint: str, summary: BuildSummary,
) -> Iterator[tuple[Article, str]]:
    """Yield (article, "new" or "changed") for each article the store lacks or holds from another
    extraction, counting every article read, and those already stored, in `summary`."""
    for article in articles:
        summary.articles_read += 1
        state = store.article_state(article, fingerprint)
        if state == "stored":
            summary.articles_already_stored += 1
            continue
        yield article, state


def write_outputs(store: Store, gazetteer: Gazetteer, out: Path, summary: BuildSummary,
                  build_id: int | None = None) -> None:
    """Write events.csv and timeline.csv to `out` from the store, reviews applied (merged with the
    previous ones when they allow it: frontmap.outputs); returns nothing (the totals and paths go
    into `summary`). `build_id` is the build writing them, if any."""
    written = outputs.write_outputs(store, gazetteer.districts(), out, build_id)
    summary.articles_total = store.count("articles")
    summary.events_total = store.count("events")
    summary.events_undated = store.count_undated_events()
    summary.districts_with_state = written.districts_with_state
    summary.events_csv, summary.timeline_csv = written.events_csv, written.timeline_csv


def refresh_outputs(data_dir: Path | str | None = None, gazetteer: Gazetteer | None = None) -> bool:
    """Rewrite events.csv and timeline.csv in the data directory from its store (after reviews)
    when a build wrote them there; return True if they were rewritten."""
    data = paths.data_dir(data_dir)
    if not (data / EVENTS_CSV).exists():
        return False
    summary = BuildSummary(corpus_dir=data, data_dir=data, store_path=paths.store_path(data))
    with outputs_lock(data), Store.open(data) as store:
        write_outputs(store, gazetteer if gazetteer is not None else Gazetteer.load(), data, summary)
    return True


def _finish_build(store: Store, build_id: int, summary: BuildSummary, report: CorpusRead) -> None:
    """Copy what the corpus read reported into `summary` and mark the build finished in the store."""
    summary.skipped = list(report.skipped)
    summary.warnings = list(report.warnings)
    store.finish_build(
        build_id,
        articles_read=summary.articles_read,
        articles_new=summary.articles_new,
        articles_updated=summary.articles_updated,
        files_skipped=len(report.skipped),
        events_found=summary.events_found,
    )
