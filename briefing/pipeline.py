"""The pipeline: load -> segment -> summarise -> ground -> render, one batch of articles at a time.

A failure in one article is reported as that article's outcome; the others go on, and every memo
already written stays written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import TemplateError

from .cache import CachedSummary, SummaryCache
from .config import Settings
from .entities import extract_entities
from .errors import BriefingError, InputError
from .ground import Embed, ground
from .load import discover
from .prepare import documents
from .records import Document, EngineInfo, Memo, Summary
from .render import OutputFolder
from .summarise import Engine, create_engine

BATCH = 32  # articles per engine call: big enough to fill encoder batches, small enough to stream


@dataclass(frozen=True)
class Outcome:
    """What became of one input file."""

    path: Path
    files: tuple[Path, ...] = ()
    title: str | None = None
    points: int = 0
    error: str | None = None
    warning: str | None = None
    note: str | None = None  # what layout left out to fit one page
    memo: Memo | None = None  # for the digest

    @property
    def ok(self) -> bool:
        return self.error is None


def build_memo(
    document: Document, summary: Summary, engine: EngineInfo, now: str, embed: Embed | None = None
) -> Memo:
    """The memo for one document: the best point is the bottom line, the rest are key points.

    `embed` is a sentence encoder: points an engine wrote (rather than picked) are then grounded by
    meaning as well as by shared words.
    """
    points = [replace(p, rank=n) for n, p in enumerate(ground(document, summary.points, embed))]
    if not points:
        raise BriefingError("the engine found no key points")
    bluf, rest = points[0], points[1:]  # one point: a bottom line, and no key points to repeat it
    background = " ".join(d.text for d in summary.background)
    return Memo(
        document=document,
        bluf=bluf,
        key_points=tuple(sorted(rest, key=lambda p: (p.paragraph, p.sentences))),
        background=background,
        engine=engine,
        generated_at=now,
        entities=extract_entities(document),
    )


def read_documents(paths: Iterable[Path], settings: Settings) -> Iterator[Document | Outcome]:
    """Each path as a segmented document, or as a failed outcome saying why not."""
    seen: dict[str, Path] = {}
    paths = list(paths)
    for path, item in zip(paths, documents(paths, settings.max_input_bytes), strict=True):
        if isinstance(item, str):
            yield Outcome(path=path, error=item)
            continue
        for document in item:  # a JSONL file holds one article per record
            if isinstance(document, str):  # a record that could not be read
                yield Outcome(path=path, error=document)
                continue
            article = document.article
            if article.sha256 in seen:
                warning = f"same content as {seen[article.sha256]}; skipped"
                yield Outcome(path=article.path, warning=warning)
                continue
            seen[article.sha256] = article.path
            yield document


def make_memos(
    paths: Sequence[Path], settings: Settings, engine: Engine | None = None
) -> Iterator[Outcome]:
    """Write a memo for every path; yield one outcome per path, in order, as each finishes.

    Documents whose summary is in the cache skip the engine; when all of them do, the engine
    (and its model) is never created.
    """
    output = OutputFolder(settings.output_dir)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    cache = SummaryCache.for_settings(settings)
    points = settings.points + 1  # the bottom line plus the key points
    pending: list[tuple[Document, CachedSummary | None]] = []
    misses = 0
    loading: Future[Engine] | None = None
    for item in read_documents(paths, settings):
        if isinstance(item, Outcome):
            yield item
            continue
        cached = cache.get(item, points) if cache is not None else None
        if cached is None and engine is None and loading is None:
            loading = preload_engine(settings)
        if cached is not None and not pending:
            yield _write(item, cached.summary, cached.engine, settings, output, now)
            continue
        pending.append((item, cached))  # a hit waits behind earlier misses: outcomes stay in order
        misses += cached is None
        # Flush a full engine batch, or a long queue of hits waiting behind a few misses.
        if misses >= BATCH or len(pending) >= 8 * BATCH:
            engine = engine or _ready(loading, settings)
            yield from _summarise_and_write(pending, engine, cache, settings, output, now)
            pending, misses = [], 0
    if pending:
        engine = engine or _ready(loading, settings)
        yield from _summarise_and_write(pending, engine, cache, settings, output, now)


def preload_engine(settings: Settings) -> Future[Engine]:
    """Start building the engine in a background thread.

    Importing torch and transformers and loading the model take seconds of CPU, most of it
    Python holding the GIL. Started at the first cache miss, that work overlaps with loading and
    segmenting the articles, which run in worker processes for a large batch.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-engine")
    loading = pool.submit(create_engine, settings)
    pool.shutdown(wait=False)  # the thread ends when the engine is built
    return loading


