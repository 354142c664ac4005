"""Digest: one memo across every article of a run, built from the memos the pipeline made.

Each memo already ranks its points (the bottom line first). The digest takes points rank level by
rank level (every article's bottom line, then every article's next point, ...), so each article's
own ranking decides what it contributes. Inside a level, a fact that other articles also report
comes first, then the one closest to what the other articles say. A point that says the same as
one already chosen (sentence-encoder cosine at or above `SAME_FACT`) is not repeated: its article
is added to that point's citations instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .config import Settings
from .errors import BriefingError
from .records import Article, EngineInfo, Memo
from .render import DIGEST_PREFIX, Page, Written, render_data, safe_link, write_atomic

# Cosine of two MiniLM sentence embeddings at or above which two points state the same fact.
# On 8 hand-written pairs, paraphrases of one fact scored 0.74-0.98 ("signed a memorandum of
# understanding on defence cooperation" vs "signed a defence cooperation MoU": 0.74) and related
# but distinct facts about the same story 0.32-0.56: the threshold sits in that gap.
SAME_FACT = 0.7
MAX_POINTS = 12  # candidates handed to layout, which keeps as many as fit the page

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class DigestPoint:
    text: str
    citations: tuple[tuple[int, int], ...]  # (article number in the sources list, paragraph)
    rank: int  # 0 = the digest's bottom line; layout drops the highest first


@dataclass(frozen=True)
class DigestSource:
    article: Article
    memo_file: str | None = None  # the article's own HTML memo, beside the digest


@dataclass(frozen=True)
class Digest:
    date: str
    sources: tuple[DigestSource, ...]
    bluf: DigestPoint
    key_points: tuple[DigestPoint, ...]
    engine: EngineInfo
    generated_at: str


@dataclass(frozen=True)
class _Candidate:
    text: str
    article: int
    paragraph: int
    rank: int


def build_digest(
    memos: Sequence[Memo],
    embed: Embed,
    points: int,
    memo_files: dict[str, str | None] | None = None,
) -> Digest:
    """The digest of `memos`: up to `points` distinct facts (at least one per article if room)."""
    if not memos:
        raise BriefingError("no memos to make a digest of")
    candidates = [
        _Candidate(point.text, number, point.paragraph, point.rank)
        for number, memo in enumerate(memos, start=1)
        for point in sorted((memo.bluf, *memo.key_points), key=lambda p: p.rank)
    ]
    vectors = embed([c.text for c in candidates])
    similarity = vectors @ vectors.T
    same = similarity >= SAME_FACT
    articles = np.array([c.article for c in candidates])
    # Among points of equal rank: first those other articles also report (corroboration), then
    # those closest to what the other articles say (centrality), so the bottom line is the fact
    # most representative of the whole run.
    reported_by = [len(set(articles[same[i]]) - {c.article}) for i, c in enumerate(candidates)]
    others = articles[None, :] != articles[:, None]
    centrality = np.where(others, similarity, 0.0).sum(1) / np.maximum(others.sum(1), 1)
    order = sorted(
        range(len(candidates)),
        key=lambda i: (candidates[i].rank, -reported_by[i], -centrality[i], candidates[i].article),
    )
    chosen: list[int] = []
    citations: dict[int, list[tuple[int, int]]] = {}
    for i in order:
        twin = next((j for j in chosen if same[i, j]), None)
        cite = (candidates[i].article, candidates[i].paragraph)
        if twin is not None:
            if all(a != cite[0] for a, _ in citations[twin]):
                citations[twin].append(cite)
            continue
        if len(chosen) < points:
            chosen.append(i)
            citations[i] = [cite]
    picked = [
        DigestPoint(candidates[i].text, tuple(citations[i]), rank) for rank, i in enumerate(chosen)
    ]
    files = memo_files or {}
    first = memos[0]
    return Digest(
        date=first.generated_at[:10],
        sources=tuple(
            DigestSource(m.document.article, files.get(m.document.article.sha256)) for m in memos
        ),
        bluf=picked[0],
        key_points=tuple(picked[1:]),
        engine=first.engine,
        generated_at=first.generated_at,
    )


def digest_points(settings: Settings, articles: int) -> int:
    """Candidates for the digest: enough for every article to appear, before layout trims."""
    return min(MAX_POINTS, max(settings.points, articles) + 1)


def input_hash(digest: Digest) -> str:
    """One sha256 for the whole run: over the sorted sha256s of its inputs."""
    joined = "\n".join(sorted(s.article.sha256 for s in digest.sources))
    return hashlib.sha256(joined.encode()).hexdigest()


def digest_data(digest: Digest) -> dict[str, Any]:
    """The digest as plain data: its JSON file and its templates' context."""

    def point(p: DigestPoint) -> dict[str, Any]:
        return {
            "text": p.text,
            "citations": [{"article": a, "paragraph": n} for a, n in p.citations],
            "rank": p.rank,
        }

    return {
        "title": f"Digest of {len(digest.sources)} article{'s' * (len(digest.sources) != 1)}",
        "date": digest.date,
        "bluf": digest.bluf.text,
        "bluf_point": point(digest.bluf),
        "key_points": [point(p) for p in digest.key_points],
        "sources": [
            {
                "number": n,
                "title": s.article.title,
                "outlet": s.article.source.outlet,
                "published": s.article.source.published,
                "url": s.article.source.url,
                "link": safe_link(s.article.source.url),
                "memo": s.memo_file,
                "path": str(s.article.path),
                "sha256": s.article.sha256,
            }
            for n, s in enumerate(digest.sources, start=1)
        ],
        "engine": {"name": digest.engine.name, "model": digest.engine.model},
        "generated_at": digest.generated_at,
        "input": {"sha256": input_hash(digest), "count": len(digest.sources)},
    }


def render_digest(
    digest: Digest, fmt: str, templates_dir: Path | None = None, page: Page | None = None
) -> str:
    return render_data("digest", digest_data(digest), fmt, templates_dir, page)


def write_digest(digest: Digest, settings: Settings) -> Written:
    """Write outputs/digest-YYYY-MM-DD.* in the run's formats; a same-day digest is replaced."""
    from .layout import digest_cuts, fit, render_pdf

    rendered: dict[str, str | bytes] = {
        fmt: render_digest(digest, fmt, settings.templates_dir, Page(settings.memo))
        for fmt in settings.formats
        if fmt in ("md", "json")
    }
    note = None
    if "html" in settings.formats or "pdf" in settings.formats:
        fitted = fit(
            digest,
            lambda item, page: render_digest(item, "html", settings.templates_dir, page),
            digest_cuts,
            Page(settings.memo),
        )
        note = fitted.note
        if "html" in settings.formats:
            rendered["html"] = fitted.html
        if "pdf" in settings.formats:
            rendered["pdf"] = render_pdf(fitted.print_html)
    paths = []
    for fmt in settings.formats:
        path = settings.output_dir / f"{DIGEST_PREFIX}{digest.date}.{fmt}"
        write_atomic(path, rendered[fmt])
        paths.append(path)
    return Written(paths=tuple(paths), note=note)


def make_digest(
    memos: Sequence[Memo], settings: Settings, memo_files: dict[str, str | None] | None = None
) -> tuple[Digest, Written]:
    """Library entry point: the digest of `memos`, written beside them."""
    from .summarise.encoder import SentenceEncoder

    encoder = SentenceEncoder.from_settings(settings)
    points = digest_points(settings, len(memos))
    digest = build_digest(memos, encoder.encode, points, memo_files)
    return digest, write_digest(digest, settings)
