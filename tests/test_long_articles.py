"""Very long articles: ranking time and memory stay linear in the article's length."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from briefing.config import Settings
from briefing.load import parse_text
from briefing.segment import segment
from briefing.summarise.extractive import ExtractiveEngine, directed_centrality, leading

SENTENCES = [
    "Ministers agreed a plan on Monday to strengthen the flood defences of the east coast.",
    "The plan funds new sea walls in Norfolk and Suffolk, the Environment Agency said.",
    "Critics said the money falls short of what the coast needs to be protected.",
    "Local councils welcomed the announcement after asking for support for years.",
]


def unit_vectors(count: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, 16)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_windowed_centrality_is_the_full_one_when_the_window_spans_the_article():
    vectors = unit_vectors(60)
    full = directed_centrality(vectors)
    assert np.array_equal(directed_centrality(vectors, window=59), full)
    assert np.array_equal(directed_centrality(vectors, window=1000), full)


def test_windowed_centrality_counts_only_edges_within_the_window():
    vectors = unit_vectors(40)
    window = 7
    similarity = vectors @ vectors.T
    offset = np.arange(40)[None, :] - np.arange(40)[:, None]
    near = np.abs(offset) <= window
    low, high = similarity[near].min(), similarity[near].max()
    edges = np.where(
        near & (offset != 0), np.maximum(similarity - (low + 0.3 * (high - low)), 0), 0
    )
    expected = np.where(offset > 0, edges, 0).sum(1) - np.where(offset < 0, edges, 0).sum(1)
    assert np.allclose(directed_centrality(vectors, window=window), expected, atol=1e-5)


def long_document(paragraphs: int):
    text = "Long report\n\n" + "\n\n".join(
        " ".join(f"{s[:-1]} in report {n}." for s in SENTENCES) for n in range(paragraphs)
    )
    return segment(parse_text(text, path=Path("long.txt"), sha256="a" * 64))


def test_leading_keeps_the_first_sentences_with_their_indices():
    document = long_document(10)
    cut = leading(document, 6)
    assert [s.text for s in cut.sentences] == [s.text for s in document.sentences[:6]]
    assert len(cut.paragraphs) == 2
    assert leading(document, 1000) is document


class CountingEncoder:
    """A sentence encoder of fixed random vectors that counts the sentences it is given."""

    name, precision = "counting", "float32"

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts):
        self.encoded += len(texts)
        return unit_vectors(len(texts), seed=len(texts))


@pytest.mark.parametrize("limit", [5, 13])
def test_the_engine_ranks_only_the_first_max_sentences(limit):
    document = long_document(20)  # 80 sentences
    encoder = CountingEncoder()
    engine = ExtractiveEngine(Settings(max_sentences=limit), encoder=encoder)
    [summary] = engine.summarise([document], points=4)
    assert encoder.encoded == limit + 1  # the sentences ranked and the headline
    cited = [i for d in summary.points + summary.background for i in d.sentences]
    assert cited and max(cited) < limit
    for draft in summary.points:  # indices into the whole document still name the right text
        assert draft.text.split()[0] in document.sentences[draft.sentences[0]].text