def _ready(loading: Future[Engine] | None, settings: Settings) -> Engine:
    """The engine: the one being preloaded (its errors are raised here), or a new one."""
    return loading.result() if loading is not None else create_engine(settings)


def _summarise_and_write(
    pending: list[tuple[Document, CachedSummary | None]],
    engine: Engine,
    cache: SummaryCache | None,
    settings: Settings,
    output: OutputFolder,
    now: str,
) -> Iterator[Outcome]:
    points = settings.points + 1
    todo = [document for document, cached in pending if cached is None]
    try:
        fresh: Iterator[Summary] | None = iter(engine.summarise(todo, points))
    except BriefingError:
        # One article broke the batch: redo them one at a time so only that one fails.
        fresh = None
    for document, cached in pending:
        if cached is not None:
            yield _write(document, cached.summary, cached.engine, settings, output, now)
            continue
        try:
            summary = next(fresh) if fresh is not None else engine.summarise([document], points)[0]
        except BriefingError as exc:
            path, title = document.article.path, document.article.title
            yield Outcome(path=path, title=title, error=_reason(path, exc))
            continue
        if cache is not None:
            cache.put(document, points, summary, engine.info)
        yield _write(document, summary, engine.info, settings, output, now)


def _write(
    document: Document,
    summary: Summary,
    engine: EngineInfo,
    settings: Settings,
    output: OutputFolder,
    now: str,
) -> Outcome:
    path, title = document.article.path, document.article.title
    try:
        memo = build_memo(document, summary, engine, now, _grounding_encoder(settings))
        written = output.write(memo, settings.formats, settings.templates_dir, settings.memo)
    except (BriefingError, OSError) as exc:
        return Outcome(path=path, title=title, error=_reason(path, exc))
    except TemplateError as exc:  # a user's own template: it fails this memo, not the run
        where = f" {exc.name}" if getattr(exc, "name", None) else ""
        return Outcome(path=path, title=title, error=f"{path}: template{where}: {exc}")
    return Outcome(
        path=path,
        files=written.paths,
        title=title,
        points=len(memo.key_points),
        note=written.note,
        memo=memo,
        warning="; ".join(summary.warnings) or None,
    )


def _grounding_encoder(settings: Settings) -> Embed:
    """The default sentence encoder, loaded only if a written (abstractive) point needs grounding.

    Grounding does not depend on whether a summary came from the engine or from the cache.
    """

    def embed(texts: Sequence[str]):
        from .summarise.encoder import SentenceEncoder

        return SentenceEncoder.from_settings(settings).encode(texts)

    return embed


def _reason(path: Path, exc: Exception) -> str:
    """One line naming the input and what went wrong with it."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{path}: cannot write {exc.filename}: {exc.strerror}"
    if isinstance(exc, InputError):
        return str(exc)  # names its file already
    return f"{path}: {exc}"


def make(inputs: Sequence[Path], settings: Settings | None = None) -> list[Outcome]:
    """Library entry point: memos for files and folders, as `briefing make` writes them."""
    settings = settings or Settings()
    return list(make_memos(list(discover(inputs)), settings))
