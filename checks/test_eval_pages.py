"""One printed page on the evaluation data: `make check-eval` (CI runs it; it needs ../shared).

The tests check the same on their own articles; these checks add the development set's longest
article, a digest of ten of its articles, and the one-page proofs on all 109 of its memos.
"""

import html
from dataclasses import replace

import pytest

from briefing.config import MemoSettings, Settings
from briefing.digest import build_digest, render_digest
from briefing.output import proofs as envelope
from briefing.output.fit import (
    MAX_BLUF_LINES,
    count_pages,
    fit_digest,
    fit_memo,
    measure,
    render_pdf,
)
from briefing.output.render import Page, render
from briefing.pipeline import build_memo
from tests.memo_helpers import NOW, PAGE_POINTS, lead_memo, pdf_pages

from .eval_memos import eval_document

SIZES = ("A4", "Letter")


@pytest.mark.parametrize("size", SIZES)
def test_the_longest_article_prints_on_one_page(writers_dev_rows, size):
    from briefing.summarise.extractive import ExtractiveEngine

    engine = ExtractiveEngine(Settings())
    document = eval_document(max(writers_dev_rows, key=lambda r: len(r["article"])))
    [summary] = engine.summarise([document], 6)
    memo = build_memo(document, summary, engine.info, NOW)
    fitted = fit_memo(memo, None, MemoSettings(page_size=size, banner="OFFICIAL"))
    assert count_pages(fitted.html) == 1
    assert pdf_pages(render_pdf(fitted.print_html)) == [pytest.approx(PAGE_POINTS[size], abs=1.0)]


@pytest.mark.parametrize("size", SIZES)
def test_a_digest_of_ten_articles_keeps_every_story_and_prints_on_whole_pages(
    writers_dev_rows, size
):
    from briefing.encoder.sentences import SentenceEncoder

    memos = [lead_memo(eval_document(row), points=6) for row in writers_dev_rows[:10]]
    digest = build_digest(memos, SentenceEncoder().encode, Settings().digest)
    page = Page(MemoSettings(page_size=size, banner="OFFICIAL"))
    fitted = fit_digest(digest, lambda d, p: render_digest(d, "html", None, p), page)
    for story in fitted.item.stories:  # in full or as an "Also today" line: none is dropped
        assert story.title in html.unescape(fitted.print_html)
    pages = pdf_pages(render_pdf(fitted.print_html, max_pages=None))
    assert pages and all(p == pytest.approx(PAGE_POINTS[size], abs=1.0) for p in pages)
    if not fitted.page.overflow:
        assert len(pages) == 1


@pytest.mark.parametrize(
    "settings",
    [MemoSettings(), MemoSettings(page_size="Letter", banner="OFFICIAL", to="Desk", sender="Me")],
    ids=["A4", "Letter, routed"],
)
def test_every_memo_the_envelopes_prove_prints_on_one_page(writers_dev_rows, settings):
    page = Page(settings)
    printed = replace(page, appendix=False)
    memos = [lead_memo(eval_document(row), points=5) for row in writers_dev_rows]
    proved = [memo for memo in memos if envelope.proves_fit(memo, page)]
    assert proved
    for memo in proved:
        laid_out = measure(render(memo, "html", None, printed))
        assert (laid_out.pages, laid_out.bluf_lines <= MAX_BLUF_LINES) == (1, True), (
            memo.document.article.title
        )
