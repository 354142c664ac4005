"""The quick proof that a memo fits: its bounds against WeasyPrint's own layout of real memos.

How many memos the proofs cover, on hundreds of memos of the evaluation data, is a benchmark
figure: `benchmarks/envelope_check.py`.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config import MemoSettings
from briefing.load import load_article, parse_text
from briefing.output import proofs as envelope
from briefing.output.fit import MAX_BLUF_LINES, fit_memo, layout_document, measure
from briefing.output.folder import OutputFolder
from briefing.output.render import Page, memo_data, render
from briefing.pipeline import build_memo
from briefing.records import Draft, EngineInfo, Entities, Entity, Summary
from briefing.segment import segment

from .memo_helpers import EXAMPLE, NOW, lead_memo, news_documents

PAGES = {
    "A4": Page(MemoSettings()),
    "Letter, routed": Page(
        MemoSettings(page_size="Letter", banner="OFFICIAL", to="Desk", sender="Me")
    ),
}


@pytest.fixture(scope="module")
def memos():
    """Lead memos of the tests' own news articles, and a few that stretch single blocks."""
    real = [lead_memo(document, points=5) for document in news_documents()]
    long_title = replace(
        real[0],
        document=replace(
            real[0].document,
            article=replace(real[0].document.article, title="A long headline about talks " * 5),
        ),
    )
    names = Entities(
        people=tuple(
            Entity(
                f"Person Number{n} Surname", "person", role="deputy minister" if n == 1 else None
            )
            for n in range(12)
        ),
        organisations=tuple(Entity(n, "organisation") for n in ("Ministry of Defence", "UN")),
        places=tuple(Entity(n, "place") for n in ("Rabat", "Islamabad")),
    )
    many_names = replace(real[1], entities=names)
    url_source = real[2].document.article.source
    url_source = replace(url_source, url="https://example.com/" + "a-very-long-path-" * 12)
    with_url = replace(
        real[2],
        document=replace(
            real[2].document,
            article=replace(real[2].document.article, source=url_source),
        ),
    )
    # The example article's memo: its first key point is one WeasyPrint breaks early, leaving a
    # word on a line of its own, because the paragraph reference does not fit after it.
    example = lead_memo(segment(load_article(EXAMPLE)), points=6)
    # The writer's own view: the header's "Kind" row is one more line.
    opinion = replace(real[3], opinion=True)
    return [*real, long_title, many_names, with_url, example, opinion]


def printed_lines(memo, page):
    """Lines per block in WeasyPrint's layout of the memo as printed, and its page count."""
    from weasyprint.formatting_structure.boxes import LineBox

    document = layout_document(render(memo, "html", None, replace(page, appendix=False)), True)
    lines: dict[str, list[int]] = {}
    seen = set()
    for box, chain in envelope._boxes(document, "BlockBox"):
        block = envelope._block_of(chain)
        if block and id(box.element) not in seen:  # a list item is two boxes of one element
            seen.add(id(box.element))
            count = sum(isinstance(b, LineBox) for b in box.descendants())
            lines.setdefault(block, []).append(count)
    return lines, len(document.pages)


@pytest.mark.parametrize("name", PAGES)
def test_bounds_are_never_below_the_printed_lines(memos, name):
    page = PAGES[name]
    metrics = envelope._metrics(replace(page, appendix=False), envelope._frame(memo_data(memos[0])))
    for memo in memos:
        bounds = envelope._bounds(memo_data(memo), metrics)
        assert bounds is not None
        lines, _ = printed_lines(memo, page)
        for block, bound in bounds.items():
            if block in ("published", "opinion"):
                continue  # a one-line header row, present or not: its bound is its presence
            bound = tuple(b for b in bound if b)  # 0: a block the memo leaves out
            assert len(bound) == len(lines.get(block, [])), block
            assert all(b >= n for b, n in zip(bound, lines.get(block, []), strict=True)), (
                memo.document.article.title,
                block,
                bound,
                lines[block],
            )


