"""One printed page, measured with WeasyPrint: real articles, both page sizes, and overflow."""

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config import MemoSettings, Settings
from briefing.errors import LayoutError
from briefing.load import load_article, parse_text
from briefing.output.fit import MAX_BLUF_LINES, count_pages, fit_memo, measure, render_pdf
from briefing.pipeline import build_memo
from briefing.records import Draft, EngineInfo, Summary
from briefing.segment import segment

from .memo_helpers import EXAMPLE, NOW, PAGE_POINTS, lead_memo, news_document, pdf_pages
from .news import LONG

SIZES = ("A4", "Letter")


@pytest.fixture(scope="module")
def real_memos():
    """Memos by the real default engine for the example and a long feature article."""
    from briefing.summarise.extractive import ExtractiveEngine

    engine = ExtractiveEngine(Settings())
    documents = [segment(load_article(EXAMPLE)), news_document(LONG, "long")]
    summaries = engine.summarise(documents, 6)
    return [build_memo(d, s, engine.info, NOW) for d, s in zip(documents, summaries, strict=True)]


def _assert_one_page(memo, size):
    fitted = fit_memo(memo, None, MemoSettings(page_size=size, banner="OFFICIAL"))
    assert f"size: {size};" in fitted.html
    assert count_pages(fitted.html) == 1
    pages = pdf_pages(render_pdf(fitted.print_html))
    assert len(pages) == 1
    assert pages[0] == pytest.approx(PAGE_POINTS[size], abs=1.0)
    return fitted


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_example_article_prints_on_one_page(real_memos, size):
    memo = real_memos[0]
    fitted = _assert_one_page(memo, size)
    assert fitted.item.key_points == memo.key_points  # the example needs no cuts
    assert fitted.note is None


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_a_long_article_prints_on_one_page(real_memos, size):
    _assert_one_page(real_memos[1], size)


def _crowded_memo(points=16, words=60):
    """A memo with far too much to say: long points, a long background, many names."""
    sentences = [
        f"Point {n} says that the Ministry of Water in Rabat agreed to fund project {n} "
        + "with more money for coastal towns and farms " * (words // 10)
        + "."
        for n in range(points)
    ]
    doc = segment(parse_text("Crowded\n\n" + "\n\n".join(sentences), Path("c.txt"), "c" * 64))
    summary = Summary(
        points=tuple(Draft(s.text, (i,)) for i, s in enumerate(doc.sentences)),
        background=tuple(Draft(s.text) for s in doc.sentences[:4]),
    )
    return build_memo(doc, summary, EngineInfo("fake", "none"), NOW)


@pytest.mark.parametrize("size", SIZES)
def test_overflow_drops_the_lowest_ranked_points_and_says_so(size):
    memo = _crowded_memo()
    fitted = _assert_one_page(memo, size)
    kept = fitted.item.key_points
    dropped = len(memo.key_points) - len(kept)
    assert dropped > 0 and fitted.page.dropped_points == dropped
    assert sorted(p.rank for p in kept) == list(range(1, len(kept) + 1))  # the best ones stay
    assert fitted.note.startswith(f"dropped {dropped} key point")
    assert fitted.note.endswith("to fit one page")
    assert "Fitted to one page" in fitted.html
    assert "the background" in fitted.note  # it gave way before any key point did


def test_bottom_line_is_held_to_four_lines():
    memo = lead_memo(segment(load_article(EXAMPLE)), points=3)
    long_bluf = " ".join([memo.bluf.text] * 6)
    memo = replace(memo, bluf=replace(memo.bluf, text=long_bluf))
    fitted = fit_memo(memo, None, MemoSettings())
    assert measure(fitted.html).bluf_lines <= MAX_BLUF_LINES
    assert fitted.item.bluf.text.endswith("…")
    assert "shortened the bottom line" in fitted.note


def test_a_memo_that_cannot_fit_is_an_error_not_a_second_page():
    memo = lead_memo(segment(load_article(EXAMPLE)), points=2)
    article = replace(memo.document.article, title="Enormous title " * 500)
    memo = replace(memo, document=replace(memo.document, article=article))
    with pytest.raises(LayoutError, match="cannot fit"):
        fit_memo(memo, None, MemoSettings())


def test_cli_reports_what_it_dropped(cli, fake_engine, tmp_path):
    article = tmp_path / "in" / "crowded.txt"
    article.parent.mkdir()
    sentences = [
        f"Officials in Rabat said on day {n} that the plan would bring new money to coastal "
        "towns, farms, ports and schools across the region over the next ten years."
        for n in range(21)
    ]
    article.write_text("Crowded plan\n\n" + "\n\n".join(sentences))
    result = cli(
        "make", str(article), "-o", str(tmp_path / "out"), "--engine", "fake", "-n", "20",
        "-f", "html,pdf",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "to fit one page" in result.output and "dropped" in result.output
    pdf = (tmp_path / "out" / "crowded-plan.pdf").read_bytes()
    assert len(pdf_pages(pdf)) == 1


def test_cli_fails_an_input_that_cannot_fit_and_writes_the_others(cli, fake_engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text(
        "# " + "Enormous title " * 500 + "\n\nOfficials met on Monday to agree the plan.\n"
    )
    (folder / "fine.txt").write_text("Fine title\n\nOfficials met on Monday to agree the plan.\n")
    result = cli("make", str(folder), "-o", str(tmp_path / "out"), "--engine", "fake")
    assert result.exit_code == 1
    assert "cannot fit 'Enormous title" in result.output and "on one A4 page" in result.output
    assert "1 memo written" in result.output and "1 failed" in result.output
    assert (tmp_path / "out" / "fine-title.html").is_file()
