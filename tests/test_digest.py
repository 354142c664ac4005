"""The digest: one memo across a run, no fact twice, one printed page."""

from pathlib import Path

import numpy as np
import pytest

from briefing.config import MemoSettings, Settings
from briefing.digest import SAME_FACT, build_digest, digest_points, render_digest
from briefing.layout import count_pages, digest_cuts, fit, render_pdf
from briefing.load import parse_text
from briefing.render import Page
from briefing.segment import segment

from .memo_helpers import PAGE_POINTS, lead_memo, news_documents, pdf_pages


def _bag_of_words(texts):
    """A stand-in encoder for the selection logic: normalised word counts."""
    vocabulary = sorted({w for t in texts for w in t.lower().split()})
    index = {w: i for i, w in enumerate(vocabulary)}
    vectors = np.zeros((len(texts), len(vocabulary)))
    for row, text in enumerate(texts):
        for word in text.lower().split():
            vectors[row, index[word]] += 1
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _memo(sha, title, sentences):
    text = title + "\n\n" + "\n\n".join(sentences)
    return lead_memo(segment(parse_text(text, Path(f"{sha[:4]}.txt"), sha)), points=len(sentences))


def test_same_fact_from_two_articles_is_said_once_and_cites_both():
    first = _memo(
        "a" * 64, "Dam opens", ["The river dam opened on Monday.", "It cost £2bn to build."]
    )
    second = _memo(
        "b" * 64, "Port strike", ["Dock workers began a strike.", "The river dam opened on Monday."]
    )
    digest = build_digest([first, second], _bag_of_words, points=4)
    texts = [digest.bluf.text] + [p.text for p in digest.key_points]
    assert texts.count("The river dam opened on Monday.") == 1
    dam = next(p for p in (digest.bluf, *digest.key_points) if p.text.startswith("The river dam"))
    assert dam.citations == ((1, 1), (2, 2))
    # Corroborated by a second article, the dam beats the strike for the bottom line.
    assert digest.bluf is dam
    assert [p.rank for p in digest.key_points] == [1, 2]


def test_each_article_gives_its_best_point_before_anyone_gives_a_second():
    stories = {
        "a": ["Dam opened upstream yesterday.", "Engineers praised concrete quality."],
        "b": ["Dockers struck over wages.", "Shipping queues lengthened overnight."],
        "c": ["Voters elected mayor Smith.", "Turnout reached record levels."],
    }
    memos = [_memo(c * 64, f"Story {c}", sentences) for c, sentences in stories.items()]
    digest = build_digest(memos, _bag_of_words, points=4)
    points = (digest.bluf, *digest.key_points)
    assert sorted(p.citations[0][0] for p in points[:3]) == [1, 2, 3]
    assert {p.text for p in points[:3]} == {s[0] for s in stories.values()}
    assert points[3].text in {s[1] for s in stories.values()}


def test_digest_markdown_cites_article_and_paragraph():
    memos = [_memo("a" * 64, "Dam opens", ["The river dam opened on Monday."])]
    md = render_digest(build_digest(memos, _bag_of_words, points=3), "md")
    assert "The river dam opened on Monday. \\[1, ¶1\\]" in md
    assert "1. “Dam opens” · file aaaa.txt" in md


@pytest.fixture(scope="module")
def ten_digest():
    """A digest of ten news articles, with the real sentence encoder."""
    from briefing.summarise.encoder import SentenceEncoder

    memos = [lead_memo(document, points=6) for document in news_documents()[:10]]
    encoder = SentenceEncoder()
    digest = build_digest(memos, encoder.encode, digest_points(Settings(), len(memos)))
    return digest, encoder


@pytest.mark.slow
def test_every_article_of_ten_contributes_before_any_gives_a_second(ten_digest):
    digest, _ = ten_digest
    cited = [p.citations[0][0] for p in (digest.bluf, *digest.key_points)]
    assert sorted(cited[:10]) == list(range(1, 11))


@pytest.mark.slow
@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_digest_of_ten_articles_prints_on_one_page(ten_digest, size):
    digest, encoder = ten_digest
    page = Page(MemoSettings(page_size=size, banner="OFFICIAL"))
    fitted = fit(digest, lambda d, p: render_digest(d, "html", None, p), digest_cuts, page)
    assert count_pages(fitted.html) == 1
    pages = pdf_pages(render_pdf(fitted.print_html))
    assert pages == [pytest.approx(PAGE_POINTS[size], abs=1.0)]
    html = fitted.html
    assert html.count("<li>") >= 10 + len(fitted.item.key_points)  # ten sources, every point
    texts = [digest.bluf.text] + [p.text for p in fitted.item.key_points]
    vectors = encoder.encode(texts)
    similarity = vectors @ vectors.T - np.eye(len(texts))
    assert similarity.max() < SAME_FACT  # no fact twice


def test_cli_digest(cli, fake_engine, article_file, tmp_path):
    other = article_file.parent / "second.txt"
    other.write_text(
        "Port workers strike\n\nDock workers in Felixstowe began a strike on Monday over pay.\n\n"
        "The union said talks had failed after three weeks.\n"
    )
    out = tmp_path / "out"
    result = cli("make", str(article_file.parent), "-o", str(out), "--engine", "fake", "--digest")
    assert result.exit_code == 0, result.output
    assert "digest of 2 articles →" in result.output
    [md] = out.glob("digest-*.md")
    [html] = out.glob("digest-*.html")
    assert "Daily digest: 2 articles" in md.read_text()
    # Screen HTML links each citation to the article's own memo, at the paragraph.
    assert 'href="ministers-agree-new-flood-defence-plan.html#p1"' in html.read_text()
