"""The pipeline: load -> segment -> summarise -> ground -> render, one batch of articles at a time.

A failure in one article is reported as that article's outcome; the others go on, and every memo
already written stays written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from .config import Settings
from .entities import extract_entities
from .errors import BriefingError
from .ground import Embed, ground
from .load import discover, load_articles
from .records import Document, EngineInfo, Memo, Summary
from .render import OutputFolder
from .segment import segment
from .summarise import Engine, create_engine

BATCH = 16  # articles per engine call: big enough to fill encoder batches, small enough to stream


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

    `embed` is the engine's sentence encoder when it has one: written points are then grounded by
    meaning as well as by shared words.
    """
    points = [replace(p, rank=n) for n, p in enumerate(ground(document, summary.points, embed))]
    if not points:
        raise BriefingError("the engine found no key points")
    bluf, rest = points[0], points[1:] or points[:1]
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
    for path in paths:
        try:
            articles = load_articles(path, settings.max_input_bytes)  # JSONL: one per record
        except BriefingError as exc:
            yield Outcome(path=path, error=str(exc))
            continue
        for article in articles:
            if article.sha256 in seen:
                warning = f"same content as {seen[article.sha256]}; skipped"
                yield Outcome(path=article.path, warning=warning)
                continue
            seen[article.sha256] = article.path
            yield segment(article)


def make_memos(
    paths: Sequence[Path], settings: Settings, engine: Engine | None = None
) -> Iterator[Outcome]:
    """Write a memo for every path; yield one outcome per path, in order, as each finishes."""
    output = OutputFolder(settings.output_dir)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    pending: list[Document] = []
    for item in read_documents(paths, settings):
        if isinstance(item, Outcome):
            yield item
            continue
        pending.append(item)
        if len(pending) >= BATCH:
            engine = engine or create_engine(settings)
            yield from _summarise_and_write(pending, engine, settings, output, now)
            pending = []
    if pending:
        engine = engine or create_engine(settings)
        yield from _summarise_and_write(pending, engine, settings, output, now)


def _summarise_and_write(
    documents: list[Document], engine: Engine, settings: Settings, output: OutputFolder, now: str
) -> Iterator[Outcome]:
    try:
        summaries = engine.summarise(documents, settings.points + 1)
    except BriefingError:
        # One article broke the batch: redo them one at a time so only that one fails.
        summaries = None
    for n, document in enumerate(documents):
        path = document.article.path
        try:
            if summaries is None:
                summary = engine.summarise([document], settings.points + 1)[0]
            else:
                summary = summaries[n]
            memo = build_memo(document, summary, engine.info, now, getattr(engine, "embed", None))
            written = output.write(memo, settings.formats, settings.templates_dir, settings.memo)
        except (BriefingError, OSError) as exc:
            yield Outcome(path=path, title=document.article.title, error=_reason(exc))
            continue
        yield Outcome(
            path=path,
            files=written.paths,
            title=document.article.title,
            points=len(memo.key_points),
            note=written.note,
            memo=memo,
            warning="; ".join(summary.warnings) or None,
        )


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"cannot write {exc.filename}: {exc.strerror}"
    return str(exc)


def make(inputs: Sequence[Path], settings: Settings | None = None) -> list[Outcome]:
    """Library entry point: memos for files and folders, as `briefing make` writes them."""
    settings = settings or Settings()
    return list(make_memos(list(discover(inputs)), settings))
