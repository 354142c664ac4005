"""Evaluate: ROUGE of each engine's key points against human references, Lead-3 alongside.

The protocol is the one in `../shared/eval/README.md`: `rouge-score` with stemming, F1 of rouge1,
rouge2 and rougeLsum, system and reference with one sentence or key point per line; an engine's
top `points` points are scored in reading order. Articles go through the same loader cleaning
(`load.parse_text`) and the same segmenter (`segment.segment`) as `briefing make`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .config import Settings
from .errors import ConfigError, InputError
from .language import with_mentions
from .load import parse_text
from .records import Document, Summary
from .segment import segment
from .summarise import create_engine

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
BATCH = 16  # documents per engine call


@dataclass(frozen=True)
class EvalItem:
    """One evaluation row: the segmented article and its reference summary (one sentence a line)."""

    id: str
    document: Document
    reference: str
    # Every reference the row has (writers_dev has 1-4); the protocol scores `reference` only.
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class EngineResult:
    """One engine's mean F1 scores (0..100) over the items, and the seconds its calls took."""

    engine: str
    model: str
    scores: dict[str, float]
    seconds: float
    documents: int
    mean_words: float  # words per key point: ROUGE F1 rewards length, so show it


def shared_dir() -> Path:
    """The shared data folder: $BRIEFING_SHARED, else `<repo root>/../shared`."""
    default = Path(__file__).resolve().parent.parent.parent / "shared"
    return Path(os.environ.get("BRIEFING_SHARED", default))


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    """Rows of an eval file; rows marked `duplicate_of` are skipped; at most `limit` rows."""
    rows: list[dict] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 (byte {exc.start})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {number} is not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or not row.get("article") or not row.get("summary"):
            raise InputError(path, f"line {number} needs non-empty 'article' and 'summary'")
        if row.get("duplicate_of"):
            continue
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def to_item(row: dict, number: int) -> EvalItem:
    """A row through the real loader and segmenter.

    The text handed to `parse_text` is a Markdown title line, a blank line and the article, so the
    loader never mistakes the article's first paragraph for a title. A row without a title gets an
    empty title (no headline), never one made from the article: that would leak the lead.
    """
    title = (row.get("title") or "").strip()
    ident = str(row.get("id") or number)
    text = f"# {title}\n\n{row['article']}"
    article = parse_text(text, path=Path(f"{ident}.txt"), sha256=ident)
    if not title:
        article = replace(article, title="")
    reference = row["summary"].strip()
    others = tuple(
        r.strip() for r in row.get("references") or () if isinstance(r, str) and r.strip()
    )
    # Named entities read as `briefing make` reads them (the loader's workers), so the engine
    # resolves pronouns from the same mentions.
    document = with_mentions(segment(article))
    return EvalItem(
        id=ident, document=document, reference=reference, references=others or (reference,)
    )


def load_items(path: Path, limit: int | None = None) -> list[EvalItem]:
    """The first `limit` usable rows: rows whose article has no sentence do not count."""
    items: list[EvalItem] = []
    for n, row in enumerate(read_jsonl(path), start=1):
        item = to_item(row, n)
        if item.document.sentences:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    return items


class CachedEncoder:
    """Wraps a sentence encoder so that engine variants in one run never re-encode a sentence."""

    def __init__(self, inner, cache: dict[str, np.ndarray] | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.precision = getattr(inner, "precision", "float32")
        self.cache: dict[str, np.ndarray] = {} if cache is None else cache

    @property
    def dimension(self) -> int:
        return int(self.inner.dimension)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing), strict=True):
                self.cache[text] = vector
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts])


def summaries_for(engine, documents: Sequence[Document], points: int) -> list[Summary]:
    out: list[Summary] = []
    for begin in range(0, len(documents), BATCH):
        out.extend(engine.summarise(documents[begin : begin + BATCH], points))
    return out


def reading_order(summary: Summary, points: int) -> list[str]:
    """The top `points` points, in the order their sentences appear in the article."""
    top = list(summary.points[:points])
    top.sort(key=lambda d: d.sentences[:1] or (1 << 30,))
    return [d.text for d in top]


def rouge_scorer():
    try:
        from rouge_score import rouge_scorer as scorer_module
    except ImportError as exc:
        raise ConfigError("`briefing eval` needs rouge-score: pip install rouge-score") from exc
    return scorer_module.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def article_scores(system: Sequence[Sequence[str]], references: Sequence[str]) -> np.ndarray:
    """F1 x 100 per article (rows) and ROUGE type (columns, in `ROUGE_TYPES` order)."""
    scorer = rouge_scorer()
    rows = []
    for lines, reference in zip(system, references, strict=True):
        result = scorer.score(reference, "\n".join(lines))
        rows.append([100.0 * result[kind].fmeasure for kind in ROUGE_TYPES])
    return np.array(rows, dtype=float).reshape(-1, len(ROUGE_TYPES))


def score(system: Sequence[Sequence[str]], references: Sequence[str]) -> dict[str, float]:
    """Mean F1 x 100 of each ROUGE type; each system is a list of lines (key points)."""
    per_article = article_scores(system, references)
    means = per_article.mean(0) if len(per_article) else np.zeros(len(ROUGE_TYPES))
    return {kind: float(value) for kind, value in zip(ROUGE_TYPES, means, strict=True)}


def evaluate(
    items: Sequence[EvalItem],
    engines: Iterable[str],
    points: int = 3,
    settings: Settings | None = None,
) -> Iterator[EngineResult]:
    """Each engine's scores on `items`, one engine at a time (sentence embeddings are shared)."""
    settings = settings or Settings()
    documents = [item.document for item in items]
    references = [item.reference for item in items]
    cache: dict[str, np.ndarray] = {}
    for name in engines:
        engine = create_engine(settings.replace(engine=name))
        if hasattr(engine, "encoder"):
            engine.encoder = CachedEncoder(engine.encoder, cache)
        started = time.perf_counter()
        summaries = summaries_for(engine, documents, points)
        seconds = time.perf_counter() - started
        system = [reading_order(s, points) for s in summaries]
        words = [len(line.split()) for lines in system for line in lines]
        yield EngineResult(
            engine=name,
            model=engine.info.model,
            scores=score(system, references),
            seconds=seconds,
            documents=len(documents),
            mean_words=float(np.mean(words)) if words else 0.0,
        )


def format_table(results: Sequence[EngineResult], dataset: str, points: int) -> str:
    """A Markdown table: one row per engine, the first row (Lead-k) as the bar to beat."""
    if not results:
        return ""
    lines = [
        f"{dataset}: {results[0].documents} articles, {points} key points, ROUGE F1 (x100)",
        "",
        "| engine | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words/point | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        s = r.scores
        name = f"lead (Lead-{points})" if r.engine == "lead" else r.engine
        lines.append(
            f"| {name} | {s['rouge1']:.2f} | {s['rouge2']:.2f} | {s['rougeLsum']:.2f} "
            f"| {r.mean_words:.1f} | {r.seconds:.1f} |"
        )
    return "\n".join(lines)


def to_json(results: Sequence[EngineResult], dataset: str, points: int) -> str:
    return json.dumps(
        {
            "dataset": dataset,
            "points": points,
            "results": [
                {
                    "engine": r.engine,
                    "model": r.model,
                    "documents": r.documents,
                    "seconds": round(r.seconds, 3),
                    "words_per_point": round(r.mean_words, 2),
                    **{k: round(v, 4) for k, v in r.scores.items()},
                }
                for r in results
            ],
        },
        indent=2,
    )
