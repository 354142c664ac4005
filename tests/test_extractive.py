"""The real default engine, with the packaged MiniLM encoder: no network, no model cache."""

import json

import numpy as np
import pytest

from briefing.summarise.extractive import DUPLICATE, select

pytestmark = pytest.mark.slow


def test_fragments_are_never_used_to_pad_the_points():
    vectors = np.eye(4)
    scores = np.array([5.0, 1.0, 4.0, 0.5])  # 0 and 2 are fragments, scored high
    eligible = [False, True, False, False]
    fallback = [False, True, False, True]  # 3: a long or quoted sentence, still usable
    assert select(scores, vectors, k=4, eligible=eligible, fallback=fallback) == [1, 3]
    # An article of nothing but fragments still gets one point: the memo needs a bottom line.
    assert select(scores, vectors, k=3, eligible=[False] * 4, fallback=[False] * 4) == [0]


def test_select_skips_near_duplicates_and_respects_k():
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    chosen = select(np.array([3.0, 2.9, 1.0]), vectors, k=2)
    assert chosen == [0, 2]
    assert DUPLICATE < 1.0


def test_select_takes_eligible_sentences_first_then_fills_from_the_rest():
    vectors = np.eye(4)
    scores = np.array([4.0, 3.0, 2.0, 1.0])
    eligible = [False, True, False, True]
    assert select(scores, vectors, k=2, eligible=eligible) == [1, 3]
    assert select(scores, vectors, k=3, eligible=eligible) == [1, 3, 0]


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
    from briefing.encoder.sentences import SentenceEncoder

    encoder = SentenceEncoder()
    vectors = encoder.encode(["The cat sat on the mat.", "A kitten sat on a rug.", "Stocks fell."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    # Batching and padding do not change a sentence's embedding, but for the last bits that int8
    # can round the other way (tests/test_encoder.py measures how far).
    alone = encoder.encode(["Stocks fell."])
    assert 1.0 - float(alone[0] @ vectors[2]) < 1e-3


NOISY = """Council votes to close two libraries

Sweet life: The council chamber.

The city council voted on Tuesday to close two public libraries in March to save £1.2m a year.

The city council has voted on Tuesday to close two of its public libraries in March, saving £1.2m a year.

Is this the end of the public library as we know it?

"We had no choice," said council leader Amy Park, who proposed the cuts after months of talks.

Campaigners said they would take the council to court over the closures, which affect 9,000 readers, and argued that the council had ignored a petition signed by thousands of residents who rely on the libraries for study, internet access and job searches every week.

Read on.

The remaining five libraries will extend their opening hours on Saturdays from April.
"""


CAPTIONED = """Flood plan agreed

Ministers agreed a £2bn plan on Monday to protect 300,000 homes from flooding by 2030.

Think back to the winter of 2014, when the Somerset Levels lay under water for weeks.

A farmer wades through his flooded field near Burrowbridge, Somerset, last year.

The Environment Agency said the money would pay for new barriers on 12 rivers in England.

Critics said the plan came too late for towns flooded twice in the past five years.

The agency will publish a list of the first schemes in the spring.
"""


def test_a_read_article_gives_no_imperative_nor_caption_as_a_point_or_background():
    from pathlib import Path

    from briefing.encoder.sentences import SentenceEncoder
    from briefing.language import read_language
    from briefing.load import parse_text
    from briefing.segment import segment
    from briefing.summarise.extractive import ExtractiveEngine

    doc = read_language(segment(parse_text(CAPTIONED, Path("flood.txt"), "0")))
    summary = ExtractiveEngine(encoder=SentenceEncoder()).summarise([doc], 6)[0]
    used = [
        doc.sentences[i].text
        for draft in (*summary.points, *summary.background)
        for i in draft.sentences
    ]
    assert len(summary.points) >= 3
    assert used[0].startswith("Ministers agreed")
    assert not any(text.startswith(("Think back", "A farmer wades")) for text in used)


@pytest.mark.parametrize("title", ["Council votes to close two libraries", ""])
def test_engine_guarantees_length_redundancy_and_paragraphs(tmp_path, title):
    from dataclasses import replace
    from pathlib import Path

    from briefing.encoder.sentences import SentenceEncoder
    from briefing.load import parse_text
    from briefing.segment import segment
    from briefing.summarise.extractive import ExtractiveEngine

    article = replace(parse_text(NOISY, Path("noisy.txt"), "0"), title=title)
    doc = segment(article)
    encoder = SentenceEncoder()
    points = ExtractiveEngine(encoder=encoder).summarise([doc], 3)[0].points
    assert len(points) == 3
    texts = [p.text for p in points]
    # The lead is the bottom line; the caption, the question, the quote and "Read on." are not points.
    assert texts[0].startswith("The city council voted on Tuesday")
    for text in texts:
        assert len(text.split()) <= 35
        assert not text.startswith(("Sweet life", "Is this", '"', "Read on"))
    # The reworded repeat of the lead never appears next to it.
    assert not any(t.startswith("The city council has voted") for t in texts)
    vectors = encoder.encode(texts)
    similarity = vectors @ vectors.T
    assert (similarity[np.triu_indices(len(texts), 1)] < DUPLICATE).all()
    # Every point cites one real sentence, and its text comes from that sentence's paragraph.
    for point in points:
        (index,) = point.sentences
        sentence = doc.sentences[index]
        paragraph = doc.paragraphs[sentence.paragraph - 1].text
        assert point.text.rstrip(".…")[:30] in paragraph


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        # bbc_news (politics): the background said only that something did not suggest "this"
        (
            "A short statement about Lord Goldsmith's position presented in a written "
            "parliamentary answer on 17 March 2003 did not suggest this.",
            True,
        ),
        ("When it comes to longevity, Japan appears to be doing just that.", True),
        # a speaker's own words, and a demonstrative before its noun, are no pointers
        ('Mr Brown said: "I never said that."', False),
        ("The deal was signed on that day.", False),
    ],
)
def test_a_sentence_that_ends_on_a_pointer_to_an_earlier_one_is_no_point(text, points_back):
    from briefing.summarise.extractive import _ends_on_a_pointer

    assert _ends_on_a_pointer(text) is points_back
