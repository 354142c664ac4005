"""Baselines: Lead-k and two graph-centrality methods, so comparisons never rest on copied numbers.

- Lead-k: the first k sentences, the standard bar for news summaries.
- TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by word overlap normalised by
  the log of their lengths.
- LexRank (Erkan & Radev 2004): stationary distribution of a graph of idf-modified cosine
  similarities above a threshold (continuous LexRank weights the edges by similarity).

Both graph methods use plain word tokens without stop words, numpy only, no model.
Each returns points ranked best first; ties go to the earlier sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..config import Settings
from ..records import Document, Draft, EngineInfo, Summary

DAMPING = 0.85  # PageRank's usual damping factor, as in both papers
LEXRANK_THRESHOLD = 0.1  # Erkan & Radev's recommended cosine threshold

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says also mr mrs ms""".split()
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens without stop words: what the graph methods compare."""
    return [w for w in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower()) if w not in STOP_WORDS]


def pagerank(weights: np.ndarray, damping: float = DAMPING, tolerance: float = 1e-8) -> np.ndarray:
    """Stationary scores of a weighted graph; rows without edges jump uniformly."""
    count = len(weights)
    if count == 0:
        return np.zeros(0)
    out = weights.sum(1, keepdims=True)
    transition = np.where(out > 0, weights / np.where(out > 0, out, 1.0), 1.0 / count)
    scores = np.full(count, 1.0 / count)
    for _ in range(200):
        updated = (1 - damping) / count + damping * (transition.T @ scores)
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


def textrank_scores(sentences: Sequence[str]) -> np.ndarray:
    tokens = [set(words(s)) for s in sentences]
    lengths = [len(words(s)) for s in sentences]
    count = len(sentences)
    weights = np.zeros((count, count))
    for i in range(count):
        for j in range(i + 1, count):
            if lengths[i] < 2 or lengths[j] < 2:  # log(1) = 0: no defined similarity
                continue
            shared = len(tokens[i] & tokens[j])
            if shared:
                weights[i, j] = weights[j, i] = shared / (
                    math.log(lengths[i]) + math.log(lengths[j])
                )
    return pagerank(weights)


def lexrank_scores(sentences: Sequence[str], threshold: float = LEXRANK_THRESHOLD) -> np.ndarray:
    bags = [Counter(words(s)) for s in sentences]
    count = len(sentences)
    document_frequency: Counter[str] = Counter(w for bag in bags for w in bag)
    idf = {w: math.log(count / df) + 1.0 for w, df in document_frequency.items()}
    vocabulary = {w: n for n, w in enumerate(idf)}
    matrix = np.zeros((count, len(vocabulary)))
    for row, bag in enumerate(bags):
        for word, tf in bag.items():
            matrix[row, vocabulary[word]] = tf * idf[word]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms > 0, norms, 1.0)
    cosine = matrix @ matrix.T
    # No self-loops: a sentence does not vouch for itself (else an isolated one keeps its mass).
    np.fill_diagonal(cosine, 0.0)
    weights = np.where(cosine >= threshold, cosine, 0.0)
    return pagerank(weights)


def _ranked(doc: Document, scores: np.ndarray, points: int) -> Summary:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:points]
    sentences = doc.sentences
    return Summary(points=tuple(Draft(text=sentences[i].text, sentences=(i,)) for i in order))


class LeadEngine:
    def __init__(self, settings: Settings | None = None) -> None:
        self.info = EngineInfo(name="lead", model="first sentences")

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        return [
            Summary(
                points=tuple(
                    Draft(text=s.text, sentences=(i,)) for i, s in enumerate(doc.sentences[:points])
                )
            )
            for doc in documents
        ]


class TextRankEngine:
    def __init__(self, settings: Settings | None = None) -> None:
        self.info = EngineInfo(name="textrank", model="word-overlap PageRank")

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        return [
            _ranked(doc, textrank_scores([s.text for s in doc.sentences]), points)
            for doc in documents
        ]


class LexRankEngine:
    def __init__(self, settings: Settings | None = None) -> None:
        self.info = EngineInfo(name="lexrank", model="tf-idf cosine LexRank")

    def summarise(self, documents: Sequence[Document], points: int) -> list[Summary]:
        return [
            _ranked(doc, lexrank_scores([s.text for s in doc.sentences]), points)
            for doc in documents
        ]
