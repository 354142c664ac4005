"""The default engine: key points picked from the article with a pretrained sentence encoder.

Each sentence is scored by centrality (how much of the article it represents), similarity to the
headline, and a position prior (news puts the essentials first, as in PacSum); selection is
greedy MMR, so no two points say the same thing. Points are returned best first.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..config import Settings
from ..records import Document, Draft, EngineInfo, Summary
from .compress import MAX_WORDS, compress
from .encoder import SentenceEncoder

REDUNDANCY = 1.0  # weight of similarity to already-chosen points in MMR (scores are z-scores)
DUPLICATE = 0.85  # cosine above which two sentences count as the same fact
BACKGROUND_SENTENCES = 2


class ExtractiveEngine:
    def __init__(self, settings: Settings | None = None, encoder: SentenceEncoder | None = None):
        settings = settings or Settings()
        self.encoder = encoder or SentenceEncoder(
            settings.encoder, device=settings.device, precision=settings.precision
        )
        model = self.encoder.name
        if self.encoder.precision != "float32":
            model = f"{model} ({self.encoder.precision})"
        self.info = EngineInfo(name="extractive", model=model)

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        texts = [s.text for doc in documents for s in doc.sentences]
        titles = [doc.article.title for doc in documents]
        # One encoder call for every sentence of every document: batches stay full.
        vectors = self.encoder.encode(texts + titles)
        summaries, offset = [], 0
        for n, doc in enumerate(documents):
            count = len(doc.sentences)
            sentence_vectors = vectors[offset : offset + count]
            title_vector = vectors[len(texts) + n]
            summaries.append(_summarise_one(doc, sentence_vectors, title_vector, points))
            offset += count
        return summaries


def sentence_scores(doc: Document, vectors: np.ndarray, title: np.ndarray) -> np.ndarray:
    """Salience of each sentence: centrality + headline similarity + position prior + form."""
    count = len(vectors)
    if count == 1:
        return np.ones(1)
    similarity = vectors @ vectors.T
    centrality = (similarity.sum(1) - 1.0) / (count - 1)
    headline = vectors @ title
    position = 1.0 / np.sqrt(1.0 + np.arange(count))
    lengths = np.array([len(s.text.split()) for s in doc.sentences])
    form = np.where((lengths < 6) | (lengths > 60), -0.5, 0.0)
    quotes = np.array([s.text.lstrip().startswith(('"', "“")) for s in doc.sentences])
    form = form - 0.2 * quotes
    return _standardise(centrality) + 0.5 * _standardise(headline) + 1.5 * position + form


def _standardise(values: np.ndarray) -> np.ndarray:
    spread = values.std()
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def select(scores: np.ndarray, vectors: np.ndarray, k: int) -> list[int]:
    """Greedy MMR: best score, minus similarity to what is already chosen; skips near-duplicates."""
    chosen: list[int] = []
    candidates = list(range(len(scores)))
    while candidates and len(chosen) < k:
        if chosen:
            overlap = (vectors[candidates] @ vectors[chosen].T).max(1)
        else:
            overlap = np.zeros(len(candidates))
        adjusted = scores[candidates] - REDUNDANCY * overlap
        best = int(np.argmax(adjusted))
        pick = candidates.pop(best)
        if chosen and overlap[best] >= DUPLICATE:
            continue
        chosen.append(pick)
    return chosen


def _summarise_one(doc: Document, vectors: np.ndarray, title: np.ndarray, k: int) -> Summary:
    if not doc.sentences:
        return Summary(points=())
    scores = sentence_scores(doc, vectors, title)
    chosen = select(scores, vectors, k)
    points = tuple(
        Draft(text=compress(doc.sentences[i].text, MAX_WORDS), sentences=(i,)) for i in chosen
    )
    return Summary(points=points, background=_background(doc, vectors, chosen))


def _background(doc: Document, vectors: np.ndarray, chosen: list[int]) -> tuple[Draft, ...]:
    """Context from paragraphs the key points do not cite, most central first, in reading order."""
    cited = {doc.sentences[i].paragraph for i in chosen}
    pool = [i for i, s in enumerate(doc.sentences) if s.paragraph not in cited]
    if not pool:
        return ()
    centrality = (vectors[pool] @ vectors.mean(0)).tolist()
    ranked = [i for _, i in sorted(zip(centrality, pool, strict=True), reverse=True)]
    picked = sorted(ranked[:BACKGROUND_SENTENCES])
    return tuple(Draft(text=compress(doc.sentences[i].text), sentences=(i,)) for i in picked)