@pytest.mark.parametrize("name", PAGES)
def test_a_proved_memo_prints_on_one_page(memos, name):
    page = PAGES[name]
    proved = [memo for memo in memos if envelope.proves_fit(memo, page)]
    assert proved  # or this test would check nothing
    for memo in proved:
        printed = measure(render(memo, "html", None, replace(page, appendix=False)))
        assert printed.pages == 1
        assert printed.bluf_lines <= MAX_BLUF_LINES


def test_what_the_bounds_do_not_cover_takes_the_full_layout(memos):
    page = PAGES["A4"]
    memo = memos[3]
    assert envelope.proves_fit(memo, page)
    point = replace(memo.key_points[0], unsupported=("Rabat",))
    flagged = replace(memo, key_points=(point, *memo.key_points[1:]))
    assert not envelope.proves_fit(flagged, page)  # the "[check: ...]" note
    article = replace(memo.document.article, title="国防 協力 覚書 署名")
    unmeasured = replace(memo, document=replace(memo.document, article=article))
    assert not envelope.proves_fit(unmeasured, page)  # characters outside the measured set
    long_bluf = replace(memo, bluf=replace(memo.bluf, text=" ".join([memo.bluf.text] * 6)))
    assert not envelope.proves_fit(long_bluf, page)  # a bottom line to clip


def test_a_memo_too_long_for_its_envelope_is_fitted_by_the_full_layout():
    sentences = [
        f"Point {n} says that the Ministry of Water in Rabat agreed to fund project {n} "
        + "with more money for coastal towns and farms " * 3
        + "."
        for n in range(16)
    ]
    document = segment(parse_text("Crowded\n\n" + "\n\n".join(sentences), Path("c.txt"), "c" * 64))
    summary = Summary(points=tuple(Draft(s.text, (i,)) for i, s in enumerate(document.sentences)))
    memo = build_memo(document, summary, EngineInfo("fake", "none"), NOW)
    assert not envelope.proves_fit(memo, PAGES["A4"])
    fitted = fit_memo(memo, None, MemoSettings())
    assert fitted.page.dropped_points > 0


def test_a_custom_template_is_always_laid_out_in_full(memos, tmp_path, monkeypatch):
    (tmp_path / "memo.css.j2").write_text("html { font: 9pt serif; }", encoding="utf-8")
    monkeypatch.setattr(
        "briefing.output.fit.proves_fit", lambda *args: pytest.fail("not to be used")
    )
    fitted = fit_memo(memos[3], tmp_path, MemoSettings())
    assert "font: 9pt serif" in fitted.html


def test_a_folder_lays_out_its_first_memos_in_full_then_proves_them(memos, tmp_path, monkeypatch):
    from briefing.output import fit as layout

    asked = []
    monkeypatch.setattr(layout, "calibrated", lambda page: False)
    monkeypatch.setattr(layout, "proves_fit", lambda memo, page: asked.append(memo) or True)
    folder = OutputFolder(tmp_path)
    written = [folder.write(memo, ("html",), None) for memo in memos[:10]]
    assert asked == memos[layout.LAYOUTS_BEFORE_PROOFS : 10]
    assert all(w.note is None for w in written)  # uncut either way
    # A new folder (a new run) starts again: nothing is counted across the process.
    asked.clear()
    OutputFolder(tmp_path / "again").write(memos[0], ("html",), None)
    assert asked == []


def test_once_a_batch_is_prepared_its_first_memo_is_proved(memos, monkeypatch):
    from briefing.output import fit as layout

    settings = MemoSettings(page_size="Letter")
    monkeypatch.setattr(envelope, "_METRICS", {})
    monkeypatch.setattr(envelope, "_ENVELOPES", {})
    asked = []
    monkeypatch.setattr(layout, "proves_fit", lambda memo, page: asked.append(memo) or True)
    fit_memo(memos[0], None, settings)
    assert asked == []  # not calibrated: laid out in full
    layout.prepare(memos[1], None, settings)
    fit_memo(memos[0], None, settings)
    assert asked == [memos[0]]


