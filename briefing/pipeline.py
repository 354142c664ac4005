"""The pipeline: load -> segment -> summarise -> ground -> render, one batch of articles at a time.

A failure in one article is reported as that article's outcome; the others go on, and every memo
already written stays written.
"""

from __future__ import annotations

from collections import deque
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
from .records import Document, Draft, EngineInfo, Memo, Summary
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
    (and its model) is never created. The engine works on a thread of its own (`EngineLane`):
    while it summarises one batch, this thread reads the next documents and writes the memos of
    the batch before.
    """
    output = OutputFolder(settings.output_dir)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    cache = SummaryCache.for_settings(settings)
    points = settings.points + 1  # the bottom line plus the key points
    lane: EngineLane | None = None
    batches: deque[Batch] = deque()  # sent to the engine, memos not yet written: oldest first
    pending: list[tuple[Document, CachedSummary | None]] = []
    misses = 0

    def write_done(wait: bool) -> Iterator[Outcome]:
        while batches and (wait or batches[0].done()):
            yield from _write_batch(batches.popleft(), cache, settings, output, now)

    try:
        for item in read_documents(paths, settings):
            if isinstance(item, Outcome):
                yield item
                continue
            cached = cache.get(item, points) if cache is not None else None
            if cached is None and lane is None:
                lane = EngineLane(settings, engine)  # starts loading the model
            if cached is not None and not pending and not batches:
                yield _write(item, cached.summary, cached.engine, settings, output, now)
                continue
            # A hit waits behind earlier misses: outcomes stay in order.
            pending.append((item, cached))
            misses += cached is None
            # Send a full engine batch, or a long queue of hits waiting behind a few misses.
            if misses >= BATCH or len(pending) >= 8 * BATCH:
                if not batches and lane is not None and len(paths) > BATCH:
                    _prepare_layout(pending[0][0], settings)  # while the engine starts up
                batches.append(Batch.of(pending, lane, points))
                pending, misses = [], 0
                # Write what the engine has finished; wait only when far enough ahead of it.
                yield from write_done(wait=len(batches) > BATCHES_AHEAD)
        if pending:
            batches.append(Batch.of(pending, lane, points))
        yield from write_done(wait=True)
    finally:
        if lane is not None:
            lane.close()


BATCHES_AHEAD = 3  # batches read and queued for the engine before the oldest must be written


@dataclass(frozen=True)
class Batch:
    """Documents in input order, with their cached summaries, and the engine's work on the misses.

    `fresh` gives, for each miss in order, its summary (with the engine's name and model) or
    the error that kept it from one.
    """

    entries: list[tuple[Document, CachedSummary | None]]
    fresh: Future[Summarised] | None

    @classmethod
    def of(
        cls, entries: list[tuple[Document, CachedSummary | None]], lane: EngineLane | None, k: int
    ) -> Batch:
        todo = [document for document, cached in entries if cached is None]
        return cls(entries, lane.summarise(todo, k) if todo and lane is not None else None)

    def done(self) -> bool:
        return self.fresh is None or self.fresh.done()


class EngineLane:
    """The engine on a thread of its own: built at once in the background, then fed batches.

    Importing torch and loading the model take a second or more of CPU, and encoding a batch
    takes longer; on this thread, both overlap with loading articles (in worker processes for a
    large batch) and with writing memos (layout is pure Python, the encoder mostly native code
    that runs without the GIL). Batches are summarised one at a time, in the order sent.
    """

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-engine")
        self._engine = self._thread.submit(lambda: engine or create_engine(settings))

    def summarise(self, documents: list[Document], points: int) -> Future[Summarised]:
        return self._thread.submit(_summarise_each, self._engine, documents, points)

    def close(self) -> None:
        """Drop the batches not yet started (a run stopped early); the one running finishes."""
        self._thread.shutdown(wait=False, cancel_futures=True)


Summarised = list[CachedSummary | BriefingError]


def _summarise_each(engine: Future[Engine], documents: list[Document], points: int) -> Summarised:
    """Each document's summary, or the error that kept it from one; the engine's own errors
    (a model that cannot load, a bad setting) are raised."""
    built = engine.result()
    try:
        return [CachedSummary(s, built.info) for s in built.summarise(documents, points)]
    except BriefingError:
        pass  # one article broke the batch: redo them one at a time so only that one fails
    results: Summarised = []
    for document in documents:
        try:
            results.append(CachedSummary(built.summarise([document], points)[0], built.info))
        except BriefingError as exc:
            results.append(exc)
    return results


def _write_batch(
    batch: Batch,
    cache: SummaryCache | None,
    settings: Settings,
    output: OutputFolder,
    now: str,
) -> Iterator[Outcome]:
    points = settings.points + 1
    fresh = iter(batch.fresh.result() if batch.fresh is not None else ())
    for document, cached in batch.entries:
        if cached is not None:
            yield _write(document, cached.summary, cached.engine, settings, output, now)
            continue
        result = next(fresh)
        if isinstance(result, BriefingError):
            path, title = document.article.path, document.article.title
            yield Outcome(path=path, title=title, error=_reason(path, result))
            continue
        if cache is not None:
            cache.put(document, points, result.summary, result.engine)
        yield _write(document, result.summary, result.engine, settings, output, now)


def _prepare_layout(document: Document, settings: Settings) -> None:
    """Ready the one-page proofs for a batch of memos now, while the engine is busy, if memos
    will be laid out (see `layout.prepare`): a memo of the document's first sentence stands in
    for the memos to come, which share its page and template."""
    if {"html", "pdf"} & set(settings.formats) and document.sentences:
        from .layout import prepare

        first = Summary(points=(Draft(document.sentences[0].text, (0,)),))
        stand_in = build_memo(document, first, EngineInfo("extractive", "-"), "-")
        prepare(stand_in, settings.templates_dir, settings.memo)


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
