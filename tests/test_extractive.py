"""The real default engine, with the packaged MiniLM encoder: no network, no model cache."""

import json

import numpy as np
import pytest

from briefing.summarise.extractive import DUPLICATE, select

pytestmark = pytest.mark.slow


def test_select_skips_near_duplicates_and_respects_k():
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    chosen = select(np.array([3.0, 2.9, 1.0]), vectors, k=2)
    assert chosen == [0, 2]
    assert DUPLICATE < 1.0


def test_make_with_the_real_default_engine(cli, article_file, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    out = tmp_path / "memos"
    result = cli("make", str(article_file), "-o", str(out), "--format", "json,md", "--points", "3")
    assert result.exit_code == 0, result.output
    data = json.loads((out / "ministers-agree-new-flood-defence-plan.json").read_text())
    points = data["key_points"]
    assert len(points) == 3
    assert data["engine"]["name"] == "extractive"
    texts = [p["text"] for p in points] + [data["bluf"]]
    assert len(set(texts)) == len(texts)
    for point in points:
        assert 1 <= point["paragraph"] <= len(data["paragraphs"])
        assert len(point["text"].split()) <= 35
        # Extracted text comes from the paragraph it cites.
        words = point["text"].rstrip(".…").split()[:5]
        assert " ".join(words) in data["paragraphs"][point["paragraph"] - 1]
    assert [p["paragraph"] for p in points] == sorted(p["paragraph"] for p in points)
    # The lead carries the news: it is the bottom line.
    assert data["bluf"].startswith("Ministers agreed a £2bn plan")


def test_encoder_gives_normalised_embeddings_that_know_meaning():
    from briefing.summarise.encoder import SentenceEncoder

    encoder = SentenceEncoder()
    vectors = encoder.encode(["The cat sat on the mat.", "A kitten sat on a rug.", "Stocks fell."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    # Batching and padding do not change a sentence's embedding.
    alone = encoder.encode(["Stocks fell."])
    assert np.allclose(alone[0], vectors[2], atol=1e-5)