def test_a_memo_with_only_a_bottom_line_can_calibrate_for_memos_with_key_points(memos, monkeypatch):
    monkeypatch.setattr(envelope, "_METRICS", {})
    monkeypatch.setattr(envelope, "_ENVELOPES", {})
    bluf_only = replace(memos[0], key_points=())
    page = PAGES["A4"]
    envelope.calibrate(bluf_only, page)
    assert envelope.calibrated(page)
    assert envelope.proves_fit(memos[0], page)


def test_an_envelope_covers_memos_with_fewer_blocks_without_a_new_layout(memos, monkeypatch):
    monkeypatch.setattr(envelope, "_ENVELOPES", {})
    page = PAGES["A4"]
    full = next(m for m in memos if len(m.key_points) >= 4 and m.background)
    assert envelope.proves_fit(full, page)
    laid_out = sum(map(len, envelope._ENVELOPES[replace(page, appendix=False)]))
    entities = replace(full.entities, people=(), places=())
    fewer = replace(full, key_points=full.key_points[:2], background="", entities=entities)
    assert envelope.proves_fit(fewer, page)
    assert sum(map(len, envelope._ENVELOPES[replace(page, appendix=False)])) == laid_out
    assert measure(render(fewer, "html", None, replace(page, appendix=False))).pages == 1


@pytest.mark.parametrize(
    ("small", "large", "within"),
    [
        ({"point": (2, 3), "names": (1, 0)}, {"point": (1, 3, 3), "names": (1, 1)}, True),
        ({"point": (3, 3), "names": (1, 0)}, {"point": (1, 3, 2), "names": (1, 1)}, False),
        ({"point": (1, 1, 1, 1)}, {"point": (3, 3, 3)}, False),  # more key points
        ({"point": (1,), "names": (0, 1)}, {"point": (1,), "names": (1, 0)}, False),
        ({"point": (), "background": (0,)}, {"point": (2,), "background": (4,)}, True),
    ],
)
def test_within_pairs_key_points_by_size_and_names_by_list(small, large, within):
    assert envelope._within(small, large) is within


def test_rounding_up_to_the_steps_keeps_a_left_out_block_out():
    bounds = {"point": (1, 4), "names": (1, 0, 2, 0), "background": (0,), "bluf": (1,)}
    levels = envelope._levels(bounds, envelope.STEPS)
    assert levels["names"] == (2, 0, 2, 0)
    assert levels["background"] == (0,)
    assert levels["point"] == (3, 4)
    assert levels["bluf"] == (4,)


def test_the_fullest_proved_memo_less_a_block_is_proved_by_its_envelope(memos, monkeypatch):
    """Near a full page, where leaving a block out must not make anything taller."""
    monkeypatch.setattr(envelope, "_ENVELOPES", {})
    page, printed = PAGES["Letter, routed"], replace(PAGES["Letter, routed"], appendix=False)
    metrics = envelope._metrics(printed, envelope._frame(memo_data(memos[0])))

    def size(memo):
        bounds = envelope._bounds(memo_data(memo), metrics)
        return sum(map(sum, bounds.values())) if bounds else 0

    candidates = [m for m in memos if m.background and len(m.key_points) > 2]
    fullest = max((m for m in candidates if envelope.proves_fit(m, page)), key=size)
    laid_out = sum(map(len, envelope._ENVELOPES[printed]))
    for smaller in (
        replace(fullest, background=""),
        replace(fullest, key_points=fullest.key_points[1:]),
        replace(fullest, entities=replace(fullest.entities, places=())),
    ):
        assert envelope.proves_fit(smaller, page)
        assert measure(render(smaller, "html", None, printed)).pages == 1
    assert sum(map(len, envelope._ENVELOPES[printed])) == laid_out
